import { App, Button, Card, Checkbox, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { RequireRoles } from '../../../components/RequireRoles';
import { local } from '../../../text';
import { usePartnerCities, useRequestVisit } from '../api';
import { HOSTING_MODES, VISIT_REQUESTERS, type HostingMode, type VisitRequest } from '../model';
import { countryName, countryOptions, localText, NS, optional, problemProps, useLanguage } from '../shared';

interface Values {
  title: { zh?: string; en?: string };
  invitingDepartment?: string;
  purpose?: { zh?: string; en?: string };
  partnerCityId?: string;
  countries?: string[];
  arrivalDate?: Dayjs;
  departureDate?: Dayjs;
  guestCount?: number;
  hostingMode?: HostingMode;
  reciprocityAgreement?: boolean;
  budgetYuan?: number | null;
}

export function toVisitRequest(values: Values): VisitRequest {
  return {
    title: localText(values.title?.zh, values.title?.en) ?? { zh: '' },
    invitingDepartment: values.invitingDepartment?.trim() ?? '',
    purpose: localText(values.purpose?.zh, values.purpose?.en),
    partnerCityId: optional(values.partnerCityId),
    countries: values.countries ?? [],
    arrivalDate: values.arrivalDate?.format('YYYY-MM-DD') ?? '',
    departureDate: values.departureDate?.format('YYYY-MM-DD') ?? '',
    guestCount: values.guestCount ?? 0,
    hostingMode: values.hostingMode ?? 'FULL',
    reciprocityAgreement: values.reciprocityAgreement === true,
    budgetYuan: values.budgetYuan ?? undefined,
  };
}

/** A reception or FAO officer requests a visit on behalf of the inviting department; the director approves it. */
export function NewVisitPage() {
  return (
    <RequireRoles roles={VISIT_REQUESTERS}>
      <VisitForm />
    </RequireRoles>
  );
}

function VisitForm() {
  const { t } = useTranslation(NS);
  const language = useLanguage();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const request = useRequestVisit();
  const partners = usePartnerCities(true);
  const arrival = Form.useWatch('arrivalDate', form);
  const departure = Form.useWatch('departureDate', form);
  const stay = arrival && departure && !departure.isBefore(arrival) ? departure.diff(arrival, 'day') + 1 : undefined;
  const error = request.error;
  const at = (...fields: string[]) => problemProps(error, language, ...fields);

  const submit = (values: Values) =>
    request.mutate(toVisitRequest(values), {
      onSuccess: (visit) => {
        void message.success(t('visitForm.requested'));
        navigate(`/reception/visits/${visit.id}`);
      },
    });

  return (
    <>
      <Typography.Title level={2}>{t('visitForm.title')}</Typography.Title>
      <Card>
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ hostingMode: 'FULL', reciprocityAgreement: false, title: {} }}
          scrollToFirstError
        >
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name={['title', 'zh']}
                label={t('visitForm.titleZh')}
                rules={[{ required: true, whitespace: true, message: t('visitForm.required') }, { max: 200 }]}
                {...at('title.zh', 'title')}
              >
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name={['title', 'en']} label={t('visitForm.titleEn')} rules={[{ max: 200 }]} {...at('title.en')}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="invitingDepartment"
                label={t('visit.invitingDepartment')}
                rules={[{ required: true, whitespace: true, message: t('visitForm.required') }, { max: 100 }]}
                {...at('invitingDepartment')}
              >
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="partnerCityId" label={t('visit.partnerCity')} {...at('partnerCityId')}>
                <Select
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={partners.isLoading}
                  disabled={partners.isError}
                  placeholder={partners.isError ? t('visitForm.partnersUnavailable') : t('visitForm.noPartner')}
                  options={(partners.data?.items ?? []).map((city) => ({
                    value: city.id,
                    label: `${local(city.names, language)} · ${countryName(city.country, language)}`,
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name={['purpose', 'zh']} label={t('visitForm.purposeZh')} {...at('purpose.zh', 'purpose')}>
                <Input.TextArea rows={2} maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name={['purpose', 'en']} label={t('visitForm.purposeEn')} {...at('purpose.en')}>
                <Input.TextArea rows={2} maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item
                name="countries"
                label={t('visit.countries')}
                rules={[{ required: true, type: 'array', min: 1, message: t('visitForm.countriesRequired') }]}
                {...at('countries')}
              >
                <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={countryOptions(language)} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} md={6}>
              <Form.Item
                name="arrivalDate"
                label={t('visit.arrivalDate')}
                rules={[{ required: true, message: t('visitForm.required') }]}
                {...at('arrivalDate')}
              >
                <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} md={6}>
              <Form.Item
                name="departureDate"
                label={t('visit.departureDate')}
                dependencies={['arrivalDate']}
                extra={stay !== undefined ? t('visitForm.stayDays', { count: stay }) : undefined}
                rules={[
                  { required: true, message: t('visitForm.required') },
                  ({ getFieldValue }) => ({
                    validator: (_, value?: Dayjs) => {
                      const from: Dayjs | undefined = getFieldValue('arrivalDate');
                      return value && from && value.isBefore(from, 'day')
                        ? Promise.reject(new Error(t('visitForm.departureBeforeArrival')))
                        : Promise.resolve();
                    },
                  }),
                ]}
                {...at('departureDate')}
              >
                <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} md={6}>
              <Form.Item
                name="guestCount"
                label={t('visit.guestCount')}
                rules={[{ required: true, message: t('visitForm.required') }]}
                {...at('guestCount')}
              >
                <InputNumber min={1} max={1000} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} md={6}>
              <Form.Item name="budgetYuan" label={t('visit.budgetYuan')} {...at('budgetYuan')}>
                <InputNumber min={0} precision={2} style={{ width: '100%' }} suffix="¥" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="hostingMode"
                label={t('visit.hostingMode')}
                rules={[{ required: true, message: t('visitForm.required') }]}
                extra={t('visitForm.hostingHint')}
                {...at('hostingMode')}
              >
                <Radio.Group options={HOSTING_MODES.map((mode) => ({ value: mode, label: t(`hosting.${mode}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="reciprocityAgreement" valuePropName="checked" label={t('visit.reciprocityAgreement')} {...at('reciprocityAgreement')}>
                <Checkbox>{t('visitForm.reciprocityYes')}</Checkbox>
              </Form.Item>
            </Col>
          </Row>
          {error != null && (
            <div style={{ marginBottom: 16 }}>
              <ProblemAlert error={error} />
            </div>
          )}
          <Space>
            <Button type="primary" htmlType="submit" loading={request.isPending}>
              {t('visitForm.submit')}
            </Button>
            <Button onClick={() => navigate('/reception/visits')}>{t('cancel', { ns: 'common' })}</Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}
