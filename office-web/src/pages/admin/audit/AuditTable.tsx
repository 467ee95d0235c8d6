import { Button, Descriptions, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType, TablePaginationConfig } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { humanize } from '../../../text';
import { formatInstant } from '../../../time';
import type { AuditChange, AuditRecord } from './api';
import { AuditValue } from './AuditValue';

/**
 * The trail, newest first: who (with roles and unit at the time), when on the office clock, what act, on which
 * object, its state from → to and the fields changed; the values, hashes and cause open below a row.
 */
export function AuditTable({
  records,
  loading,
  pagination,
  onFilter,
}: {
  records: AuditRecord[];
  loading: boolean;
  pagination: TablePaginationConfig;
  onFilter: (filter: { user?: string; objectId?: string }) => void;
}) {
  const { t } = useTranslation('admin');
  const columns: ColumnsType<AuditRecord> = [
    { key: 'sequence', title: t('audit.sequence'), dataIndex: 'sequence' },
    { key: 'at', title: t('audit.at'), render: (_, record) => formatInstant(record.at) },
    {
      key: 'who',
      title: t('audit.who'),
      render: (_, record) =>
        !record.actor ? (
          '—'
        ) : record.actor.system ? (
          <Tag>{t('audit.system')}</Tag>
        ) : (
          <>
            <Button type="link" style={{ padding: 0 }} aria-label={t('audit.filterUser', { user: record.actor.userId })} onClick={() => onFilter({ user: record.actor!.userId })}>
              {record.actor.userId}
            </Button>
            <div>
              {record.actor.roles.map((role) => (
                <Tag key={role}>{t(`role.${role}`, { ns: 'common', defaultValue: humanize(role) })}</Tag>
              ))}
              {record.actor.unit && <Tag color="geekblue">{record.actor.unit}</Tag>}
            </div>
          </>
        ),
    },
    { key: 'act', title: t('audit.act'), render: (_, record) => <Typography.Text code>{record.act}</Typography.Text> },
    {
      key: 'object',
      title: t('audit.object'),
      render: (_, record) => (
        <>
          <div>{record.aggregateType ?? record.objectType}</div>
          {record.objectId && (
            <Button type="link" style={{ padding: 0 }} aria-label={t('audit.filterObject', { id: record.objectId })} onClick={() => onFilter({ objectId: record.objectId })}>
              {record.objectId}
            </Button>
          )}
          {record.version !== undefined && <Typography.Text type="secondary"> v{record.version}</Typography.Text>}
        </>
      ),
    },
    {
      key: 'state',
      title: t('audit.state'),
      render: (_, record) =>
        record.state ? (
          <Space size={4} wrap>
            <AuditValue value={record.state.from} />
            <span aria-label={t('audit.to')}>→</span>
            <AuditValue value={record.state.to} />
          </Space>
        ) : (
          '—'
        ),
    },
    {
      key: 'changes',
      title: t('audit.changedFields'),
      render: (_, record) => (
        <Space size={[0, 4]} wrap>
          {(record.changes ?? []).map((change) => (
            <Tag key={change.path}>{change.path}</Tag>
          ))}
        </Space>
      ),
    },
    { key: 'reason', title: t('audit.reason'), render: (_, record) => record.reason ?? '' },
  ];
  return (
    <Table<AuditRecord>
      rowKey="sequence"
      size="small"
      columns={columns}
      dataSource={records}
      loading={loading}
      pagination={pagination}
      scroll={{ x: true }}
      title={() => t('audit.tableTitle')}
      expandable={{ expandedRowRender: (record) => <AuditDetails record={record} /> }}
    />
  );
}

function AuditDetails({ record }: { record: AuditRecord }) {
  const { t } = useTranslation('admin');
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Table<AuditChange>
        rowKey="path"
        size="small"
        pagination={false}
        title={() => t('audit.changesOf', { sequence: record.sequence })}
        dataSource={record.changes ?? []}
        columns={[
          { key: 'path', title: t('audit.field'), render: (_, change) => <Typography.Text code>{change.path}</Typography.Text> },
          { key: 'from', title: t('audit.from'), render: (_, change) => <AuditValue value={change.from} /> },
          {
            key: 'to',
            title: t('audit.to'),
            render: (_, change) =>
              change.added ? (
                <>
                  {t('audit.added')} <AuditValue value={change.added} />
                </>
              ) : (
                <AuditValue value={change.to} />
              ),
          },
        ]}
      />
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'entry', label: t('audit.entryId'), children: record.entryId ?? '—' },
          { key: 'cause', label: t('audit.cause'), children: record.cause ?? '—' },
          { key: 'previous', label: t('audit.previousHash'), children: <Typography.Text code>{record.previousHash}</Typography.Text> },
          { key: 'hash', label: t('audit.hash'), children: <Typography.Text code>{record.hash}</Typography.Text> },
        ]}
      />
    </Space>
  );
}
