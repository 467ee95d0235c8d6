import { Card, Col, Row, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { StateTag } from '../../../components/StateTag';
import { local, type Language } from '../../../text';
import { formatDate } from '../../../time';
import { useDeadlines, useQueue, useStatusCounts } from '../api';
import { OPEN_STATUSES, type Delegation } from '../model';
import { DelegationFlags } from '../shared/Flags';

/**
 * The travel part of the home page: the files waiting for the user's step (green channel first, as the
 * service orders them), the deadlines missed or near, and how many files stand in each open state.
 */
export function TravelHomeCard() {
  const { t, i18n } = useTranslation('travel');
  const language = i18n.language as Language;
  const queue = useQueue();
  const missed = useDeadlines('MISSED');
  const dueSoon = useDeadlines('DUE_SOON');
  const counts = useStatusCounts(OPEN_STATUSES);
  // The service already puts green-channel files first; a stable sort keeps that promise on this card too.
  const waiting = [...(queue.data?.items ?? [])].sort((a, b) => Number(b.greenChannel) - Number(a.greenChannel));

  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0, fontSize: 18 }}>
          {t('home.title')}
        </Typography.Title>
      }
      extra={<Link to="/travel/delegations">{t('home.more')}</Link>}
    >
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={12}>
          <Link to="/travel/delegations?overdue=true">
            <Statistic title={t('home.missed')} value={missed.data?.length ?? '—'} styles={{ content: { color: '#cf1322' } }} loading={missed.isLoading} />
          </Link>
        </Col>
        <Col xs={12}>
          <Statistic title={t('home.dueSoon')} value={dueSoon.data?.length ?? '—'} styles={{ content: { color: '#d46b08' } }} loading={dueSoon.isLoading} />
        </Col>
      </Row>
      {queue.error ? <ProblemAlert error={queue.error} /> : null}
      <Table<Delegation>
        caption={<Typography.Text strong>{t('home.queue')}</Typography.Text>}
        size="small"
        rowKey="id"
        pagination={false}
        loading={queue.isLoading}
        scroll={{ x: true }}
        dataSource={waiting}
        locale={{ emptyText: t('home.empty') }}
        columns={[
          {
            key: 'title',
            title: t('list.titleColumn'),
            render: (_, delegation) => <Link to={`/travel/delegations/${delegation.id}`}>{local(delegation.title, language)}</Link>,
          },
          { key: 'unit', title: t('list.unit'), dataIndex: 'unit' },
          { key: 'departure', title: t('field.departureDate'), render: (_, delegation) => formatDate(delegation.departureDate) },
          { key: 'status', title: t('status', { ns: 'common' }), render: (_, delegation) => <StateTag state={delegation.status} namespace="travel" /> },
          {
            key: 'flags',
            title: t('list.flags'),
            render: (_, delegation) => <DelegationFlags greenChannel={delegation.greenChannel} urgent={delegation.urgent} deadlines={delegation.deadlines} />,
          },
        ]}
      />
      <Typography.Title level={4} style={{ fontSize: 15, marginTop: 16 }}>
        {t('home.counts')}
      </Typography.Title>
      <Row gutter={[12, 12]}>
        {OPEN_STATUSES.map((status, index) => (
          <Col key={status} xs={12} sm={8} lg={6} xxl={4}>
            <Link to={`/travel/delegations?status=${status}`}>
              <Statistic title={t(`state.${status}`)} value={counts[index]?.data ?? '—'} loading={counts[index]?.isLoading} />
            </Link>
          </Col>
        ))}
      </Row>
    </Card>
  );
}
