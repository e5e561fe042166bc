import { Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../api/ErrorAlert';
import { ApiError } from '../../../api/problem';

/**
 * What a report's page shows until it can show the report: "not found" for a bad address or
 * a 404, why loading failed, else a skeleton (the report or who is looking still loads).
 * Pages render it while `id === undefined || !query.isSuccess || viewer.loading`.
 */
export function ReportPlaceholder({
  id,
  query,
}: {
  id: number | undefined;
  query: { isError: boolean; error: unknown; refetch: () => unknown };
}) {
  const { t } = useTranslation();
  if (id === undefined || (query.error instanceof ApiError && query.error.status === 404)) {
    return <Result status="404" title={t('errors.notFoundApi')} data-testid="not-found" />;
  }
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return <Skeleton active paragraph={{ rows: 10 }} />;
}
