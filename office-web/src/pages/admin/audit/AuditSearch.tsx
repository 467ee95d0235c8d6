import { Button, Col, DatePicker, Form, Input, Row, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** What the auditor searches by, as kept in the address: the period as office days, both included. */
export interface AuditCriteria {
  objectId?: string;
  objectType?: string;
  user?: string;
  fromDay?: string;
  toDay?: string;
}

interface Values {
  objectId?: string;
  objectType?: string;
  user?: string;
  period?: [Dayjs | null, Dayjs | null] | null;
}

const ISO = 'YYYY-MM-DD';

export function AuditSearch({ criteria, onSearch }: { criteria: AuditCriteria; onSearch: (criteria: AuditCriteria) => void }) {
  const { t } = useTranslation('admin');
  const [form] = Form.useForm<Values>();
  // The address may change under the form (a click on a user or object in the table): show what is searched.
  useEffect(() => {
    form.setFieldsValue({
      objectId: criteria.objectId,
      objectType: criteria.objectType,
      user: criteria.user,
      period: criteria.fromDay || criteria.toDay ? [criteria.fromDay ? dayjs(criteria.fromDay) : null, criteria.toDay ? dayjs(criteria.toDay) : null] : null,
    });
  }, [form, criteria.objectId, criteria.objectType, criteria.user, criteria.fromDay, criteria.toDay]);
  const submit = (values: Values) =>
    onSearch({
      objectId: values.objectId?.trim() || undefined,
      objectType: values.objectType?.trim() || undefined,
      user: values.user?.trim() || undefined,
      fromDay: values.period?.[0]?.format(ISO),
      toDay: values.period?.[1]?.format(ISO),
    });
  return (
    <Form<Values> form={form} name="audit-search" layout="vertical" onFinish={submit}>
      <Row gutter={16}>
        <Col xs={24} md={12} xl={6}>
          <Form.Item name="objectId" label={t('audit.objectId')}>
            <Input allowClear maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={5}>
          <Form.Item name="objectType" label={t('audit.objectType')} extra={t('audit.objectTypeHelp')}>
            <Input allowClear maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={5}>
          <Form.Item name="user" label={t('audit.user')} extra={t('audit.userHelp')}>
            <Input allowClear maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={8}>
          <Form.Item name="period" label={t('audit.period')} extra={t('audit.periodHelp')}>
            <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Space style={{ marginBottom: 16 }}>
        <Button type="primary" htmlType="submit">
          {t('search', { ns: 'common' })}
        </Button>
        <Button
          onClick={() => {
            form.resetFields();
            onSearch({});
          }}
        >
          {t('reset', { ns: 'common' })}
        </Button>
      </Space>
    </Form>
  );
}
