import { useMutation } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Form, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import type { Language } from '../../../text';
import { officeToday } from '../../../time';
import { showProblemOnForm } from '../shared/problemForm';
import { workingDaysAfter } from './api';

interface Values {
  from: Dayjs;
  days: number;
}

/** The date so many working days after another, as the services count deadlines (public notice, correction). */
export function WorkingDaysCalculator() {
  const { t, i18n } = useTranslation('admin');
  const [form] = Form.useForm<Values>();
  const calculation = useMutation({
    mutationFn: (values: Values) => workingDaysAfter(values.from.format('YYYY-MM-DD'), values.days),
    onError: (error) => showProblemOnForm(form, error, i18n.language as Language, ['from', 'days']),
  });
  return (
    <>
      <Form<Values>
        form={form}
        name="working-days"
        layout="vertical"
        initialValues={{ from: dayjs(officeToday()), days: 5 }}
        onFinish={(values) => calculation.mutate(values)}
      >
        <Form.Item name="from" label={t('calendar.from')} rules={[{ required: true, message: t('calendar.fromRequired') }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="days" label={t('calendar.days')} rules={[{ required: true, message: t('calendar.daysRequired') }]}>
          <InputNumber min={0} max={365} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={calculation.isPending}>
          {t('calendar.calculate')}
        </Button>
      </Form>
      <div aria-live="polite" style={{ marginTop: 16 }}>
        {calculation.data && (
          <Alert
            type="success"
            showIcon
            title={t('calendar.result', { days: calculation.data.workingDays, from: calculation.data.from, date: calculation.data.date })}
          />
        )}
        {calculation.error && <ProblemAlert error={calculation.error} />}
      </div>
    </>
  );
}
