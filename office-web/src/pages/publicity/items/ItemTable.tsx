import { Space, Table, Typography, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { StateTag } from '../../../components/StateTag';
import { local } from '../../../text';
import { formatInstant } from '../../../time';
import type { ItemView } from '../api/types';
import { OriginTag, useLabels } from '../shared/labels';
import { VersionTags } from '../shared/VersionTags';

interface Props {
  caption: ReactNode;
  items: ItemView[];
  loading?: boolean;
  /** Server paging (the API's page, size and total); without it the rows are paged here. */
  paging?: { page: number; size: number; total: number; onChange: (page: number, size: number) => void };
}

/** Items as rows: title in the UI language, state, origin (an editor or the event that suggested it), versions. */
export function ItemTable({ caption, items, loading, paging }: Props) {
  const { t, language, kind } = useLabels();
  const columns: TableProps<ItemView>['columns'] = [
    {
      key: 'title',
      title: t('items.column.title'),
      render: (_, item) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/publicity/items/${item.id}`}>{local(item.title, language) || item.id}</Link>
          {item.summary && (
            <Typography.Text type="secondary" ellipsis style={{ maxWidth: 420 }}>
              {local(item.summary, language)}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    { key: 'state', title: t('items.column.state'), render: (_, item) => <StateTag state={item.status} namespace="publicity" /> },
    { key: 'origin', title: t('items.column.origin'), render: (_, item) => <OriginTag origin={item.origin} /> },
    { key: 'versions', title: t('items.column.versions'), render: (_, item) => <VersionTags versions={item.versions} /> },
    { key: 'kind', title: t('items.column.kind'), render: (_, item) => kind(item.kind) },
    {
      key: 'drafted',
      title: t('items.column.drafted'),
      render: (_, item) => (
        <Space orientation="vertical" size={0}>
          <span>{formatInstant(item.draftedAt)}</span>
          {item.draftedBy && <Typography.Text type="secondary">{item.draftedBy === 'system' ? t('origin.system') : item.draftedBy}</Typography.Text>}
        </Space>
      ),
    },
  ];
  return (
    <Table<ItemView>
      rowKey="id"
      size="middle"
      title={() => <Typography.Text strong>{caption}</Typography.Text>}
      columns={columns}
      dataSource={items}
      loading={loading}
      scroll={{ x: true }}
      pagination={
        paging
          ? {
              current: paging.page + 1,
              pageSize: paging.size,
              total: paging.total,
              showSizeChanger: true,
              showTotal: (total) => t('total', { ns: 'common', count: total }),
              onChange: (page, size) => paging.onChange(page - 1, size),
            }
          : { pageSize: 10, hideOnSinglePage: true, showTotal: (total) => t('total', { ns: 'common', count: total }) }
      }
    />
  );
}
