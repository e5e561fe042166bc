import type { HTMLAttributes } from 'react';
import { Button, Empty, Flex, Table, Tag, Typography } from 'antd';
import { ImportOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../api/ErrorAlert';
import type { Directive } from '../../../api/types';
import { formatDate } from '../../../lib/dates';
import { useAuth } from '../../../auth/AuthContext';
import { hasAnyRole } from '../../../auth/roles';
import { IMPORTERS } from '../../importer/roles';
import { useMe } from '../../me/useMe';
import { useDirectives } from '../hooks/useDirectives';

/** `/directives`: the directive documents (Nghị quyết, Kết luận, Chương trình hành động...). */
export function DirectiveListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const directives = useDirectives();
  const auth = useAuth();
  const me = useMe();
  const canImport = hasAnyRole(me.data?.roles ?? auth.roles, IMPORTERS);
  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('directives.title')}
        </Typography.Title>
        {canImport && (
          <Button
            icon={<ImportOutlined />}
            data-testid="open-import"
            onClick={() => void navigate('/directives/import')}
          >
            {t('openButton', { ns: 'importer' })}
          </Button>
        )}
      </Flex>
      {directives.isError && (
        <ErrorAlert error={directives.error} onRetry={() => void directives.refetch()} />
      )}
      <Table<Directive>
        rowKey="id"
        loading={directives.isFetching}
        dataSource={directives.data?.items ?? []}
        pagination={false}
        data-testid="directive-table"
        locale={{ emptyText: <Empty description={t('directives.empty')} /> }}
        onRow={(d) =>
          ({
            'data-testid': 'directive-row',
            'data-number': d.numberSymbol,
            style: { cursor: 'pointer' },
            onClick: () => navigate(`/directives/${d.id}`),
          }) as HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            key: 'kind',
            title: t('directives.columns.kind'),
            width: 200,
            render: (_: unknown, d) =>
              d.kind ? <Tag color="geekblue">{t(`directiveKind.${d.kind}`)}</Tag> : null,
          },
          {
            key: 'numberSymbol',
            title: t('directives.columns.numberSymbol'),
            width: 150,
            render: (_: unknown, d) => (
              <Link to={`/directives/${d.id}`} onClick={(e) => e.stopPropagation()}>
                {d.numberSymbol}
              </Link>
            ),
          },
          { key: 'title', dataIndex: 'title', title: t('directives.columns.title') },
          {
            key: 'issuingBody',
            dataIndex: 'issuingBody',
            title: t('directives.columns.issuingBody'),
            width: 220,
          },
          {
            key: 'issuedOn',
            title: t('directives.columns.issuedOn'),
            width: 130,
            render: (_: unknown, d) => formatDate(d.issuedOn),
          },
        ]}
      />
    </Flex>
  );
}
