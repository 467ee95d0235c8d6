import { Form, Select, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../../../components/Loading';
import { local, type Language } from '../../../../text';
import { daysUntil } from '../../../../time';
import { EnumTag, useEnumText } from '../shared/EnumTag';
import { useListParams } from '../shared/listParams';
import { Caption, FilterBar, PageTitle } from '../shared/ui';
import { useDeadlines, type DeadlineRow } from './api';

const FILTERS = ['kind', 'state'] as const;

/** Row backgrounds that repeat the state's colour: missed red, soon due orange. */
const ROW_BACKGROUND: Record<string, string | undefined> = { MISSED: '#fff1f0', DUE_SOON: '#fff7e6' };

/**
 * The dates the office watches on delegation files (corrections, green-channel decisions, trip reports,
 * post-trip notices), nearest first, each leading to its file. Missed ones are red, soon due ones orange.
 */
export function DeadlineList() {
  const { t, i18n } = useTranslation('travel');
  const { options } = useEnumText();
  const list = useListParams(FILTERS);
  const answer = useDeadlines(list.filters);
  const language = i18n.language as Language;

  return (
    <>
      <PageTitle title={t('records.deadlines.title')} />
      <FilterBar name="deadline-filters" values={list.filters} onApply={(values) => list.setFilters(values)}>
        <Form.Item name="kind" label={t('records.deadlines.kind')}>
          <Select allowClear options={options('deadlineKind')} style={{ minWidth: 200 }} />
        </Form.Item>
        <Form.Item name="state" label={t('records.deadlines.state')}>
          <Select allowClear options={options('deadlineState')} style={{ minWidth: 140 }} />
        </Form.Item>
      </FilterBar>
      {answer.error ? (
        <Loading error={answer.error} retry={() => void answer.refetch()} />
      ) : (
        <Table<DeadlineRow>
          caption={<Caption>{t('records.deadlines.caption')}</Caption>}
          rowKey={(row) => `${row.delegationId}-${row.kind}`}
          loading={answer.isLoading}
          dataSource={answer.data}
          // The service answers every open deadline at once: the pages are the table's own.
          pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (count) => t('total', { ns: 'common', count }) }}
          scroll={{ x: true }}
          onRow={(row) => ({ style: { background: ROW_BACKGROUND[row.state] } })}
          columns={[
            {
              title: t('records.deadlines.dueOn'),
              dataIndex: 'dueOn',
              render: (dueOn: string) => (
                <>
                  {dueOn} <DaysLeft date={dueOn} />
                </>
              ),
            },
            { title: t('records.deadlines.state'), dataIndex: 'state', render: (state: string) => <EnumTag group="deadlineState" code={state} /> },
            { title: t('records.deadlines.kind'), dataIndex: 'kind', render: (kind: string) => <EnumTag group="deadlineKind" code={kind} /> },
            {
              title: t('records.deadlines.delegation'),
              key: 'delegation',
              render: (_, row) => (
                <>
                  <Link to={`/travel/delegations/${encodeURIComponent(row.delegationId)}`}>{local(row.title, language) || row.delegationId}</Link>{' '}
                  {row.greenChannel && <Tag color="green">{t('records.deadlines.greenChannel')}</Tag>}
                </>
              ),
            },
            { title: t('records.deadlines.unit'), dataIndex: 'unit' },
            { title: t('records.deadlines.status'), dataIndex: 'status', render: (status: string) => <EnumTag group="delegationStatus" code={status} /> },
          ]}
        />
      )}
    </>
  );
}

/** "in 3 days", "today", "5 days late", counted on the office's calendar. */
function DaysLeft({ date }: { date: string }) {
  const { t } = useTranslation('travel');
  const days = daysUntil(date);
  if (days < 0) return <Tag color="red">{t('records.deadlines.daysLate', { count: -days })}</Tag>;
  if (days === 0) return <Tag color="orange">{t('records.deadlines.today')}</Tag>;
  return <span>({t('records.deadlines.inDays', { count: days })})</span>;
}
