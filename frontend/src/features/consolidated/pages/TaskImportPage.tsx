import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Select, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../api/ErrorAlert';
import { useDirectives } from '../../directives/hooks/useDirectives';
import { directiveLabel } from '../../directives/labels';
import { ImportErrorTable } from '../components/ImportErrorTable';
import { useImportTasks } from '../hooks/useTaskFiles';
import type { TaskImportResult } from '../types';

/** Upload a task file, see every error of the dry run, then confirm the import. */
export function TaskImportPage() {
  const { t } = useTranslation('consolidated');
  const { t: tt } = useTranslation();
  const directives = useDirectives();
  const [searchParams] = useSearchParams();
  // from the task list: its directive filter, if any
  const [directiveId, setDirectiveId] = useState<number | undefined>(() =>
    idParam(searchParams.get('directiveId')),
  );
  const [file, setFile] = useState<File | undefined>();
  const [checked, setChecked] = useState<TaskImportResult | undefined>();
  const [imported, setImported] = useState<TaskImportResult | undefined>();
  const importer = useImportTasks();

  const reset = () => {
    setChecked(undefined);
    setImported(undefined);
    importer.reset();
  };
  const check = () => {
    if (directiveId === undefined || !file) return;
    reset();
    importer.mutate({ directiveId, file, dryRun: true }, { onSuccess: setChecked });
  };
  const confirm = () => {
    if (directiveId === undefined || !file) return;
    importer.mutate(
      { directiveId, file, dryRun: false },
      {
        onSuccess: (result) => {
          setImported(result);
          setChecked(undefined);
          setFile(undefined);
        },
      },
    );
  };
  const errors = checked?.errors ?? [];
  const ready = checked !== undefined && errors.length === 0;

  return (
    <Flex vertical gap="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('import.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('import.intro')}
      </Typography.Paragraph>
      <Card>
        <Form layout="vertical" onFinish={check}>
          <Form.Item label={t('import.directive')} required>
            <Select
              data-testid="import-directive"
              style={{ maxWidth: 560 }}
              placeholder={t('page.directivePlaceholder')}
              value={directiveId}
              loading={directives.isPending}
              onChange={(value: number) => {
                setDirectiveId(value);
                reset();
              }}
              options={(directives.data?.items ?? []).map((d) => ({
                value: d.id,
                label: directiveLabel(d, tt),
              }))}
              showSearch={{ optionFilterProp: 'label' }}
            />
          </Form.Item>
          <Form.Item label={t('import.file')} required>
            <Upload
              accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              maxCount={1}
              fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
              beforeUpload={(chosen) => {
                setFile(chosen);
                reset();
                return false;
              }}
              onRemove={() => {
                setFile(undefined);
                reset();
              }}
            >
              <Button icon={<UploadOutlined />} data-testid="import-choose">
                {t('import.choose')}
              </Button>
            </Upload>
          </Form.Item>
          <Flex gap="small" wrap>
            <Button
              htmlType="submit"
              data-testid="import-check"
              disabled={directiveId === undefined || !file}
              loading={importer.isPending && importer.variables?.dryRun}
            >
              {t('import.check')}
            </Button>
            {ready && (
              <Button
                type="primary"
                data-testid="import-confirm"
                onClick={confirm}
                loading={importer.isPending && importer.variables?.dryRun === false}
              >
                {t('import.confirm', { count: checked?.rows ?? 0 })}
              </Button>
            )}
          </Flex>
        </Form>
      </Card>
      {importer.isError && <ErrorAlert error={importer.error} />}
      {ready && (
        <Alert
          type="success"
          showIcon
          data-testid="import-valid"
          title={t('import.valid', { count: checked?.rows ?? 0 })}
        />
      )}
      {errors.length > 0 && (
        <>
          <Alert
            type="error"
            showIcon
            data-testid="import-invalid"
            title={t('import.invalid', { count: errors.length })}
          />
          <ImportErrorTable errors={errors} />
        </>
      )}
      {imported && (
        <Alert
          type="success"
          showIcon
          data-testid="import-done"
          title={t('import.done', { count: imported.created ?? 0 })}
        />
      )}
    </Flex>
  );
}

function idParam(value: string | null): number | undefined {
  const id = Number(value);
  return value && Number.isInteger(id) && id > 0 ? id : undefined;
}
