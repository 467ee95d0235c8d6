import { Button, Card, Col, DatePicker, Form, Input, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { NS } from '../shared/api';
import { toLocalDate } from '../shared/dates';
import type { Signing } from './api';

/** A signing as the form holds it: our signatory first, the partner's second, as the request lists them. */
export interface SigningValues {
  date: Dayjs;
  place: string;
  signatories: { name: string; title?: string }[];
  documents?: { language: string; ref: string; title?: string }[];
}

export function toSigning(values: SigningValues): Signing {
  const [ours, theirs] = values.signatories;
  return {
    date: toLocalDate(values.date) ?? '',
    place: values.place,
    signatories: [
      { side: 'OUR_CITY', ...ours },
      { side: 'PARTNER_CITY', ...theirs },
    ],
    documents: values.documents ?? [],
  };
}

/**
 * The letter of intent or agreement as signed: day, place, one signatory per side, the signed text per
 * language by its document-store reference. Named under `name` (`intent` or `agreement`) as in the request.
 */
export function SigningFields({ name }: { name: 'intent' | 'agreement' }) {
  const { t } = useTranslation(NS);
  const required = { required: true, message: t('required') };
  return (
    <Card size="small" title={t(`relationship.${name}`)} style={{ marginBottom: 16 }}>
      <Row gutter={12}>
        <Col xs={24} sm={10}>
          <Form.Item name={[name, 'date']} label={t('relationship.signedOn')} rules={[required]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={14}>
          <Form.Item name={[name, 'place']} label={t('relationship.place')} rules={[required, { max: 200 }]}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      {(['OUR_CITY', 'PARTNER_CITY'] as const).map((side, index) => (
        <Row gutter={12} key={side}>
          <Col xs={24} sm={12}>
            <Form.Item name={[name, 'signatories', index, 'name']} label={t(`side.${side}`)} rules={[required, { max: 100 }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name={[name, 'signatories', index, 'title']} label={t('relationship.signatoryTitle', { side: t(`side.${side}`) })} rules={[{ max: 200 }]}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
      ))}
      <Form.List name={[name, 'documents']}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Row gutter={8} key={field.key} align="bottom">
                <Col xs={24} sm={5}>
                  <Form.Item name={[field.name, 'language']} label={t('relationship.documentLanguage')} rules={[required, { pattern: /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, message: t('relationship.languageTag') }]}>
                    <Input placeholder="zh" />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={8}>
                  <Form.Item name={[field.name, 'ref']} label={t('relationship.documentRef')} rules={[required, { max: 300 }]}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={7}>
                  <Form.Item name={[field.name, 'title']} label={t('relationship.documentTitle')} rules={[{ max: 300 }]}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={4}>
                  <Form.Item>
                    <Button onClick={() => remove(field.name)}>{t('relationship.removeDocument', { number: index + 1 })}</Button>
                  </Form.Item>
                </Col>
              </Row>
            ))}
            <Button onClick={() => add({})}>{t('relationship.addDocument')}</Button>
          </>
        )}
      </Form.List>
    </Card>
  );
}
