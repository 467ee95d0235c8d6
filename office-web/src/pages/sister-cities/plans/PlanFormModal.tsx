import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { LocalText } from '../../../api/http';
import { ActionModal } from '../shared/ActionModal';
import { NS, useAct } from '../shared/api';
import { countryOptions } from '../shared/countries';
import { fromLocalDate, toLocalDate } from '../shared/dates';
import { useLanguage } from '../shared/options';
import { PLANS, type Plan, type PlanRequest } from './api';

interface PlanValues {
  title: LocalText;
  startDate: Dayjs;
  endDate: Dayjs;
  countries: string[];
}

/**
 * The value objects of a plan refuse an impossible period or country as 400 invalid-value without naming the
 * field; their messages say which.
 */
function invalidValueField(detail: string): string | undefined {
  if (/countr/i.test(detail)) return 'countries';
  if (/end|span|period/i.test(detail)) return 'endDate';
  return undefined;
}

/** The sister-city officer drafts a plan (title, period of at most five years, countries), or revises a draft. */
export function PlanFormModal({ plan, open, onClose }: { plan?: Plan; open: boolean; onClose: () => void }) {
  const { t } = useTranslation(NS);
  const language = useLanguage();
  const act = useAct();
  const navigate = useNavigate();
  const required = { required: true, message: t('required') };
  return (
    <ActionModal<PlanValues>
      open={open}
      title={plan ? t('act.EDIT_PLAN') : t('act.DRAFT_PLAN')}
      width={720}
      okText={t('save', { ns: 'common' })}
      invalidValueField={invalidValueField}
      initialValues={
        plan && {
          title: plan.title,
          startDate: fromLocalDate(plan.startDate),
          endDate: fromLocalDate(plan.endDate),
          countries: plan.countries,
        }
      }
      onClose={onClose}
      onSubmit={async (values) => {
        const body: PlanRequest = {
          title: values.title,
          startDate: toLocalDate(values.startDate) ?? '',
          endDate: toLocalDate(values.endDate) ?? '',
          countries: values.countries,
        };
        if (plan) {
          await act.mutateAsync({ path: `${PLANS}/${encodeURIComponent(plan.id)}`, method: 'PUT', version: plan.version, body });
          return;
        }
        const answer = await act.mutateAsync({ path: PLANS, body });
        const created = answer.body as Plan;
        if (created?.id) navigate(`/sister-cities/plans/${encodeURIComponent(created.id)}`);
      }}
    >
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name={['title', 'zh']} label={t('plan.titleZh')} rules={[required, { max: 300 }]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['title', 'en']} label={t('plan.titleEn')} rules={[{ max: 300 }]}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="startDate" label={t('plan.startDate')} rules={[required]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="endDate" label={t('plan.endDate')} rules={[required]} extra={t('plan.periodHelp')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="countries" label={t('plan.countries')} rules={[required]}>
        <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={countryOptions(language)} />
      </Form.Item>
    </ActionModal>
  );
}
