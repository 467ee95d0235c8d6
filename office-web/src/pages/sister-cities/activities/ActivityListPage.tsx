import { Button, Form, Input, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/Loading';
import { StateTag } from '../../../components/StateTag';
import { hasAny, useMe } from '../../../me';
import { local } from '../../../text';
import { officeToday } from '../../../time';
import { NS } from '../shared/api';
import { PageTitle, Section, dateRange } from '../shared/layout';
import { ACTIVITY_STATUSES, COOPERATION_FIELDS, DIRECTIONS, OFFICER } from '../shared/model';
import { useEnumOptions, useLanguage } from '../shared/options';
import { usePaging } from '../shared/paging';
import { PartnerLink } from '../partners/PartnerLink';
import { PartnerSelect } from '../partners/PartnerSelect';
import { ActivityActions } from './ActivityActions';
import { ActivityFormModal } from './ActivityFormModal';
import { ActivityResult, ActivityTags, OriginText } from './ActivitySummary';
import { useActivities, type Activity, type ActivityFilter } from './api';

/** Years to search: a decade back (reports go back that far) and the next two (plans reach ahead). */
function yearOptions() {
  const now = Number(officeToday().slice(0, 4));
  return Array.from({ length: 13 }, (_, index) => now + 2 - index).map((year) => ({ value: year, label: String(year) }));
}

/** `/sister-cities/activities`: every exchange, filtered, with the acts each allows. */
export function ActivityListPage() {
  const { t } = useTranslation(NS);
  const language = useLanguage();
  const { data: me } = useMe();
  const [filter, setFilter] = useState<ActivityFilter>({});
  const [recording, setRecording] = useState(false);
  const paging = usePaging();
  const activities = useActivities(filter, paging.page, paging.size);
  const [form] = Form.useForm<ActivityFilter>();
  const directions = useEnumOptions(DIRECTIONS, 'direction');
  const statuses = useEnumOptions(ACTIVITY_STATUSES, 'state');
  const fields = useEnumOptions(COOPERATION_FIELDS, 'field');

  const search = (values: ActivityFilter) => {
    setFilter(Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined && value !== '')));
    paging.reset();
  };

  const columns: ColumnsType<Activity> = [
    { key: 'title', title: t('activity.title'), render: (_, activity) => <Typography.Text strong>{local(activity.title, language)}</Typography.Text> },
    { key: 'partner', title: t('activity.partner'), render: (_, activity) => <PartnerLink id={activity.partnerCityId} /> },
    { key: 'dates', title: t('activity.dates'), render: (_, activity) => dateRange(activity.startDate, activity.endDate) },
    { key: 'status', title: t('status', { ns: 'common' }), render: (_, activity) => <StateTag state={activity.status} namespace={NS} /> },
    { key: 'kind', title: t('activity.kind'), render: (_, activity) => <ActivityTags activity={activity} /> },
    { key: 'origin', title: t('activity.origin'), render: (_, activity) => <OriginText origin={activity.origin} /> },
    { key: 'result', title: t('activity.result'), width: 280, render: (_, activity) => <ActivityResult activity={activity} /> },
    { key: 'actions', title: t('actions', { ns: 'common' }), render: (_, activity) => <ActivityActions activity={activity} /> },
  ];

  return (
    <>
      <PageTitle
        title={t('activity.pageTitle')}
        extra={
          hasAny(me, OFFICER) && (
            <Button type="primary" onClick={() => setRecording(true)}>
              {t('act.PLAN_ACTIVITY')}
            </Button>
          )
        }
      />
      <Section title={t('activity.filters')}>
        <Form<ActivityFilter> form={form} layout="inline" onFinish={search} style={{ rowGap: 8 }}>
          <Form.Item name="partnerCityId" label={t('activity.partner')}>
            <PartnerSelect allowClear style={{ minWidth: 200 }} />
          </Form.Item>
          <Form.Item name="direction" label={t('activity.direction')}>
            <Select allowClear style={{ minWidth: 140 }} options={directions} />
          </Form.Item>
          <Form.Item name="status" label={t('status', { ns: 'common' })}>
            <Select allowClear style={{ minWidth: 120 }} options={statuses} />
          </Form.Item>
          <Form.Item name="field" label={t('activity.field')}>
            <Select allowClear style={{ minWidth: 160 }} options={fields} />
          </Form.Item>
          <Form.Item name="tag" label={t('activity.tag')}>
            <Input allowClear style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="year" label={t('activity.year')}>
            <Select allowClear style={{ minWidth: 100 }} options={yearOptions()} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit">
              {t('search', { ns: 'common' })}
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                search({});
              }}
            >
              {t('reset', { ns: 'common' })}
            </Button>
          </Space>
        </Form>
      </Section>
      {activities.error ? (
        <Loading error={activities.error} retry={() => void activities.refetch()} />
      ) : (
        <Table<Activity>
          rowKey="id"
          caption={<Typography.Text strong>{t('activity.pageTitle')}</Typography.Text>}
          loading={activities.isFetching}
          columns={columns}
          dataSource={activities.data?.items ?? []}
          scroll={{ x: true }}
          pagination={paging.pagination(activities.data)}
        />
      )}
      <ActivityFormModal open={recording} onClose={() => setRecording(false)} />
    </>
  );
}
