import { App, Checkbox, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useRecordHospitality } from '../api';
import { guestName } from '../guests/guestName';
import { BANQUET_KINDS, RANKS, RECIPIENT_ROLES, type Guest, type Hospitality, type HospitalityKind, type Visit } from '../model';
import { NS, optional, problemProps, useLanguage } from '../shared';

type Values = Record<string, unknown> & {
  date?: Dayjs;
  givenOn?: Dayjs | null;
  receivedOn?: Dayjs;
  description?: string;
  hostName?: string;
  from?: string;
  receivedBy?: string;
};

const day = (value: Dayjs | null | undefined) => value?.format('YYYY-MM-DD');

/** The request body of each kind of entry, as HospitalityRequests names its fields. */
export function hospitalityBody(kind: HospitalityKind, values: Values): Record<string, unknown> {
  switch (kind) {
    case 'banquets':
      return {
        kind: values.kind,
        date: day(values.date),
        hostName: values.hostName?.trim(),
        hostRank: values.hostRank,
        headcount: values.headcount,
        costPerHeadYuan: values.costPerHeadYuan,
      };
    case 'gifts-given':
      return {
        guestId: values.guestId,
        recipientRole: values.recipientRole,
        recipientRank: values.recipientRank,
        giverRank: values.giverRank,
        valueYuan: values.valueYuan,
        firstVisit: values.firstVisit === true,
        inReturn: values.inReturn === true,
        description: optional(values.description),
        givenOn: day(values.givenOn),
      };
    case 'gifts-received':
      return {
        from: values.from?.trim(),
        receivedBy: values.receivedBy?.trim(),
        valueYuan: values.valueYuan,
        receivedOn: day(values.receivedOn),
        description: values.description?.trim(),
      };
  }
}

/** Records a banquet, a gift given or a gift received; each rule broken shows at the field it concerns. */
export function HospitalityForm({
  kind,
  visit,
  hospitality,
  guests,
  onClose,
}: {
  kind: HospitalityKind;
  visit: Visit;
  hospitality: Hospitality;
  guests: Guest[];
  onClose: () => void;
}) {
  const { t } = useTranslation(NS);
  const language = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const record = useRecordHospitality(visit.id, hospitality);
  const at = (...fields: string[]) => problemProps(record.error, language, ...fields);
  const required = { required: true, message: t('visitForm.required') };
  const ranks = RANKS.map((rank) => ({ value: rank, label: t(`rank.${rank}`) }));
  const money = <InputNumber min={0} precision={2} style={{ width: '100%' }} suffix="¥" />;

  // The recipient's role, rank and first visit follow from the guest list; the officer may still change them.
  const chooseGuest = (guestId: string) => {
    const guest = guests.find((one) => one.id === guestId);
    if (!guest) return;
    form.setFieldsValue({
      recipientRank: guest.rank,
      recipientRole: guest.headOfDelegation ? 'HEAD_OF_DELEGATION' : guest.spouseOf ? 'SPOUSE' : form.getFieldValue('recipientRole'),
      firstVisit: guest.firstVisitToCity,
    });
  };

  return (
    <Modal
      open
      width={720}
      title={t(`hospitality.add.${kind}`)}
      okText={t('save', { ns: 'common' })}
      cancelText={t('cancel', { ns: 'common' })}
      okButtonProps={{ loading: record.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={kind === 'banquets' ? { kind: 'BANQUET', headcount: visit.guestCount } : { firstVisit: false, inReturn: false }}
        onFinish={(values) =>
          record.mutate(
            { kind, body: hospitalityBody(kind, values) },
            {
              onSuccess: () => {
                void message.success(t('hospitality.recorded'));
                onClose();
              },
            },
          )
        }
      >
        {kind === 'banquets' && (
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Form.Item name="kind" label={t('hospitality.kind')} rules={[required]} {...at('kind')}>
                <Select options={BANQUET_KINDS.map((code) => ({ value: code, label: t(`banquetKind.${code}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="date" label={t('hospitality.date')} rules={[required]} {...at('date')}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="hostName" label={t('hospitality.hostName')} rules={[{ ...required, whitespace: true }, { max: 100 }]} {...at('hostName')}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="hostRank" label={t('hospitality.hostRank')} rules={[required]} {...at('hostRank')}>
                <Select options={ranks} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="headcount" label={t('hospitality.headcount')} rules={[required]} {...at('headcount')}>
                <InputNumber min={1} max={1000} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="costPerHeadYuan" label={t('hospitality.costPerHead')} rules={[required]} {...at('costPerHeadYuan')}>
                {money}
              </Form.Item>
            </Col>
          </Row>
        )}
        {kind === 'gifts-given' && (
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Form.Item name="guestId" label={t('hospitality.recipient')} rules={[required]} {...at('guestId')}>
                <Select onChange={chooseGuest} options={guests.map((guest) => ({ value: guest.id, label: guestName(guest) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="recipientRole" label={t('hospitality.recipientRole')} rules={[required]} {...at('recipientRole')}>
                <Select options={RECIPIENT_ROLES.map((role) => ({ value: role, label: t(`recipientRole.${role}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="recipientRank" label={t('hospitality.recipientRank')} rules={[required]} {...at('recipientRank')}>
                <Select options={ranks} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="giverRank" label={t('hospitality.giverRank')} rules={[required]} {...at('giverRank')}>
                <Select options={ranks} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="valueYuan" label={t('hospitality.value')} rules={[required]} {...at('valueYuan')}>
                {money}
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="givenOn" label={t('hospitality.givenOn')} {...at('givenOn')}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12}>
              <Form.Item name="firstVisit" valuePropName="checked" {...at('firstVisit')}>
                <Checkbox>{t('guests.firstVisit')}</Checkbox>
              </Form.Item>
            </Col>
            <Col xs={12}>
              <Form.Item name="inReturn" valuePropName="checked" {...at('inReturn')}>
                <Checkbox>{t('hospitality.inReturn')}</Checkbox>
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="description" label={t('hospitality.description')} rules={[{ max: 500 }]} {...at('description')}>
                <Input />
              </Form.Item>
            </Col>
          </Row>
        )}
        {kind === 'gifts-received' && (
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Form.Item name="from" label={t('hospitality.from')} rules={[{ ...required, whitespace: true }, { max: 200 }]} {...at('from')}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="receivedBy" label={t('hospitality.receivedBy')} rules={[{ ...required, whitespace: true }, { max: 100 }]} {...at('receivedBy')}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="valueYuan" label={t('hospitality.value')} rules={[required]} {...at('valueYuan')}>
                {money}
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="receivedOn" label={t('hospitality.receivedOn')} rules={[required]} {...at('receivedOn')}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="description" label={t('hospitality.description')} rules={[{ ...required, whitespace: true }, { max: 500 }]} {...at('description')}>
                <Input />
              </Form.Item>
            </Col>
          </Row>
        )}
        {record.error != null && <ProblemAlert error={record.error} />}
      </Form>
    </Modal>
  );
}
