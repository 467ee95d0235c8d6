import { App, DatePicker, Descriptions, Form, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { local, type Language } from '../../../text';
import { officeToday } from '../../../time';
import { FormModal } from '../shared/FormModal';
import { showProblemOnForm } from '../shared/problemForm';
import { useScheduleValue, type PolicyParameter } from './api';
import { unitName, valueWithUnit } from './format';

interface Values {
  value: number;
  effectiveFrom: Dayjs;
  source: string;
}

const FIELDS = ['value', 'effectiveFrom', 'source'];

/**
 * ADMIN sets a parameter's next value from a date on. The past is never rewritten (the API refuses a date before
 * today on the office's clock, so the picker does too); a value already scheduled for the same date is replaced.
 */
export function ScheduleValueModal({
  prefix,
  parameter,
  onClose,
}: {
  prefix: string;
  parameter: PolicyParameter;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('admin');
  const language = i18n.language as Language;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const schedule = useScheduleValue(prefix);
  const today = officeToday();
  const chosen = Form.useWatch('effectiveFrom', form);
  const replaced = chosen ? parameter.values.find((value) => value.effectiveFrom === chosen.format('YYYY-MM-DD')) : undefined;

  const submit = (values: Values) => {
    const effectiveFrom = values.effectiveFrom.format('YYYY-MM-DD');
    schedule.mutate(
      { key: parameter.key, value: { value: values.value, effectiveFrom, source: values.source.trim() } },
      {
        onSuccess: () => {
          message.success(
            t('policy.scheduled', { key: parameter.key, value: valueWithUnit(t, values.value, parameter.unit), date: effectiveFrom }),
          );
          onClose();
        },
        onError: (error) => showProblemOnForm(form, error, language, FIELDS),
      },
    );
  };

  return (
    <FormModal<Values>
      title={t('policy.scheduleTitle', { key: parameter.key })}
      okText={t('policy.scheduleSubmit')}
      form={form}
      name={`schedule-${parameter.key}`}
      initialValues={{ value: parameter.current.value }}
      pending={schedule.isPending}
      error={schedule.error}
      onFinish={submit}
      onClose={onClose}
      intro={
        <Descriptions
          size="small"
          column={1}
          style={{ marginBottom: 16 }}
          items={[
            { key: 'description', label: t('policy.description'), children: local(parameter.description, language) },
            { key: 'current', label: t('policy.valueToday'), children: `${valueWithUnit(t, parameter.current, parameter.unit)} (${parameter.current.source})` },
            ...(parameter.next
              ? [{ key: 'next', label: t('policy.next'), children: t('policy.nextValue', { value: valueWithUnit(t, parameter.next, parameter.unit), date: parameter.next.effectiveFrom }) }]
              : []),
          ]}
        />
      }
    >
      <Form.Item name="value" label={t('policy.newValue', { unit: unitName(t, parameter.unit) })} rules={[{ required: true, message: t('policy.valueRequired') }]}>
        <InputNumber min={0} step="any" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="effectiveFrom"
        label={t('policy.effectiveFrom')}
        rules={[
          { required: true, message: t('policy.effectiveFromRequired') },
          {
            validator: (_, value?: Dayjs) =>
              !value || value.format('YYYY-MM-DD') >= today
                ? Promise.resolve()
                : Promise.reject(new Error(t('policy.effectiveFromPast', { today }))),
          },
        ]}
        extra={replaced ? t('policy.replaces', { value: valueWithUnit(t, replaced, parameter.unit), date: replaced.effectiveFrom }) : t('policy.effectiveFromHelp', { today })}
      >
        <DatePicker style={{ width: '100%' }} disabledDate={(date) => date.isBefore(dayjs(today), 'day')} />
      </Form.Item>
      <Form.Item
        name="source"
        label={t('policy.source')}
        extra={t('policy.sourceHelp')}
        rules={[
          { required: true, whitespace: true, message: t('policy.sourceRequired') },
          { max: 300, message: t('policy.sourceTooLong') },
        ]}
      >
        <Input maxLength={300} />
      </Form.Item>
    </FormModal>
  );
}
