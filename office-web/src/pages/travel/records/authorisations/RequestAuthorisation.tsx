import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Form, Input, Row, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useEnumText } from '../shared/EnumTag';
import type { Category } from '../shared/enums';
import { FormModal } from '../shared/FormModal';
import { CountryInput, localDate, useCountryRules } from '../shared/ui';
import { useCommand } from '../shared/useCommand';
import { authorisations, AUTHORISATIONS_KEY, type AuthorisationRequest, type AuthorisedPerson } from './api';

interface Values {
  category: Category;
  purpose: string;
  people: AuthorisedPerson[];
  countries: string[];
  validFrom: Dayjs;
}

/**
 * A unit clerk asks for one approval covering many trips. Every category is offered: which ones qualify is
 * the office's policy, and the service names the eligible ones when the chosen one does not.
 */
export function RequestAuthorisation({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('travel');
  const { options } = useEnumText();
  const navigate = useNavigate();
  const countryRules = useCountryRules();
  const request = useCommand((body: AuthorisationRequest) => authorisations.request(body), {
    invalidate: [AUTHORISATIONS_KEY],
    done: t('records.authorisations.requested'),
    then: (created) => navigate(`/travel/authorisations/${encodeURIComponent(created.id)}`),
  });
  const required = { required: true, whitespace: true, message: t('records.form.required') };
  return (
    <FormModal<Values, AuthorisationRequest>
      name="request-authorisation"
      open={open}
      title={t('records.authorisations.request')}
      okText={t('records.authorisations.requestOk')}
      width={760}
      onClose={onClose}
      command={request}
      initialValues={{ people: [{ personId: '', name: '', post: '' }] }}
      toRequest={(values) => ({
        category: values.category,
        purpose: values.purpose.trim(),
        people: values.people.map((person) => ({ personId: person.personId.trim(), name: person.name.trim(), post: person.post?.trim() || undefined })),
        countries: values.countries,
        validFrom: localDate(values.validFrom)!,
      })}
    >
      {(field) => (
        <>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="category" label={t('records.authorisations.category')} rules={[{ required: true, message: t('records.form.required') }]} {...field('category')}>
                <Select options={options('category')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="validFrom" label={t('records.authorisations.validFrom')} rules={[{ required: true, message: t('records.form.required') }]} {...field('validFrom')}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="purpose" label={t('records.authorisations.purpose')} rules={[required, { max: 1000 }]} {...field('purpose')}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="countries" label={t('records.authorisations.countries')} {...countryRules} {...field('countries')}>
            <CountryInput />
          </Form.Item>
          <Form.Item label={t('records.authorisations.people')} required {...field('people', { exact: true })}>
            <Form.List name="people">
              {(rows, { add, remove }) => (
                <>
                  {rows.map((row, index) => (
                    <Space key={row.key} align="start" wrap style={{ display: 'flex' }}>
                      <Form.Item
                        name={[row.name, 'personId']}
                        label={t('records.authorisations.personId')}
                        rules={[required, { pattern: /^[A-Za-z0-9-]{1,40}$/, message: t('records.passports.personIdFormat') }]}
                        {...field(['people', index, 'personId'])}
                      >
                        <Input />
                      </Form.Item>
                      <Form.Item name={[row.name, 'name']} label={t('records.authorisations.name')} rules={[required, { max: 100 }]} {...field(['people', index, 'name'])}>
                        <Input />
                      </Form.Item>
                      <Form.Item name={[row.name, 'post']} label={t('records.authorisations.post')} rules={[{ max: 100 }]} {...field(['people', index, 'post'])}>
                        <Input />
                      </Form.Item>
                      {rows.length > 1 && (
                        <Button
                          type="text"
                          icon={<MinusCircleOutlined />}
                          aria-label={t('records.authorisations.removePerson', { index: index + 1 })}
                          onClick={() => remove(row.name)}
                          style={{ marginTop: 30 }}
                        />
                      )}
                    </Space>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ personId: '', name: '', post: '' })}>
                    {t('records.authorisations.addPerson')}
                  </Button>
                </>
              )}
            </Form.List>
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
