import { App, Col, Form, Input, InputNumber, Modal, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { RequireRoles } from '../../../components/RequireRoles';
import { local } from '../../../text';
import { useSaveResource, useVenues } from '../api';
import { VISIT_READERS, type Venue } from '../model';
import { localText, NS, problemProps, useLanguage } from '../shared';
import { ResourcePage } from './ResourcePage';

export interface VenueRequest {
  name: { zh: string; en?: string };
  address: string;
  capacity: number;
}

interface Values {
  name?: { zh?: string; en?: string };
  address?: string;
  capacity?: number;
}

export function toVenueRequest(values: Values): VenueRequest {
  return {
    name: localText(values.name?.zh, values.name?.en) ?? { zh: '' },
    address: values.address?.trim() ?? '',
    capacity: values.capacity ?? 0,
  };
}

/** The office's venues: where meetings, talks and banquets are held, with the seats each has. */
export function VenuesPage() {
  const { t } = useTranslation(NS);
  const language = useLanguage();
  return (
    <RequireRoles roles={VISIT_READERS}>
      <ResourcePage<Venue>
        kind="venues"
        useList={useVenues}
        nameOf={(venue) => local(venue.name, language)}
        columns={[
          { title: t('venues.name'), key: 'name', render: (_, venue) => local(venue.name, language) },
          { title: t('venues.address'), dataIndex: 'address' },
          { title: t('venues.capacity'), dataIndex: 'capacity', align: 'right' },
        ]}
        renderForm={(existing, onClose) => <VenueForm existing={existing} onClose={onClose} />}
      />
    </RequireRoles>
  );
}

function VenueForm({ existing, onClose }: { existing?: Venue; onClose: () => void }) {
  const { t } = useTranslation(NS);
  const language = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveResource<VenueRequest>('venues');
  const at = (...fields: string[]) => problemProps(save.error, language, ...fields);
  return (
    <Modal
      open
      title={existing ? t('venues.editTitle', { name: local(existing.name, language) }) : t('venues.register')}
      okText={t('save', { ns: 'common' })}
      cancelText={t('cancel', { ns: 'common' })}
      okButtonProps={{ loading: save.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={existing ?? {}}
        onFinish={(values) =>
          save.mutate(
            { existing, request: toVenueRequest(values) },
            {
              onSuccess: () => {
                void message.success(t('resources.saved'));
                onClose();
              },
            },
          )
        }
      >
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name={['name', 'zh']} label={t('venues.nameZh')} rules={[{ required: true, whitespace: true, message: t('visitForm.required') }, { max: 200 }]} {...at('name.zh', 'name')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['name', 'en']} label={t('venues.nameEn')} rules={[{ max: 200 }]} {...at('name.en')}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="address" label={t('venues.address')} rules={[{ required: true, whitespace: true, message: t('visitForm.required') }, { max: 300 }]} {...at('address')}>
          <Input />
        </Form.Item>
        <Form.Item name="capacity" label={t('venues.capacity')} rules={[{ required: true, message: t('visitForm.required') }]} {...at('capacity')}>
          <InputNumber min={1} max={100000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        {save.error != null && <ProblemAlert error={save.error} />}
      </Form>
    </Modal>
  );
}
