import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { local, type Language } from '../../../../text';
import { EnumTag } from '../shared/EnumTag';
import { Caption, Countries } from '../shared/ui';
import type { PlanItem } from './api';

/** The trips of a plan as filed. */
export function PlanItemsTable({ items }: { items: PlanItem[] }) {
  const { t, i18n } = useTranslation('travel');
  const language = i18n.language as Language;
  return (
    <Table<PlanItem>
      caption={<Caption>{t('records.plans.itemsCaption')}</Caption>}
      rowKey="itemId"
      dataSource={items}
      pagination={false}
      scroll={{ x: true }}
      columns={[
        { title: t('records.plans.item.id'), dataIndex: 'itemId' },
        {
          title: t('records.plans.item.title'),
          key: 'title',
          render: (_, item) => (
            <>
              <div>{local(item.title, language)}</div>
              {/* The other language too: the plan is filed in both. */}
              <Typography.Text type="secondary">{local(item.title, language === 'zh' ? 'en' : 'zh')}</Typography.Text>
            </>
          ),
        },
        { title: t('records.plans.item.countries'), dataIndex: 'countries', render: (codes: string[]) => <Countries codes={codes} /> },
        {
          title: t('records.plans.item.category'),
          dataIndex: 'category',
          render: (category: string) => (
            <>
              <EnumTag group="category" code={category} />
              {category === 'ACADEMIC_EXCHANGE' && <Typography.Text type="secondary">{t('records.plans.notCounted')}</Typography.Text>}
            </>
          ),
        },
        { title: t('records.plans.item.quarter'), dataIndex: 'plannedQuarter', render: (quarter: number) => t('records.plans.quarter', { quarter }) },
        { title: t('records.plans.item.size'), dataIndex: 'plannedSize' },
        { title: t('records.plans.item.note'), dataIndex: 'note' },
      ]}
    />
  );
}
