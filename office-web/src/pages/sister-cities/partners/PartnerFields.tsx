import { Checkbox, Col, Form, Input, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { NS } from '../shared/api';
import { countryOptions } from '../shared/countries';
import { ADMINISTRATIVE_LEVELS } from '../shared/model';
import { useEnumOptions, useLanguage } from '../shared/options';

/**
 * The facts of a partner's file that the relationship rules read, as both the registration and the revision
 * ask for them; field names are the request's (`names.zh`), so the service's refusals land on them.
 */
export function PartnerFields({ withCountry }: { withCountry: boolean }) {
  const { t } = useTranslation(NS);
  const language = useLanguage();
  const levels = useEnumOptions(ADMINISTRATIVE_LEVELS, 'level');
  const required = [{ required: true, message: t('required') }];
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item name={['names', 'zh']} label={t('partners.nameZh')} rules={[...required, { max: 100 }]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={['names', 'en']} label={t('partners.nameEn')} rules={[...required, { max: 100 }]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={['names', 'local']} label={t('partners.nameLocal')} rules={[{ max: 100 }]}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        {withCountry && (
          <Col xs={24} md={12}>
            <Form.Item name="country" label={t('partners.country')} rules={required}>
              <Select showSearch={{ optionFilterProp: 'label' }} options={countryOptions(language)} />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} md={12}>
          <Form.Item name="region" label={t('partners.region')} rules={[{ max: 100 }]}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="administrativeLevel" label={t('partners.level')} rules={required} extra={t('partners.levelHelp')}>
        <Select options={levels} />
      </Form.Item>
      <Form.Item name="diplomaticRelations" label={t('partners.diplomaticRelations')} rules={required}>
        <Radio.Group
          options={[
            { value: true, label: t('yes', { ns: 'common' }) },
            { value: false, label: t('no', { ns: 'common' }) },
          ]}
        />
      </Form.Item>
      <Form.Item name="otherChineseSisterCity" valuePropName="checked" extra={t('partners.otherChineseSisterCityHelp')}>
        <Checkbox>{t('partners.otherChineseSisterCity')}</Checkbox>
      </Form.Item>
    </>
  );
}
