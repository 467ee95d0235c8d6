import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, DatePicker, Divider, Drawer, Form, Input, Select, Space, Typography } from 'antd';
import type { FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import type { Language } from '../../../text';
import { showProblemOnForm } from '../shared/problemForm';
import { DAYS_OF_WEEK, dayOfWeek, useReplaceCalendar, type CalendarRequest, type DayOfWeek, type OfficeCalendar } from './api';

interface Values {
  zone: string;
  weekend: DayOfWeek[];
  holidays: { date?: Dayjs; name?: string }[];
  workingWeekendDays: (Dayjs | undefined)[];
}

const FIELDS = ['zone', 'weekend', 'holidays', 'workingWeekendDays'];
const ISO = 'YYYY-MM-DD';

function toValues(calendar: OfficeCalendar): Values {
  return {
    zone: calendar.zone,
    weekend: calendar.weekend,
    holidays: calendar.holidays.map((holiday) => ({ date: dayjs(holiday.date), name: holiday.name })),
    workingWeekendDays: calendar.workingWeekendDays.map((day) => dayjs(day)),
  };
}

/** The request in date order (the API keeps what it is given; a sorted notice is easier to check). */
function toRequest(values: Values): CalendarRequest {
  return {
    zone: values.zone,
    weekend: DAYS_OF_WEEK.filter((day) => values.weekend.includes(day)),
    holidays: values.holidays
      .map((holiday) => ({ date: holiday.date!.format(ISO), name: holiday.name!.trim() }))
      .sort((a, b) => a.date.localeCompare(b.date)),
    workingWeekendDays: values.workingWeekendDays.map((day) => day!.format(ISO)).sort(),
  };
}

/**
 * ADMIN replaces the office calendar, typically with the year's State Council holiday notice: the holidays
 * (a period of several days can be added at once) and the weekend days worked instead. The replacement carries
 * the version read, so a concurrent change is refused rather than overwritten.
 */
export function CalendarEditor({ calendar, etag, onClose }: { calendar: OfficeCalendar; etag?: string; onClose: () => void }) {
  const { t, i18n } = useTranslation('admin');
  const language = i18n.language as Language;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const replace = useReplaceCalendar();
  // The zone in use stays offered even where the browser's list leaves it out (aliases such as UTC).
  const zones = useMemo(
    () => [...new Set([calendar.zone, ...Intl.supportedValuesOf('timeZone')])].map((zone) => ({ value: zone, label: zone })),
    [calendar.zone],
  );

  const submit = (values: Values) =>
    replace.mutate(
      { calendar: toRequest(values), etag },
      {
        onSuccess: () => {
          message.success(t('calendar.saved'));
          onClose();
        },
        onError: (error) => showProblemOnForm(form, error, language, FIELDS),
      },
    );

  return (
    <Drawer
      open
      size="large"
      title={t('calendar.editTitle')}
      onClose={onClose}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('cancel', { ns: 'common' })}</Button>
          <Button type="primary" loading={replace.isPending} onClick={() => form.submit()}>
            {t('calendar.replace')}
          </Button>
        </Space>
      }
    >
      {replace.error && <ProblemAlert error={replace.error} />}
      <Form<Values> form={form} name="office-calendar" layout="vertical" initialValues={toValues(calendar)} onFinish={submit}>
        <Form.Item name="zone" label={t('calendar.zone')} rules={[{ required: true, message: t('calendar.zoneRequired') }]}>
          <Select showSearch options={zones} />
        </Form.Item>
        <Form.Item
          name="weekend"
          label={t('calendar.weekend')}
          rules={[{ type: 'array', max: 3, message: t('calendar.weekendTooLong') }]}
        >
          <Checkbox.Group options={DAYS_OF_WEEK.map((day) => ({ value: day, label: t(`calendar.day.${day}`) }))} />
        </Form.Item>
        <Divider />
        <Typography.Title level={3} style={{ fontSize: 16 }}>
          {t('calendar.holidays')}
        </Typography.Title>
        <HolidayList form={form} />
        <Divider />
        <Typography.Title level={3} style={{ fontSize: 16 }}>
          {t('calendar.swappedDays')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('calendar.swappedHelp')}</Typography.Paragraph>
        <SwappedDayList form={form} />
      </Form>
      <Divider />
      <HolidayPeriod form={form} />
    </Drawer>
  );
}

