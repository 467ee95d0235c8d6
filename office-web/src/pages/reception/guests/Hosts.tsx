import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Col, DatePicker, Form, Input, Row, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../time';
import { RANKS, type Host, type Rank, type Seat } from '../model';
import { NS, optional } from '../shared';

interface HostValues {
  name?: string;
  title?: string;
  rank?: Rank;
  rankSince?: Dayjs | null;
  serving?: boolean;
}

/**
 * The host side of a meeting or banquet: the service orders hosts and guests together by the same rules,
 * so the office can seat both sides. Nothing is stored; the hosts only travel with the question.
 */
export function HostsForm({ hosts, onOrder }: { hosts: Host[]; onOrder: (hosts: Host[]) => void }) {
  const { t } = useTranslation(NS);
  const [form] = Form.useForm<{ hosts: HostValues[] }>();
  const initial = hosts.map((host) => ({ ...host, rankSince: host.rankSince ? dayjs(host.rankSince) : null }));
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ hosts: initial }}
      onFinish={(values) =>
        onOrder(
          (values.hosts ?? []).map((host) => ({
            name: host.name!.trim(),
            title: optional(host.title),
            rank: host.rank!,
            rankSince: host.rankSince?.format('YYYY-MM-DD'),
            serving: host.serving !== false,
          })),
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('hosts.explain')}</Typography.Paragraph>
      <Form.List name="hosts">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Row key={field.key} gutter={8} align="bottom">
                <Col xs={24} md={6}>
                  <Form.Item name={[field.name, 'name']} label={t('hosts.name', { n: index + 1 })} rules={[{ required: true, whitespace: true, message: t('visitForm.required') }]}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={24} md={6}>
                  <Form.Item name={[field.name, 'title']} label={t('hosts.post', { n: index + 1 })}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={12} md={4}>
                  <Form.Item name={[field.name, 'rank']} label={t('hosts.rank', { n: index + 1 })} rules={[{ required: true, message: t('visitForm.required') }]}>
                    <Select options={RANKS.map((rank) => ({ value: rank, label: t(`rank.${rank}`) }))} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={4}>
                  <Form.Item name={[field.name, 'rankSince']} label={t('hosts.since', { n: index + 1 })}>
                    <DatePicker style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={3}>
                  <Form.Item name={[field.name, 'serving']} valuePropName="checked" initialValue={true}>
                    <Checkbox>{t('guests.serving')}</Checkbox>
                  </Form.Item>
                </Col>
                <Col xs={12} md={1}>
                  <Form.Item>
                    <Button type="text" icon={<MinusCircleOutlined aria-hidden />} aria-label={t('hosts.remove', { n: index + 1 })} onClick={() => remove(field.name)} />
                  </Form.Item>
                </Col>
              </Row>
            ))}
            <Space>
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ serving: true })}>
                {t('hosts.add')}
              </Button>
              <Button type="primary" htmlType="submit">
                {t('hosts.order')}
              </Button>
            </Space>
          </>
        )}
      </Form.List>
    </Form>
  );
}

export function HostsOrder({ seats }: { seats: Seat[] }) {
  const { t } = useTranslation(NS);
  return (
    <Table<Seat>
      style={{ marginTop: 16 }}
      rowKey="ref"
      size="small"
      title={() => t('hosts.caption')}
      pagination={false}
      scroll={{ x: true }}
      dataSource={seats}
      columns={[
        { title: t('guests.position'), key: 'position', render: (_, seat) => <Tag color="volcano">{seat.position}</Tag> },
        { title: t('guests.name'), dataIndex: 'name' },
        { title: t('guests.post'), key: 'title', render: (_, seat) => seat.title ?? '' },
        {
          title: t('guests.rank'),
          key: 'rank',
          render: (_, seat) =>
            `${t(`rank.${seat.rank}`)} · ${seat.serving ? t('guests.serving') : t('guests.former')}${seat.rankSince ? ` · ${formatDate(seat.rankSince)}` : ''}`,
        },
      ]}
    />
  );
}
