import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { userMessage } from '../../../api/problem';
import type { TaskFilters } from '../../tasks/filters';
import { useExportTasks } from '../hooks/useTaskFiles';

/** Exports the task list as it is filtered now (the server applies the same scope as the list). */
export function TaskExportButton({ filters }: { filters: TaskFilters }) {
  const { t } = useTranslation('consolidated');
  const { t: tt } = useTranslation();
  const { message } = App.useApp();
  const exporter = useExportTasks();
  const run = (format: 'xlsx' | 'csv') =>
    exporter.mutate(
      { filters, format },
      {
        onError: (error) =>
          void message.error(`${t('export.failed')}: ${userMessage(error, tt).message}`),
      },
    );
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'xlsx', label: t('export.xlsx'), onClick: () => run('xlsx') },
          { key: 'csv', label: t('export.csv'), onClick: () => run('csv') },
        ],
      }}
    >
      <Button icon={<DownloadOutlined />} loading={exporter.isPending} data-testid="export-tasks">
        {t('export.button')}
      </Button>
    </Dropdown>
  );
}
