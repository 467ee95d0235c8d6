import { Button, Col, DatePicker, Form, Input, Row, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { local } from '../../../text';
import { ActionModal } from '../shared/ActionModal';
import { NS, useAct } from '../shared/api';
import { fromLocalDate, toLocalDate } from '../shared/dates';
import { useLanguage } from '../shared/options';
import { ACTIVITIES, type Activity } from './api';

interface HoldValues {
  startDate?: Dayjs;
  endDate?: Dayjs;
  outcome: { zh: string; en?: string };
}

/** Mark held (with the outcome and actual dates) or cancel (with the reason), when the activity's `actions` allow. */
export function ActivityActions({ activity }: { activity: Activity }) {
  const { t } = useTranslation(NS);
  const language = useLanguage();
  const act = useAct();
  const [open, setOpen] = useState<'HOLD' | 'CANCEL'>();
  const actions = activity.actions ?? [];
  const title = local(activity.title, language);
  const path = `${ACTIVITIES}/${encodeURIComponent(activity.id)}`;
  if (!actions.includes('HOLD') && !actions.includes('CANCEL')) return null;
  return (
    <>
      <Space wrap size="small">
        {actions.includes('HOLD') && (
          <Button size="small" type="primary" aria-label={`${t('act.HOLD')}: ${title}`} onClick={() => setOpen('HOLD')}>
            {t('act.HOLD')}
          </Button>
        )}
        {actions.includes('CANCEL') && (
          <Button size="small" danger aria-label={`${t('act.CANCEL')}: ${title}`} onClick={() => setOpen('CANCEL')}>
            {t('act.CANCEL')}
          </Button>
        )}
      </Space>
      <ActionModal<HoldValues>
        open={open === 'HOLD'}
        title={`${t('act.HOLD')}: ${title}`}
        initialValues={{ startDate: fromLocalDate(activity.startDate), endDate: fromLocalDate(activity.endDate) }}
        onClose={() => setOpen(undefined)}
        onSubmit={(values) =>
          act.mutateAsync({
            path: `${path}/held`,
            version: activity.version,
            body: { startDate: toLocalDate(values.startDate), endDate: toLocalDate(values.endDate), outcome: values.outcome },
          })
        }
      >
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="startDate" label={t('activity.startDate')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="endDate" label={t('activity.endDate')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name={['outcome', 'zh']} label={t('activity.outcomeZh')} rules={[{ required: true, message: t('required') }, { max: 4000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name={['outcome', 'en']} label={t('activity.outcomeEn')} rules={[{ max: 4000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </ActionModal>
      <ActionModal<{ reason: string }>
        open={open === 'CANCEL'}
        danger
        title={`${t('act.CANCEL')}: ${title}`}
        onClose={() => setOpen(undefined)}
        onSubmit={(values) => act.mutateAsync({ path: `${path}/cancel`, version: activity.version, body: values })}
      >
        <Form.Item name="reason" label={t('reason', { ns: 'common' })} rules={[{ required: true, message: t('required') }, { max: 2000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </ActionModal>
    </>
  );
}
