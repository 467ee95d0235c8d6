import { Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { LocalText } from '../../../api/http';
import { ActionModal } from '../shared/ActionModal';
import { NS, useAct } from '../shared/api';
import { toLocalDate } from '../shared/dates';
import { COOPERATION_FIELDS, DIRECTIONS, type CooperationField, type Direction } from '../shared/model';
import { useEnumOptions } from '../shared/options';
import { PartnerSelect } from '../partners/PartnerSelect';
import { ACTIVITIES, type RecordActivity } from './api';

interface ActivityValues {
  partnerCityId?: string;
  direction: Direction;
  status: 'PLANNED' | 'HELD';
  title: LocalText;
  startDate: Dayjs;
  endDate: Dayjs;
  field?: CooperationField;
  tags?: string[];
  delegationSize?: number;
  outcome?: LocalText;
}

/**
 * The sister-city officer records an exchange by hand: planned (the default) or already held with its outcome.
 * Trips and visits of the other services arrive by themselves; this is for the rest.
 */
export function ActivityFormModal({ open, onClose, partnerCityId }: { open: boolean; onClose: () => void; partnerCityId?: string }) {
  const { t } = useTranslation(NS);
  const act = useAct();
  const directions = useEnumOptions(DIRECTIONS, 'direction');
  const fields = useEnumOptions(COOPERATION_FIELDS, 'field');
  const required = { required: true, message: t('required') };
  return (
    <ActionModal<ActivityValues>
      open={open}
      title={t('act.PLAN_ACTIVITY')}
      okText={t('activity.record')}
      width={760}
      initialValues={{ direction: 'OUTBOUND', status: 'PLANNED' }}
      onClose={onClose}
      onSubmit={(values) => {
        const body: RecordActivity = {
          partnerCityId: partnerCityId ?? values.partnerCityId ?? '',
          direction: values.direction,
          status: values.status,
          title: values.title,
          startDate: toLocalDate(values.startDate) ?? '',
          endDate: toLocalDate(values.endDate) ?? '',
          field: values.field,
          tags: values.tags,
          delegationSize: values.delegationSize ?? undefined,
          outcome: values.status === 'HELD' ? values.outcome : undefined,
        };
        return act.mutateAsync({ path: ACTIVITIES, body });
      }}
    >
      {!partnerCityId && (
        <Form.Item name="partnerCityId" label={t('activity.partner')} rules={[required]}>
          <PartnerSelect />
        </Form.Item>
      )}
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="direction" label={t('activity.direction')} rules={[required]}>
            <Radio.Group options={directions} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="status" label={t('activity.recordAs')} rules={[required]}>
            <Radio.Group
              options={[
                { value: 'PLANNED', label: t('state.PLANNED') },
                { value: 'HELD', label: t('state.HELD') },
              ]}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name={['title', 'zh']} label={t('activity.titleZh')} rules={[required, { max: 300 }]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['title', 'en']} label={t('activity.titleEn')} rules={[{ max: 300 }]}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="startDate" label={t('activity.startDate')} rules={[required]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="endDate" label={t('activity.endDate')} rules={[required]} extra={t('activity.oneDayHelp')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="field" label={t('activity.field')}>
            <Select allowClear options={fields} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="delegationSize" label={t('activity.delegationSize')}>
            <InputNumber min={1} max={10000} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="tags" label={t('activity.tags')} extra={t('activity.tagsHelp')}>
        <Select mode="tags" tokenSeparators={[',']} open={false} />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(before, after) => before.status !== after.status}>
        {({ getFieldValue }) =>
          getFieldValue('status') === 'HELD' && (
            <Row gutter={12}>
              <Col xs={24} md={12}>
                <Form.Item name={['outcome', 'zh']} label={t('activity.outcomeZh')} rules={[required, { max: 4000 }]}>
                  <Input.TextArea rows={3} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name={['outcome', 'en']} label={t('activity.outcomeEn')} rules={[{ max: 4000 }]}>
                  <Input.TextArea rows={3} />
                </Form.Item>
              </Col>
            </Row>
          )
        }
      </Form.Item>
    </ActionModal>
  );
}
