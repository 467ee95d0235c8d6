import { Alert, Button, Card, Col, Form, Input, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Loading } from '../../../../components/Loading';
import { useMe } from '../../../../me';
import { EnumTag } from '../shared/EnumTag';
import { FormModal } from '../shared/FormModal';
import { actsForUnit, mayAct } from '../shared/roles';
import { History, PageTitle } from '../shared/ui';
import { useCommand } from '../shared/useCommand';
import { QuotaCard } from '../units/QuotaCard';
import { plans, PLANS_KEY, tripsCountingAgainstQuota, usePlan, type Plan } from './api';
import { PlanItemsEditor } from './PlanItemsEditor';
import { PlanItemsTable } from './PlanItemsTable';

/**
 * One unit's plan for one year: its trips against the unit's quota, the acts of its path (the clerk drafts
 * and submits, the office approves or returns it with a comment) and its history.
 */
export function PlanPage() {
  const { unit = '', year = '' } = useParams();
  const { t } = useTranslation('travel');
  const { data: me } = useMe();
  const answer = usePlan(unit, year);
  const [editing, setEditing] = useState(false);
  if (!answer.data) return <Loading error={answer.error} retry={() => void answer.refetch()} />;
  const plan = answer.data;
  const mayEdit = plan.status === 'DRAFT' && actsForUnit(me, plan.unit, 'UNIT_CLERK');
  return (
    <>
      <PageTitle
        back={{ to: '/travel/plans', label: t('records.plans.title') }}
        title={t('records.plans.pageTitle', { unit: plan.unit, year: plan.year })}
        tags={<EnumTag group="planStatus" code={plan.status} />}
        extra={!editing && <PlanActs plan={plan} onEdit={mayEdit ? () => setEditing(true) : undefined} />}
      />
      {plan.status === 'DRAFT' && plan.returnComment && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('records.plans.returned')} description={plan.returnComment} />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24}>
          <QuotaCard unit={plan.unit} year={plan.year} planned={tripsCountingAgainstQuota(plan.items)} />
        </Col>
        <Col xs={24} xl={17}>
          <Card title={t('records.plans.items', { count: plan.plannedTrips })}>
            {editing && mayEdit ? <PlanItemsEditor plan={plan} onDone={() => setEditing(false)} /> : <PlanItemsTable items={plan.items} />}
          </Card>
        </Col>
        <Col xs={24} xl={7}>
          <Card title={t('records.common.history')}>
            <History entries={plan.history} acts="planAct" states="planStatus" />
          </Card>
        </Col>
      </Row>
    </>
  );
}

type Act = 'submit' | 'approve' | 'return';

/**
 * The acts the user may perform on the plan now. Nobody approves a plan they drafted, so the drafter is not
 * offered the approval even when they hold the officer's role.
 */
function PlanActs({ plan, onEdit }: { plan: Plan; onEdit?: () => void }) {
  const { t } = useTranslation('travel');
  const { data: me } = useMe();
  const [open, setOpen] = useState<Act | undefined>();
  const close = () => setOpen(undefined);
  const invalidate = [PLANS_KEY];
  const submit = useCommand((_: void) => plans.submit(plan), { invalidate, done: t('records.plans.submitted') });
  const approve = useCommand((_: void) => plans.approve(plan), { invalidate, done: t('records.plans.approved') });
  const returnToUnit = useCommand((comment: string) => plans.returnToUnit(plan, comment), { invalidate, done: t('records.plans.returnedDone') });
  const maySubmit = plan.status === 'DRAFT' && actsForUnit(me, plan.unit, 'UNIT_CLERK', 'UNIT_SIGNATORY');
  const officer = plan.status === 'SUBMITTED' && mayAct(me, 'FAO_OFFICER');
  const confirm = (act: 'submit' | 'approve', command: typeof submit, text: string) => (
    <FormModal<object, void>
      name={`${act}-plan`}
      open={open === act}
      title={t(`records.plans.${act}`)}
      okText={t(`records.plans.${act}`)}
      onClose={close}
      command={command}
      toRequest={() => undefined}
    >
      {() => <Typography.Paragraph>{text}</Typography.Paragraph>}
    </FormModal>
  );
  return (
    <Space wrap>
      {onEdit && <Button onClick={onEdit}>{t('records.plans.editItems')}</Button>}
      {maySubmit && (
        <Button type="primary" onClick={() => setOpen('submit')}>
          {t('records.plans.submit')}
        </Button>
      )}
      {officer && plan.createdBy !== me?.subject && (
        <Button type="primary" onClick={() => setOpen('approve')}>
          {t('records.plans.approve')}
        </Button>
      )}
      {officer && (
        <Button danger onClick={() => setOpen('return')}>
          {t('records.plans.return')}
        </Button>
      )}
      {confirm('submit', submit, t('records.plans.submitConfirm', { count: plan.plannedTrips }))}
      {confirm('approve', approve, t('records.plans.approveConfirm', { count: tripsCountingAgainstQuota(plan.items) }))}
      <FormModal<{ comment: string }, string>
        name="return-plan"
        open={open === 'return'}
        title={t('records.plans.return')}
        onClose={close}
        command={returnToUnit}
        toRequest={(values) => values.comment.trim()}
      >
        {(field) => (
          <Form.Item
            name="comment"
            label={t('comment', { ns: 'common' })}
            rules={[{ required: true, whitespace: true, message: t('records.form.required') }, { max: 2000 }]}
            {...field('comment')}
          >
            <Input.TextArea rows={4} />
          </Form.Item>
        )}
      </FormModal>
    </Space>
  );
}
