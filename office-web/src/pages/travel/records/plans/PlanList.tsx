import { Button, Form, Input, InputNumber, Select, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Loading } from '../../../../components/Loading';
import { useMe } from '../../../../me';
import { formatInstant, officeToday } from '../../../../time';
import { EnumTag, useEnumText } from '../shared/EnumTag';
import { FormModal } from '../shared/FormModal';
import { useListParams } from '../shared/listParams';
import { mayAct, readsEveryUnit } from '../shared/roles';
import { Caption, FilterBar, PageTitle } from '../shared/ui';
import { useCommand } from '../shared/useCommand';
import { plans, PLANS_KEY, usePlans, type Plan } from './api';
import { planPage } from './paths';

const FILTERS = ['unit', 'year', 'status'] as const;

interface FilterValues {
  unit?: string;
  year?: number;
  status?: string;
}

/** Annual plans, latest year first: a unit's staff see their unit's, the office every unit's. */
export function PlanList() {
  const { t } = useTranslation('travel');
  const { data: me } = useMe();
  const { options } = useEnumText();
  const list = useListParams(FILTERS);
  const answer = usePlans({ ...list.filters, page: list.page, size: list.size });
  const [drafting, setDrafting] = useState(false);
  const values: FilterValues = { ...list.filters, year: list.filters.year ? Number(list.filters.year) : undefined };
  return (
    <>
      <PageTitle
        title={t('records.plans.title')}
        extra={
          mayAct(me, 'UNIT_CLERK') &&
          me?.unit && (
            <Button type="primary" onClick={() => setDrafting(true)}>
              {t('records.plans.draft')}
            </Button>
          )
        }
      />
      <FilterBar<FilterValues>
        name="plan-filters"
        values={values}
        onApply={(next) => list.setFilters({ unit: next.unit?.trim(), year: next.year ? String(next.year) : undefined, status: next.status })}
      >
        {readsEveryUnit(me) && (
          <Form.Item name="unit" label={t('records.plans.unit')}>
            <Input allowClear style={{ width: 140 }} />
          </Form.Item>
        )}
        <Form.Item name="year" label={t('records.plans.year')}>
          <InputNumber min={2000} max={2100} style={{ width: 110 }} />
        </Form.Item>
        <Form.Item name="status" label={t('records.plans.status')}>
          <Select allowClear options={options('planStatus')} style={{ minWidth: 130 }} />
        </Form.Item>
      </FilterBar>
      {answer.error ? (
        <Loading error={answer.error} retry={() => void answer.refetch()} />
      ) : (
        <Table<Plan>
          caption={<Caption>{t('records.plans.caption')}</Caption>}
          rowKey="id"
          loading={answer.isLoading}
          dataSource={answer.data?.items}
          pagination={list.pagination(answer.data?.total)}
          scroll={{ x: true }}
          columns={[
            {
              title: t('records.plans.plan'),
              key: 'plan',
              render: (_, plan) => <Link to={planPage(plan.unit, plan.year)}>{t('records.plans.pageTitle', { unit: plan.unit, year: plan.year })}</Link>,
            },
            { title: t('records.plans.unit'), dataIndex: 'unit' },
            { title: t('records.plans.year'), dataIndex: 'year' },
            { title: t('records.plans.status'), dataIndex: 'status', render: (status: string) => <EnumTag group="planStatus" code={status} /> },
            { title: t('records.plans.plannedTrips'), dataIndex: 'plannedTrips' },
            { title: t('records.plans.createdBy'), key: 'created', render: (_, plan) => `${plan.createdBy} · ${formatInstant(plan.createdAt)}` },
          ]}
        />
      )}
      <DraftPlan open={drafting} onClose={() => setDrafting(false)} />
    </>
  );
}

/** A unit clerk starts the unit's plan for a year (one per unit and year; the service refuses a second). */
function DraftPlan({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('travel');
  const navigate = useNavigate();
  const draft = useCommand((year: number) => plans.draft(year), {
    invalidate: [PLANS_KEY],
    done: t('records.plans.drafted'),
    then: (plan) => navigate(planPage(plan.unit, plan.year)),
  });
  return (
    <FormModal<{ year: number }, number>
      name="draft-plan"
      open={open}
      title={t('records.plans.draft')}
      okText={t('create', { ns: 'common' })}
      onClose={onClose}
      command={draft}
      initialValues={{ year: Number(officeToday().slice(0, 4)) + 1 }}
      toRequest={(values) => values.year}
    >
      {(field) => (
        <Form.Item name="year" label={t('records.plans.year')} rules={[{ required: true, message: t('records.form.required') }]} {...field('year')}>
          <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
        </Form.Item>
      )}
    </FormModal>
  );
}
