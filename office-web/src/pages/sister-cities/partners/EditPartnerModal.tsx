import { Button, Card, Col, Form, Input, Row, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ActionModal } from '../shared/ActionModal';
import { NS, useAct } from '../shared/api';
import type { InvalidValueField } from '../shared/problems';
import { PARTNERS, type PartnerCity, type RevisePartnerCity } from './api';
import { PartnerFields } from './PartnerFields';

/** The partner file holds at most this many contacts (PartnerCity.MAX_CONTACTS). */
const MAX_CONTACTS = 30;

/**
 * A website inside a network (the SSRF guard), a malformed e-mail or language tag are refused by the
 * service's value objects as 400 invalid-value without a field name; their messages say which part it is.
 */
const invalidValueField: InvalidValueField = (detail) => {
  if (/web address/i.test(detail)) return 'website';
  if (/e-mail|language tag|contact/i.test(detail)) return 'contacts';
  return undefined;
};

/** The sister-city officer revises the partner's file (If-Match): everything but the country. */
export function EditPartnerModal({ partner, open, onClose }: { partner: PartnerCity; open: boolean; onClose: () => void }) {
  const { t } = useTranslation(NS);
  const act = useAct();
  const initialValues: RevisePartnerCity = {
    names: partner.names,
    region: partner.region,
    administrativeLevel: partner.administrativeLevel,
    diplomaticRelations: partner.diplomaticRelations,
    otherChineseSisterCity: partner.otherChineseSisterCity,
    profile: partner.profile,
    website: partner.website,
    contacts: partner.contacts ?? [],
  };
  return (
    <ActionModal<RevisePartnerCity>
      open={open}
      title={t('partners.edit')}
      okText={t('save', { ns: 'common' })}
      width={820}
      initialValues={initialValues}
      invalidValueField={invalidValueField}
      onClose={onClose}
      onSubmit={(values) =>
        act.mutateAsync({
          path: `${PARTNERS}/${encodeURIComponent(partner.id)}`,
          method: 'PUT',
          version: partner.version,
          body: {
            ...values,
            otherChineseSisterCity: values.otherChineseSisterCity ?? false,
            profile: values.profile?.zh || values.profile?.en ? values.profile : undefined,
            website: values.website?.trim() || undefined,
            contacts: values.contacts ?? [],
          },
        })
      }
    >
      <PartnerFields withCountry={false} />
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name={['profile', 'zh']} label={t('partners.profileZh')} rules={[{ max: 4000 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['profile', 'en']} label={t('partners.profileEn')} rules={[{ max: 4000 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="website"
        label={t('partners.website')}
        extra={t('partners.websiteHelp')}
        rules={[{ type: 'url', message: t('partners.websiteInvalid') }]}
      >
        <Input inputMode="url" placeholder="https://" />
      </Form.Item>
      <Form.List
        name="contacts"
        rules={[
          {
            validator: async (_, contacts: unknown[] | undefined) => {
              if ((contacts ?? []).length > MAX_CONTACTS) throw new Error(t('partners.tooManyContacts', { max: MAX_CONTACTS }));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <Space orientation="vertical" style={{ width: '100%' }}>
            {fields.map((field, index) => (
              <Card
                key={field.key}
                size="small"
                title={t('partners.contactNumber', { number: index + 1 })}
                extra={
                  <Button size="small" onClick={() => remove(field.name)}>
                    {t('partners.removeContact', { number: index + 1 })}
                  </Button>
                }
              >
                <Row gutter={12}>
                  <Col xs={24} md={12}>
                    <Form.Item name={[field.name, 'name']} label={t('partners.contactName')} rules={[{ required: true, message: t('required') }, { max: 100 }]}>
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name={[field.name, 'role']} label={t('partners.contactRole')} rules={[{ max: 200 }]}>
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name={[field.name, 'organisation']} label={t('partners.contactOrganisation')} rules={[{ max: 200 }]}>
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name={[field.name, 'email']} label={t('partners.contactEmail')} rules={[{ type: 'email', message: t('partners.emailInvalid') }]}>
                      <Input inputMode="email" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name={[field.name, 'phone']} label={t('partners.contactPhone')} rules={[{ max: 50 }]}>
                      <Input inputMode="tel" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name={[field.name, 'languages']} label={t('partners.contactLanguages')} extra={t('partners.contactLanguagesHelp')}>
                      <Select mode="tags" tokenSeparators={[',', ' ']} open={false} />
                    </Form.Item>
                  </Col>
                </Row>
              </Card>
            ))}
            <Form.ErrorList errors={errors} />
            <Button onClick={() => add({})} disabled={fields.length >= MAX_CONTACTS}>
              {t('partners.addContact')}
            </Button>
          </Space>
        )}
      </Form.List>
    </ActionModal>
  );
}
