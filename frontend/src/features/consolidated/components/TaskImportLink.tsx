import { UploadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** To the task import page (coordinators and admins). */
export function TaskImportLink({ directiveId }: { directiveId?: number }) {
  const { t } = useTranslation('consolidated');
  const navigate = useNavigate();
  return (
    <Button
      icon={<UploadOutlined />}
      data-testid="import-tasks"
      onClick={() =>
        navigate(directiveId ? `/tasks/import?directiveId=${directiveId}` : '/tasks/import')
      }
    >
      {t('import.link')}
    </Button>
  );
}
