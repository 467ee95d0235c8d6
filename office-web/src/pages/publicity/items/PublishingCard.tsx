import { Button, Card, Col, DatePicker, Form, Popconfirm, Radio, Row, Select, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { StateTag } from '../../../components/StateTag';
import { useMe } from '../../../me';
import { getOfficeZone, formatInstant } from '../../../time';
import { itemCalls, useAct, useChannels, usePublications } from '../api/publicity';
import type { Channel, ItemView, PublicationView, PublishRequest } from '../api/types';
import { Loading } from '../../../components/Loading';
import { useLabels } from '../shared/labels';
import { formatUtc, isFutureOfficeTime, officeToUtc, wallClock } from '../shared/officeTime';
import { fieldFeedback } from '../shared/problems';
import { mayAct } from '../shared/review';

/**
 * Where the item goes out: its publications per channel and language (scheduled, published, withdrawn), and
 * — for an editor — publishing a finally reviewed version now or under embargo on a channel that takes it.
 */
export function PublishingCard({ item }: { item: ItemView }) {
  const { t, channel, languageName } = useLabels();
  const { data: me } = useMe();
  const publications = usePublications(item.id);
  const withdraw = useAct((publication: PublicationView) => itemCalls.withdraw(publication.publicationId));
  const editor = mayAct(me, 'PUBLICITY_EDITOR');

  return (
    <Card title={t('publish.title')}>
      {publications.error ? (
        <Loading error={publications.error} retry={() => void publications.refetch()} />
      ) : (
        <Table<PublicationView>
          rowKey="publicationId"
          size="small"
          scroll={{ x: true }}
          loading={publications.isLoading}
          pagination={false}
          title={() => <Typography.Text strong>{t('publish.records')}</Typography.Text>}
          dataSource={publications.data?.publications ?? []}
          columns={[
            { key: 'channel', title: t('publish.channel'), render: (_, p) => channel(p.channel) },
            { key: 'language', title: t('publish.language'), render: (_, p) => languageName(p.language) },
            { key: 'status', title: t('publish.status'), render: (_, p) => <StateTag state={p.status} namespace="publicity" /> },
            { key: 'revision', title: t('revisions.number'), render: (_, p) => p.revision ?? '—' },
            { key: 'scheduledAt', title: t('publish.scheduledAt'), render: (_, p) => formatInstant(p.scheduledAt) },
            { key: 'publishedAt', title: t('publish.publishedAt'), render: (_, p) => formatInstant(p.publishedAt) || '—' },
            {
              key: 'who',
              title: t('publish.who'),
              render: (_, p) =>
                p.status === 'WITHDRAWN'
                  ? t(`publish.withdrawal.${p.withdrawal ?? 'UNSCHEDULED'}`, { by: p.withdrawnBy ?? '', at: formatInstant(p.withdrawnAt) })
                  : p.scheduledBy,
            },
            ...(editor
              ? [
                  {
                    key: 'actions',
                    title: t('actions', { ns: 'common' }),
                    render: (_: unknown, p: PublicationView) =>
                      p.status !== 'WITHDRAWN' && (
                        <Popconfirm
                          title={p.status === 'SCHEDULED' ? t('publish.unscheduleConfirm') : t('publish.withdrawConfirm')}
                          okText={t('confirm', { ns: 'common' })}
                          cancelText={t('cancel', { ns: 'common' })}
                          onConfirm={() => withdraw.mutateAsync(p).catch(() => undefined)}
                        >
                          <Button size="small" danger loading={withdraw.isPending && withdraw.variables?.publicationId === p.publicationId}>
                            {p.status === 'SCHEDULED' ? t('publish.unschedule', { channel: channel(p.channel) }) : t('publish.withdraw', { channel: channel(p.channel) })}
                          </Button>
                        </Popconfirm>
                      ),
                  },
                ]
              : []),
          ]}
        />
      )}
      <ProblemAlert error={withdraw.error} />
      {editor && item.status === 'DRAFT' && <PublishForm item={item} />}
    </Card>
  );
}

interface PublishValues {
  channel?: Channel;
  language?: string;
  when: 'now' | 'embargo';
  at?: Dayjs;
}

/** Publish one language on one channel, now or at a time on the office clock (sent as the office's local time). */
export function PublishForm({ item }: { item: ItemView }) {
  const { t, channel: channelName, languageName, language: uiLanguage } = useLabels();
  const channels = useChannels();
  const [form] = Form.useForm<PublishValues>();
  const chosen = Form.useWatch('channel', form);
  const when = Form.useWatch('when', form);
  const at = Form.useWatch('at', form);
  const publish = useAct((body: PublishRequest) => itemCalls.publish(item.id, body), () => form.resetFields());
  const zone = getOfficeZone();
  const takes = channels.data?.find((candidate) => candidate.channel === chosen)?.languages ?? [];
  const publishable = (language: string) => item.versions.some((version) => version.language === language && version.publishable);

  const send = (values: PublishValues) => {
    if (!values.channel || !values.language) return;
    const body: PublishRequest = { channel: values.channel, language: values.language };
    if (values.when === 'embargo' && values.at) body.at = wallClock(values.at);
    void publish.mutateAsync(body).catch(() => undefined);
  };

  return (
    <Form<PublishValues>
      form={form}
      name="publish"
      layout="vertical"
      initialValues={{ when: 'now' }}
      onFinish={send}
      onValuesChange={() => publish.error && publish.reset()}
      style={{ marginTop: 24 }}
      aria-label={t('publish.formTitle')}
    >
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('publish.formTitle')}
      </Typography.Title>
      <Row gutter={16}>
        <Col xs={24} md={12} xl={6}>
          <Form.Item
            name="channel"
            label={t('publish.channel')}
            rules={[{ required: true, message: t('publish.channelRequired') }]}
            {...fieldFeedback(publish.error, ['channel'], uiLanguage)}
          >
            <Select
              loading={channels.isLoading}
              onChange={() => form.setFieldValue('language', undefined)}
              options={(channels.data ?? []).map((candidate) => ({
                value: candidate.channel,
                label: `${channelName(candidate.channel)} (${candidate.languages.map(languageName).join(', ')})`,
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item
            name="language"
            label={t('publish.language')}
            rules={[{ required: true, message: t('publish.languageRequired') }]}
            {...fieldFeedback(publish.error, ['language'], uiLanguage)}
          >
            <Select
              disabled={!chosen}
              options={takes.map((language) => ({
                value: language,
                label: publishable(language) ? languageName(language) : t('publish.notReviewed', { language: languageName(language) }),
                disabled: !publishable(language),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item name="when" label={t('publish.when')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'now', label: t('publish.now') },
                { value: 'embargo', label: t('publish.embargo') },
              ]}
            />
          </Form.Item>
        </Col>
        {when === 'embargo' && (
          <Col xs={24} md={12} xl={6}>
            <Form.Item
              name="at"
              label={t('publish.at', { zone })}
              rules={[
                { required: true, message: t('publish.atRequired') },
                {
                  validator: (_, value: Dayjs | undefined) =>
                    !value || isFutureOfficeTime(wallClock(value), zone) ? Promise.resolve() : Promise.reject(new Error(t('publish.atInFuture'))),
                },
              ]}
              extra={at ? t('publish.atUtc', { utc: formatUtc(officeToUtc(wallClock(at), zone)) }) : undefined}
              {...fieldFeedback(publish.error, ['at'], uiLanguage)}
            >
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" needConfirm={false} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        )}
      </Row>
      <ProblemAlert error={publish.error} />
      <Button type="primary" htmlType="submit" loading={publish.isPending} style={{ marginTop: 8 }}>
        {when === 'embargo' ? t('publish.schedule') : t('publish.publishNow')}
      </Button>
    </Form>
  );
}
