import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Divider, Form, Input, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { local } from '../../../text';
import { ITEM_KINDS, type Interpreter, type ItemKind, type ScheduleItem, type Venue, type Visit } from '../model';
import { languageName, localText, NS, optional, useLanguage } from '../shared';

interface Values {
  start?: Dayjs;
  end?: Dayjs;
  kind?: ItemKind;
  title?: { zh?: string; en?: string };
  venueId?: string;
  place?: string;
  officials?: { name?: string; title?: string }[];
  interpreters?: { interpreterId?: string; language?: string }[];
}

/** Office time as the plan API reads it: a local date-time without zone. */
const OFFICE_TIME = 'YYYY-MM-DDTHH:mm:ss';

export function toScheduleItem(id: string, values: Values): ScheduleItem {
  return {
    id,
    start: values.start!.format(OFFICE_TIME),
    end: values.end!.format(OFFICE_TIME),
    kind: values.kind!,
    title: localText(values.title?.zh, values.title?.en) ?? { zh: '' },
    venueId: optional(values.venueId),
    place: optional(values.place),
    officials: (values.officials ?? []).filter((official) => official.name?.trim()).map((official) => ({ name: official.name!.trim(), title: optional(official.title) })),
    interpreters: (values.interpreters ?? [])
      .filter((assignment) => assignment.interpreterId && assignment.language)
      .map((assignment) => ({ interpreterId: assignment.interpreterId!, language: assignment.language! })),
  };
}

function toValues(item: ScheduleItem | undefined, visit: Visit): Values {
  if (!item) {
    const first = dayjs(`${visit.arrivalDate}T09:00:00`);
    return { start: first, end: first.add(1, 'hour'), kind: 'MEETING', title: {}, officials: [], interpreters: [] };
  }
  return {
    ...item,
    start: dayjs(item.start),
    end: dayjs(item.end),
    officials: item.officials ?? [],
    interpreters: item.interpreters ?? [],
  };
}

/**
 * One schedule item: when (office time), what, where (an office venue or a place in words), who accompanies
 * and which interpreter works in which language. Only active venues and interpreters are offered; the
 * service checks double bookings, availability, languages and seats when the plan is saved.
 */
export function ItemForm({
  visit,
  item,
  venues,
  interpreters,
  onDone,
  onCancel,
}: {
  visit: Visit;
  item?: ScheduleItem;
  venues: Venue[];
  interpreters: Interpreter[];
  onDone: (item: ScheduleItem) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(NS);
  const language = useLanguage();
  const [form] = Form.useForm<Values>();
  const chosen = Form.useWatch('interpreters', form) ?? [];
  const byId = new Map(interpreters.map((interpreter) => [interpreter.id, interpreter]));
  const required = { required: true, message: t('visitForm.required') };
  // Items lie within the visit's days (ITEM_OUTSIDE_VISIT): other days are not offered.
  const outsideVisit = (day: Dayjs) => day.isBefore(dayjs(visit.arrivalDate), 'day') || day.isAfter(dayjs(visit.departureDate), 'day');
  return (
    <Modal
      open
      width={860}
      title={item ? t('plan.editItemTitle') : t('plan.addItemTitle')}
      okText={t('plan.keepItem')}
      cancelText={t('cancel', { ns: 'common' })}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={toValues(item, visit)}
        onFinish={(values) => onDone(toScheduleItem(item?.id ?? crypto.randomUUID(), values))}
      >
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Form.Item name="start" label={t('plan.start')} rules={[required]}>
              <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format="YYYY-MM-DD HH:mm" disabledDate={outsideVisit} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="end"
              label={t('plan.end')}
              dependencies={['start']}
              rules={[
                required,
                ({ getFieldValue }) => ({
                  validator: (_, value?: Dayjs) => {
                    const start: Dayjs | undefined = getFieldValue('start');
                    return value && start && !value.isAfter(start) ? Promise.reject(new Error(t('plan.endAfterStart'))) : Promise.resolve();
                  },
                }),
              ]}
            >
              <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format="YYYY-MM-DD HH:mm" disabledDate={outsideVisit} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="kind" label={t('plan.kind')} rules={[required]}>
              <Select options={ITEM_KINDS.map((kind) => ({ value: kind, label: t(`itemKind.${kind}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['title', 'zh']} label={t('plan.titleZh')} rules={[{ ...required, whitespace: true }, { max: 200 }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['title', 'en']} label={t('plan.titleEn')} rules={[{ max: 200 }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="venueId" label={t('plan.venue')}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                options={venues
                  .filter((venue) => venue.active || venue.id === item?.venueId)
                  .map((venue) => ({ value: venue.id, label: `${local(venue.name, language)} · ${t('plan.seats', { count: venue.capacity })}` }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="place" label={t('plan.place')} rules={[{ max: 300 }]}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">{t('plan.interpreters')}</Divider>
        <Form.List name="interpreters">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => {
                const languages = byId.get(chosen[field.name]?.interpreterId ?? '')?.languages ?? [];
                return (
                  <Row key={field.key} gutter={8} align="bottom">
                    <Col xs={24} md={12}>
                      <Form.Item name={[field.name, 'interpreterId']} label={t('plan.interpreterN', { n: index + 1 })} rules={[required]}>
                        <Select
                          showSearch={{ optionFilterProp: 'label' }}
                          options={interpreters
                            .filter((interpreter) => interpreter.active || item?.interpreters?.some((a) => a.interpreterId === interpreter.id))
                            .map((interpreter) => ({
                              value: interpreter.id,
                              label: `${interpreter.name} (${interpreter.languages.map((tag) => languageName(tag, language)).join(', ')})`,
                            }))}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={20} md={10}>
                      <Form.Item name={[field.name, 'language']} label={t('plan.languageN', { n: index + 1 })} rules={[required]}>
                        <Select options={languages.map((tag) => ({ value: tag, label: `${languageName(tag, language)} (${tag})` }))} />
                      </Form.Item>
                    </Col>
                    <Col xs={4} md={2}>
                      <Form.Item>
                        <Button type="text" icon={<MinusCircleOutlined aria-hidden />} aria-label={t('plan.removeInterpreter', { n: index + 1 })} onClick={() => remove(field.name)} />
                      </Form.Item>
                    </Col>
                  </Row>
                );
              })}
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({})}>
                {t('plan.addInterpreter')}
              </Button>
            </>
          )}
        </Form.List>
        <Divider titlePlacement="start">{t('plan.officials')}</Divider>
        <Form.List name="officials">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Row key={field.key} gutter={8} align="bottom">
                  <Col xs={24} md={11}>
                    <Form.Item name={[field.name, 'name']} label={t('plan.officialName', { n: index + 1 })} rules={[{ ...required, whitespace: true }, { max: 100 }]}>
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col xs={20} md={11}>
                    <Form.Item name={[field.name, 'title']} label={t('plan.officialTitle', { n: index + 1 })} rules={[{ max: 100 }]}>
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col xs={4} md={2}>
                    <Form.Item>
                      <Button type="text" icon={<MinusCircleOutlined aria-hidden />} aria-label={t('plan.removeOfficial', { n: index + 1 })} onClick={() => remove(field.name)} />
                    </Form.Item>
                  </Col>
                </Row>
              ))}
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({})}>
                {t('plan.addOfficial')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