function HolidayList({ form }: { form: FormInstance<Values> }) {
  const { t } = useTranslation('admin');
  return (
    <Form.List name="holidays">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => (
            <Space key={field.key} align="start" wrap>
              <Form.Item
                name={[field.name, 'date']}
                label={t('calendar.holidayDate', { n: index + 1 })}
                rules={[
                  { required: true, message: t('calendar.dateRequired') },
                  {
                    validator: (_, value?: Dayjs) => {
                      const same = (form.getFieldValue('holidays') as Values['holidays']).filter(
                        (holiday) => value && holiday?.date?.isSame(value, 'day'),
                      );
                      return same.length > 1 ? Promise.reject(new Error(t('calendar.holidayTwice'))) : Promise.resolve();
                    },
                  },
                ]}
              >
                <DatePicker />
              </Form.Item>
              <Form.Item
                name={[field.name, 'name']}
                label={t('calendar.holidayName', { n: index + 1 })}
                rules={[
                  { required: true, whitespace: true, message: t('calendar.nameRequired') },
                  { max: 100, message: t('calendar.nameTooLong') },
                ]}
              >
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item label=" ">
                <Button icon={<DeleteOutlined />} aria-label={t('calendar.removeHoliday', { n: index + 1 })} onClick={() => remove(field.name)} />
              </Form.Item>
            </Space>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add({})}>
            {t('calendar.addHoliday')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

function SwappedDayList({ form }: { form: FormInstance<Values> }) {
  const { t } = useTranslation('admin');
  const weekend = Form.useWatch('weekend', form) ?? [];
  const isWeekend = (date: Dayjs) => weekend.includes(dayOfWeek(date));
  return (
    <Form.List name="workingWeekendDays">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => (
            <Space key={field.key} align="start" wrap>
              <Form.Item
                name={field.name}
                label={t('calendar.swappedDate', { n: index + 1 })}
                dependencies={['weekend', 'holidays']}
                rules={[
                  { required: true, message: t('calendar.dateRequired') },
                  {
                    validator: (_, value?: Dayjs) => {
                      if (!value) return Promise.resolve();
                      if (!isWeekend(value)) return Promise.reject(new Error(t('calendar.notWeekend')));
                      const holidays = form.getFieldValue('holidays') as Values['holidays'];
                      if (holidays.some((holiday) => holiday?.date?.isSame(value, 'day'))) {
                        return Promise.reject(new Error(t('calendar.alsoHoliday')));
                      }
                      return Promise.resolve();
                    },
                  },
                ]}
              >
                <DatePicker disabledDate={(date) => !isWeekend(date)} />
              </Form.Item>
              <Form.Item label=" ">
                <Button icon={<DeleteOutlined />} aria-label={t('calendar.removeSwapped', { n: index + 1 })} onClick={() => remove(field.name)} />
              </Form.Item>
            </Space>
          ))}
          <div>
            <Button icon={<PlusOutlined />} onClick={() => add()}>
              {t('calendar.addSwapped')}
            </Button>
          </div>
        </>
      )}
    </Form.List>
  );
}

/** Adds every day of a holiday period (e.g. the eight days of the Spring Festival) under one name. */
function HolidayPeriod({ form }: { form: FormInstance<Values> }) {
  const { t } = useTranslation('admin');
  const [period, setPeriod] = useState<[Dayjs, Dayjs] | null>(null);
  const [name, setName] = useState('');
  const addPeriod = () => {
    if (!period || name.trim() === '') return;
    const holidays = (form.getFieldValue('holidays') as Values['holidays']) ?? [];
    const taken = new Set(holidays.map((holiday) => holiday.date?.format(ISO)));
    const added: Values['holidays'] = [];
    for (let day = period[0].startOf('day'); !day.isAfter(period[1], 'day'); day = day.add(1, 'day')) {
      if (!taken.has(day.format(ISO))) added.push({ date: day, name: name.trim() });
    }
    form.setFieldValue('holidays', [...holidays, ...added]);
    setPeriod(null);
    setName('');
  };
  return (
    <section aria-labelledby="holiday-period-title">
      <Typography.Title level={3} style={{ fontSize: 16 }} id="holiday-period-title">
        {t('calendar.period')}
      </Typography.Title>
      <Form layout="vertical" component="div" name="holiday-period">
        <Space align="end" wrap>
          <Form.Item label={t('calendar.periodDays')} htmlFor="holiday-period-days">
            <DatePicker.RangePicker id={{ start: 'holiday-period-days' }} value={period} onChange={(range) => setPeriod(range?.[0] && range[1] ? [range[0], range[1]] : null)} />
          </Form.Item>
          <Form.Item label={t('calendar.periodName')} htmlFor="holiday-period-name">
            <Input id="holiday-period-name" value={name} maxLength={100} onChange={(event) => setName(event.target.value)} />
          </Form.Item>
          <Form.Item>
            <Button icon={<PlusOutlined />} disabled={!period || name.trim() === ''} onClick={addPeriod}>
              {t('calendar.addPeriod')}
            </Button>
          </Form.Item>
        </Space>
      </Form>
    </section>
  );
}
