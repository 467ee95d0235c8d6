import { Button, Card, Col, DatePicker, Form, Input, Row, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import type { BilingualRequest, ProfileRequest, ProfileTextView } from '../api/types';
import { useLabels } from '../shared/labels';
import { fieldFeedback } from '../shared/problems';

interface Bilingual {
  zh?: string;
  en?: string;
}

export interface ProfileValues {
  name: Bilingual;
  basics?: Bilingual;
  economyAndTrade?: Bilingual;
  cultureAndEtiquette?: Bilingual;
  entryRequirements?: Bilingual;
  consularContacts?: { name?: Bilingual; address?: Bilingual; phone?: string; website?: string; emergencyHotline?: string }[];
  sources?: { title?: string; address?: string }[];
  lastReviewedOn?: Dayjs;
}

const SECTIONS = ['basics', 'economyAndTrade', 'cultureAndEtiquette', 'entryRequirements'] as const;

function blank(value: string | undefined): string | undefined {
  return value?.trim() || undefined;
}

/** A text in Chinese and English; none at all when the Chinese (required by the service) is empty. */
function bilingual(text: Bilingual | undefined): BilingualRequest | undefined {
  const zh = blank(text?.zh);
  return zh ? { zh, en: blank(text?.en) } : undefined;
}

export function toProfileRequest(values: ProfileValues): ProfileRequest {
  return {
    name: bilingual(values.name) ?? { zh: '' },
    basics: bilingual(values.basics),
    economyAndTrade: bilingual(values.economyAndTrade),
    cultureAndEtiquette: bilingual(values.cultureAndEtiquette),
    entryRequirements: bilingual(values.entryRequirements),
    consularContacts: values.consularContacts?.map((contact) => ({
      name: bilingual(contact.name) ?? { zh: '' },
      address: bilingual(contact.address),
      phone: blank(contact.phone),
      website: blank(contact.website),
      emergencyHotline: blank(contact.emergencyHotline),
    })),
    sources: values.sources?.map((source) => ({ title: source.title?.trim() ?? '', address: source.address?.trim() ?? '' })),
    lastReviewedOn: values.lastReviewedOn?.format('YYYY-MM-DD'),
  };
}

export function toProfileValues(text: ProfileTextView | undefined): Partial<ProfileValues> {
  if (!text) return {};
  return {
    name: text.name,
    basics: text.basics,
    economyAndTrade: text.economyAndTrade,
    cultureAndEtiquette: text.cultureAndEtiquette,
    entryRequirements: text.entryRequirements,
    consularContacts: text.consularContacts,
    sources: text.sources,
    lastReviewedOn: text.lastReviewedOn ? dayjs(text.lastReviewedOn) : undefined,
  };
}

/**
 * The fields of a profile's text, each in Chinese and English side by side (the Chinese required when the
 * English is given). `prefix` is how the service names them in its problems (`profile.` when opening).
 */
export function ProfileFields({ error, prefix = '' }: { error: unknown; prefix?: string }) {
  const { t, language } = useLabels();
  const feedback = (path: string) => fieldFeedback(error, [`${prefix}${path}`], language);
  const pair = (path: (string | number)[], dotted: string, label: string, multiline: boolean, required = false) => {
    const Control = multiline ? Input.TextArea : Input;
    const props = multiline ? { rows: 4, maxLength: 20000 } : { maxLength: 300 };
    return (
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name={[...path, 'zh']}
            label={t('countries.inChinese', { field: label })}
            dependencies={[[...path, 'en']]}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value?: string) =>
                  blank(value) || (!required && !blank(getFieldValue([...path, 'en']))) ? Promise.resolve() : Promise.reject(new Error(t('countries.chineseRequired'))),
              }),
            ]}
            {...feedback(`${dotted}.zh`)}
          >
            <Control {...props} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={[...path, 'en']} label={t('countries.inEnglish', { field: label })} {...feedback(`${dotted}.en`)}>
            <Control {...props} />
          </Form.Item>
        </Col>
      </Row>
    );
  };

  return (
    <>
      {pair(['name'], 'name', t('countries.name'), false, true)}
      {SECTIONS.map((section) => (
        <div key={section}>{pair([section], section, t(`countries.section.${section}`), true)}</div>
      ))}
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('countries.section.consularContacts')}
      </Typography.Title>
      <Form.List name="consularContacts">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Card
                key={field.key}
                size="small"
                style={{ marginBottom: 12 }}
                title={t('countries.contactNumber', { number: index + 1 })}
                extra={
                  <Button type="text" icon={<MinusCircleOutlined aria-hidden />} onClick={() => remove(field.name)}>
                    {t('countries.removeContact', { number: index + 1 })}
                  </Button>
                }
              >
                {pair([field.name, 'name'], `consularContacts[${index}].name`, t('countries.contact.name'), false, true)}
                {pair([field.name, 'address'], `consularContacts[${index}].address`, t('countries.contact.address'), false)}
                <Row gutter={16}>
                  <Col xs={24} md={8}>
                    <Form.Item name={[field.name, 'phone']} label={t('countries.contact.phone')} {...feedback(`consularContacts[${index}].phone`)}>
                      <Input maxLength={50} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item name={[field.name, 'emergencyHotline']} label={t('countries.contact.emergencyHotline')} {...feedback(`consularContacts[${index}].emergencyHotline`)}>
                      <Input maxLength={50} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item
                      name={[field.name, 'website']}
                      label={t('countries.contact.website')}
                      rules={[{ type: 'url', message: t('countries.addressInvalid') }]}
                      {...feedback(`consularContacts[${index}].website`)}
                    >
                      <Input maxLength={2000} />
                    </Form.Item>
                  </Col>
                </Row>
              </Card>
            ))}
            <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add()} disabled={fields.length >= 20} style={{ marginBottom: 16 }}>
              {t('countries.addContact')}
            </Button>
          </>
        )}
      </Form.List>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('countries.section.sources')}
      </Typography.Title>
      <Form.List name="sources">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Row gutter={16} key={field.key} align="bottom">
                <Col xs={24} md={10}>
                  <Form.Item
                    name={[field.name, 'title']}
                    label={t('countries.sourceTitle', { number: index + 1 })}
                    rules={[{ required: true, whitespace: true, message: t('countries.sourceTitleRequired') }]}
                    {...feedback(`sources[${index}].title`)}
                  >
                    <Input maxLength={300} />
                  </Form.Item>
                </Col>
                <Col xs={20} md={12}>
                  <Form.Item
                    name={[field.name, 'address']}
                    label={t('countries.sourceAddress', { number: index + 1 })}
                    rules={[
                      { required: true, whitespace: true, message: t('countries.sourceAddressRequired') },
                      { type: 'url', message: t('countries.addressInvalid') },
                    ]}
                    {...feedback(`sources[${index}].address`)}
                  >
                    <Input maxLength={2000} />
                  </Form.Item>
                </Col>
                <Col xs={4} md={2}>
                  <Form.Item>
                    <Button type="text" icon={<MinusCircleOutlined aria-hidden />} aria-label={t('countries.removeSource', { number: index + 1 })} onClick={() => remove(field.name)} />
                  </Form.Item>
                </Col>
              </Row>
            ))}
            <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add()} disabled={fields.length >= 50} style={{ marginBottom: 16 }}>
              {t('countries.addSource')}
            </Button>
          </>
        )}
      </Form.List>
      <Form.Item name="lastReviewedOn" label={t('countries.lastReviewedOn')} {...feedback('lastReviewedOn')}>
        <DatePicker />
      </Form.Item>
    </>
  );
}
