import { useTranslation } from 'react-i18next';

/** A text as the unit typed it (line breaks kept), or "—" when empty. */
export function MultilineText({ value }: { value: string | null | undefined }) {
  const { t } = useTranslation('reports');
  return value ? <span style={{ whiteSpace: 'pre-line' }}>{value}</span> : <>{t('common.none')}</>;
}
