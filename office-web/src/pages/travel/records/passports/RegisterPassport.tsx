import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useEnumText } from '../shared/EnumTag';
import type { PassportType, RankLevel } from '../shared/enums';
import { FormModal } from '../shared/FormModal';
import { localDate } from '../shared/ui';
import { useCommand } from '../shared/useCommand';
import { passports, PASSPORTS_KEY, type RegisterPassport as Request } from './api';

interface Values {
  personId: string;
  holderName: string;
  holderUnit: string;
  rank: RankLevel;
  type: PassportType;
  number: string;
  issuedOn: Dayjs;
  expiresOn: Dayjs;
}

/**
 * A passport officer registers an official passport taken into custody. The rules (one valid passport per
 * person, the type the holder's rank calls for, not expired) are the service's: what it finds broken is shown
 * next to the field concerned.
 */
export function RegisterPassport({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('travel');
  const { options } = useEnumText();
  const navigate = useNavigate();
  const register = useCommand((request: Request) => passports.register(request), {
    invalidate: [PASSPORTS_KEY],
    done: t('records.passports.registered'),
    then: (passport) => navigate(`/travel/passports/${encodeURIComponent(passport.id)}`),
  });
  const required = { required: true, message: t('records.form.required') };
  return (
    <FormModal<Values, Request>
      name="register-passport"
      open={open}
      title={t('records.passports.register')}
      okText={t('records.passports.registerOk')}
      width={720}
      onClose={onClose}
      command={register}
      toRequest={(values) => ({
        personId: values.personId.trim(),
        holderName: values.holderName.trim(),
        holderUnit: values.holderUnit.trim(),
        rank: values.rank,
        type: values.type,
        number: values.number,
        issuedOn: localDate(values.issuedOn)!,
        expiresOn: localDate(values.expiresOn)!,
      })}
    >
      {(field) => (
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="personId"
              label={t('records.passports.personId')}
              rules={[required, { pattern: /^[A-Za-z0-9-]{1,40}$/, message: t('records.passports.personIdFormat') }]}
              {...field('personId')}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="holderName" label={t('records.passports.holderName')} rules={[required, { max: 100 }]} {...field('holderName')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="holderUnit" label={t('records.passports.holderUnit')} rules={[required, { max: 60 }]} {...field('holderUnit')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="rank" label={t('records.passports.rank')} rules={[required]} {...field('rank')}>
              <Select options={options('rank')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="type" label={t('records.passports.type')} rules={[required]} {...field('type')}>
              <Select options={options('passportType')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="number"
              label={t('records.passports.number')}
              normalize={(value: string) => value.toUpperCase()}
              rules={[required, { pattern: /^[A-Z0-9]{6,12}$/, message: t('records.passports.numberFormat') }]}
              {...field('number')}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="issuedOn" label={t('records.passports.issuedOn')} rules={[required]} {...field('issuedOn')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="expiresOn" label={t('records.passports.expiresOn')} rules={[required]} {...field('expiresOn')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      )}
    </FormModal>
  );
}
