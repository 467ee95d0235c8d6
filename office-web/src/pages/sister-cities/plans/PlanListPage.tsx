import { Button, Form, Progress, Select, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../../components/Loading';
import { StateTag } from '../../../components/StateTag';
import { hasAny, useMe } from '../../../me';
import { local } from '../../../text';
import { NS } from '../shared/api';
import { countryName } from '../shared/countries';
import { PageTitle, dateRange } from '../shared/layout';
import { OFFICER, PLAN_STATUSES, type PlanStatus } from '../shared/model';
import { useEnumOptions, useLanguage } from '../shared/options';
import { usePaging } from '../shared/paging';
import { PlanFormModal } from './PlanFormModal';
import { usePlans, type Plan } from './api';

/** `/sister-cities/plans`: the programme plans, latest period first, each with its progress. */
export function PlanListPage() {
  const { t } = useTranslation(NS);
  const language = useLanguage();
  const { data: me } = useMe();
  const [status, setStatus] = useState<PlanStatus>();
  const [drafting, setDrafting] = useState(false);
  const paging = usePaging();
  const plans = usePlans(status, paging.page, paging.size);
  const statuses = useEnumOptions(PLAN_STATUSES, 'state');
  const columns: ColumnsType<Plan> = [
    {
      key: 'title',
      title: t('plan.title'),
      render: (_, plan) => <Link to={`/sister-cities/plans/${encodeURIComponent(plan.id)}`}>{local(plan.title, language)}</Link>,
    },
    { key: 'period', title: t('plan.period'), render: (_, plan) => dateRange(plan.startDate, plan.endDate) },
    { key: 'countries', title: t('plan.countries'), render: (_, plan) => plan.countries.map((code) => countryName(code, language)).join('、') },
    { key: 'status', title: t('status', { ns: 'common' }), render: (_, plan) => <StateTag state={plan.status} namespace={NS} /> },
    {
      key: 'progress',
      title: t('plan.overall'),
      width: 220,
      render: (_, plan) => (
        <Progress
          percent={plan.progress.percent}
          size="small"
          format={() => `${plan.progress.percent}%`}
          aria-label={t('plan.progressOf', { name: local(plan.title, language) })}
        />
      ),
    },
    {
      key: 'met',
      title: t('plan.targetsMet'),
      render: (_, plan) => `${plan.progress.targetsMet} / ${plan.progress.targetCount}`,
    },
  ];
  return (
    <>
      <PageTitle
        title={t('plan.pageTitle')}
        extra={
          hasAny(me, OFFICER) && (
            <Button type="primary" onClick={() => setDrafting(true)}>
              {t('act.DRAFT_PLAN')}
            </Button>
          )
        }
      />
      <Form layout="inline" style={{ marginBottom: 16 }}>
        <Form.Item label={t('status', { ns: 'common' })} htmlFor="plan-status">
          <Select
            id="plan-status"
            allowClear
            style={{ minWidth: 160 }}
            value={status}
            options={statuses}
            onChange={(value) => {
              setStatus(value);
              paging.reset();
            }}
          />
        </Form.Item>
      </Form>
      {plans.error ? (
        <Loading error={plans.error} retry={() => void plans.refetch()} />
      ) : (
        <Table<Plan>
          rowKey="id"
          caption={<Typography.Text strong>{t('plan.pageTitle')}</Typography.Text>}
          loading={plans.isFetching}
          columns={columns}
          dataSource={plans.data?.items ?? []}
          scroll={{ x: true }}
          pagination={paging.pagination(plans.data)}
        />
      )}
      <PlanFormModal open={drafting} onClose={() => setDrafting(false)} />
    </>
  );
}
