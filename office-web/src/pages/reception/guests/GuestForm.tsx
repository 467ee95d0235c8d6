import { App, Checkbox, Col, DatePicker, Divider, Form, Input, Modal, Row, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useSaveGuest } from '../api';
import { RANKS, type Guest, type GuestList, type GuestRequest, type Rank, type Visit } from '../model';
import { countryOptions, NS, optional, problemProps, useLanguage } from '../shared';
import { guestName } from './guestName';

interface Values {
  nativeName?: string;
  latinName?: string;
  title?: string;
  organisation?: string;
  country?: string;
  rank?: Rank;
  rankSince?: Dayjs | null;
  serving?: boolean;
  headOfDelegation?: boolean;
  spouseOf?: string;
  dietaryNeeds?: string;
  religiousNeeds?: string;
  firstVisitToCity?: boolean;
  hasPassport?: boolean;
  passport?: { number?: string; dateOfBirth?: Dayjs | null; nationality?: string; expiryDate?: Dayjs | null; issuingPost?: string };
}

const date = (value: Dayjs | null | undefined) => value?.format('YYYY-MM-DD');
const day = (value: string | undefined) => (value ? dayjs(value) : null);

export function toGuestRequest(values: Values): GuestRequest {
  const passport = values.passport;
  return {
    nativeName: optional(values.nativeName),
    latinName: optional(values.latinName),
    title: optional(values.title),
    organisation: optional(values.organisation),
    country: values.country ?? '',
    rank: values.rank ?? 'OTHER',
    rankSince: date(values.rankSince),
    serving: values.serving !== false,
    headOfDelegation: values.headOfDelegation === true,
    spouseOf: optional(values.spouseOf),
    dietaryNeeds: optional(values.dietaryNeeds),
    religiousNeeds: optional(values.religiousNeeds),
    firstVisitToCity: values.firstVisitToCity === true,
    passport:
      values.hasPassport && passport
        ? {
            number: optional(passport.number),
            dateOfBirth: date(passport.dateOfBirth),
            nationality: passport.nationality ?? '',
            expiryDate: date(passport.expiryDate) ?? '',
            issuingPost: optional(passport.issuingPost),
          }
        : undefined,
  };
}

function toValues(guest: Guest | undefined): Values {
  if (!guest) return { serving: true, headOfDelegation: false, firstVisitToCity: false, hasPassport: false };
  return {
    ...guest,
    rankSince: day(guest.rankSince),
    hasPassport: guest.passport !== undefined,
    passport: guest.passport && {
      // A masked number is not the number: sending it back would replace the real one, so it is left empty.
      number: guest.passport.masked ? undefined : guest.passport.number,
      dateOfBirth: day(guest.passport.dateOfBirth),
      nationality: guest.passport.nationality,
      expiryDate: day(guest.passport.expiryDate),
      issuingPost: guest.passport.issuingPost,
    },
  };
}

/**
 * Puts a guest on the list or changes one (reception officers, while the visit is open). The passport
 * number and date of birth stay in this dialog and the request body: never in an address or a log.
 */
export function GuestForm({ visit, list, guest, onClose }: { visit: Visit; list: GuestList; guest?: Guest; onClose: () => void }) {
  const { t } = useTranslation(NS);
  const language = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveGuest(visit.id, list);
  const hasPassport = Form.useWatch('hasPassport', form);
  const at = (...fields: string[]) => problemProps(save.error, language, ...fields);
  const countries = countryOptions(language);
  const others = list.guests.filter((other) => other.id !== guest?.id);

  const submit = (values: Values) =>
    save.mutate(
      { guestId: guest?.id, request: toGuestRequest(values) },
      {
        onSuccess: () => {
          void message.success(guest ? t('guests.saved') : t('guests.added'));
          onClose();
        },
      },
    );

  return (
    <Modal
      open
      width={860}
      title={guest ? t('guests.editTitle', { name: guestName(guest) }) : t('guests.addTitle')}
      okText={t('save', { ns: 'common' })}
      cancelText={t('cancel', { ns: 'common' })}
      okButtonProps={{ loading: save.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" initialValues={toValues(guest)} onFinish={submit}>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="nativeName" label={t('guests.nativeName')} rules={[{ max: 200 }]} {...at('nativeName')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="latinName"
              label={t('guests.latinName')}
              dependencies={['nativeName']}
              rules={[
                { max: 200 },
                ({ getFieldValue }) => ({
                  validator: (_, value?: string) =>
                    value?.trim() || getFieldValue('nativeName')?.trim() ? Promise.resolve() : Promise.reject(new Error(t('guests.nameRequired'))),
                }),
              ]}
              {...at('latinName')}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="title" label={t('guests.post')} rules={[{ max: 200 }]} {...at('title')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="organisation" label={t('guests.organisation')} rules={[{ max: 200 }]} {...at('organisation')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="country" label={t('guests.country')} rules={[{ required: true, message: t('visitForm.required') }]} {...at('country')}>
              <Select showSearch={{ optionFilterProp: 'label' }} options={countries} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="rank" label={t('guests.rank')} rules={[{ required: true, message: t('visitForm.required') }]} {...at('rank')}>
              <Select options={RANKS.map((rank) => ({ value: rank, label: t(`rank.${rank}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="rankSince" label={t('guests.rankSince')} {...at('rankSince')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="serving" label={t('guests.serving')} valuePropName="checked" {...at('serving')}>
              <Switch />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="headOfDelegation" label={t('guests.head')} valuePropName="checked" {...at('headOfDelegation')}>
              <Switch />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="firstVisitToCity" label={t('guests.firstVisit')} valuePropName="checked" {...at('firstVisitToCity')}>
              <Switch />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="spouseOf" label={t('guests.spouseOf')} {...at('spouseOf')}>
              <Select allowClear options={others.map((other) => ({ value: other.id, label: guestName(other) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="dietaryNeeds" label={t('guests.diet')} rules={[{ max: 500 }]} {...at('dietaryNeeds')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="religiousNeeds" label={t('guests.religion')} rules={[{ max: 500 }]} {...at('religiousNeeds')}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">{t('guests.passport')}</Divider>
        <Form.Item name="hasPassport" valuePropName="checked">
          <Checkbox>{t('guests.passportOnFile')}</Checkbox>
        </Form.Item>
        {hasPassport && (
          <Row gutter={12}>
            <Col xs={24} md={8}>
              <Form.Item
                name={['passport', 'number']}
                label={t('guests.passportNumber')}
                extra={guest?.passport?.masked ? t('guests.maskedHint') : undefined}
                {...at('passport.number')}
              >
                <Input autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name={['passport', 'dateOfBirth']} label={t('guests.dateOfBirth')} {...at('passport.dateOfBirth')}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name={['passport', 'nationality']}
                label={t('guests.nationality')}
                rules={[{ required: true, message: t('visitForm.required') }]}
                {...at('passport.nationality')}
              >
                <Select showSearch={{ optionFilterProp: 'label' }} options={countries} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name={['passport', 'expiryDate']}
                label={t('guests.expiryDate')}
                rules={[{ required: true, message: t('visitForm.required') }]}
                {...at('passport.expiryDate')}
              >
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item name={['passport', 'issuingPost']} label={t('guests.issuingPost')} extra={t('guests.issuingPostHint')} rules={[{ max: 200 }]} {...at('passport.issuingPost')}>
                <Input />
              </Form.Item>
            </Col>
          </Row>
        )}
        {save.error != null && <ProblemAlert error={save.error} />}
      </Form>
    </Modal>
  );
}
