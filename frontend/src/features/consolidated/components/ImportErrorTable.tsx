import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TaskImportError } from '../types';

/** Every error of an import file: row as in the spreadsheet (header = 1), column, reason. */
export function ImportErrorTable({ errors }: { errors: TaskImportError[] }) {
  const { t } = useTranslation('consolidated');
  return (
    <Table<TaskImportError & { key: number }>
      data-testid="import-errors"
      size="small"
      pagination={errors.length > 50 ? { pageSize: 50 } : false}
      dataSource={errors.map((error, index) => ({ ...error, key: index }))}
      columns={[
        {
          title: t('import.row'),
          dataIndex: 'row',
          width: 80,
          render: (row: number | undefined) => (row ? row : t('import.wholeFile')),
        },
        {
          title: t('import.column'),
          dataIndex: 'column',
          width: 200,
          render: (c?: string) => c ?? '',
        },
        { title: t('import.message'), dataIndex: 'message' },
      ]}
    />
  );
}
