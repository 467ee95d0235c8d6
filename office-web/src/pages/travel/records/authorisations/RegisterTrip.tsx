import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../shared/FormModal';
import { localDate } from '../shared/ui';
import { useCommand } from '../shared/useCommand';
import { authorisations, AUTHORISATIONS_KEY, type Authorisation, type TripRequest } from './api';

interface Values {
  personIds: string[];
  countries: string[];
  departureDate: Dayjs;
  returnDate: Dayjs;
  purpose: string;
}

/**
 * The unit's clerk registers a trip under a granted authorisation instead of a full review. The people and
 * countries are picked from those it covers; the service checks the dates against its validity, the days
 * abroad and the unit's overdue passports, and its findings are shown next to the field concerned.
 */
export function RegisterTrip({ authorisation, open, onClose }: { authorisation: Authorisation; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('travel');
  const register = useCommand((trip: TripRequest) => authorisations.registerTrip(authorisation, trip), {
    invalidate: [AUTHORISATIONS_KEY],
    done: t('records.authorisations.tripRegistered'),
  });
  const required = { required: true, message: t('records.form.required') };
  return (
    <FormModal<Values, TripRequest>
      name="register-trip"
      open={open}
      title={t('records.authorisations.registerTrip')}
      okText={t('records.authorisations.registerTripOk')}
      width={640}
      onClose={onClose}
      command={register}
      toRequest={(values) => ({
        personIds: values.personIds,
        countries: values.countries,
        departureDate: localDate(values.departureDate)!,
        returnDate: localDate(values.returnDate)!,
        purpose: values.purpose.trim(),
      })}
    >
      {(field) => (
        <>
          <Form.Item name="personIds" label={t('records.authorisations.travellers')} rules={[{ ...required, type: 'array', min: 1 }]} {...field('personIds')}>
            <Select mode="multiple" options={authorisation.people.map((person) => ({ value: person.personId, label: `${person.name} (${person.personId})` }))} />
          </Form.Item>
          <Form.Item name="countries" label={t('records.authorisations.countries')} rules={[{ ...required, type: 'array', min: 1 }]} {...field('countries')}>
            <Select mode="multiple" options={authorisation.countries.map((code) => ({ value: code, label: code }))} />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} sm={12}>
              <Form.Item name="departureDate" label={t('records.authorisations.departureDate')} rules={[required]} {...field('departureDate')}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item
                name="returnDate"
                label={t('records.authorisations.returnDate')}
                dependencies={['departureDate']}
                rules={[
                  required,
                  ({ getFieldValue }) => ({
                    validator: async (_, value: Dayjs | undefined) => {
                      const departure = getFieldValue('departureDate') as Dayjs | undefined;
                      if (value && departure && value.isBefore(departure, 'day')) throw new Error(t('records.form.returnBeforeDeparture'));
                    },
                  }),
                ]}
                {...field('returnDate')}
              >
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="purpose" label={t('records.authorisations.tripPurpose')} rules={[{ ...required, whitespace: true }, { max: 1000 }]} {...field('purpose')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
