import { Badge, Card, Col, Row, Space, Statistic, Table, Typography } from 'antd';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { get, query, type Page } from '../../../api/http';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { StateTag } from '../../../components/StateTag';
import { hasAny, type Me } from '../../../me';
import { local } from '../../../text';
import { daysUntil, formatDate } from '../../../time';
import { keys, useDeclarations, useUpcoming } from '../api';
import { BASE, DECLARATION_READERS, NEXT_STEP, VISIT_STATUSES, type Declaration, type Visit } from '../model';
import { NS, useLanguage, yuan } from '../shared';

/** How many visits of each state the card fetches: the count comes from `total`, the list from the first few. */
const PER_STATE = 5;

/**
 * The reception work on the home page: visits waiting for an act this user may take (the main-line act the
 * service lists in `actions`), visits arriving in the next 30 days, overdue gift declarations (for those who
 * read them), and how many visits are in each state.
 */
export function ReceptionHomeCard({ me }: { me: Me }) {
  const { t } = useTranslation(NS);
  const language = useLanguage();
  const perState = useQueries({
    queries: VISIT_STATUSES.map((status) => ({
      queryKey: keys.visits(status, 0, PER_STATE),
      queryFn: ({ signal }: { signal: AbortSignal }) => get<Page<Visit>>(`${BASE}/visits${query({ status, page: 0, size: PER_STATE })}`, signal),
    })),
  });
  const upcoming = useUpcoming(30);
  const readsDeclarations = hasAny(me, ...DECLARATION_READERS);
  const overdue = useDeclarations('DUE', true, 0, 5, readsDeclarations);

  const waiting = perState
    .flatMap((answer) => answer.data?.items ?? [])
    .filter((visit) => {
      const next = NEXT_STEP[visit.status];
      return next !== undefined && visit.actions.includes(next);
    })
    .sort((a, b) => a.arrivalDate.localeCompare(b.arrivalDate));
  const waitingTotal = perState.reduce((sum, answer) => {
    const first = answer.data?.items[0];
    const next = first && NEXT_STEP[first.status];
    return next && first.actions.includes(next) ? sum + (answer.data?.total ?? 0) : sum;
  }, 0);
  const error = perState.find((answer) => answer.error)?.error ?? upcoming.error ?? overdue.error;
  const visitLink = (visit: Visit) => <Link to={`/reception/visits/${visit.id}`}>{local(visit.title, language)}</Link>;

  return (
    <Card title={t('home.title')} extra={<Link to="/reception/visits">{t('home.allVisits')}</Link>}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {error != null && <ProblemAlert error={error} />}
        <Row gutter={[16, 16]}>
          <Col xs={12} md={8}>
            <Statistic title={t('home.waiting')} value={waitingTotal} loading={perState.some((answer) => answer.isLoading)} />
          </Col>
          <Col xs={12} md={8}>
            <Statistic title={t('home.next30')} value={upcoming.data?.length ?? 0} loading={upcoming.isLoading} />
          </Col>
          {readsDeclarations && (
            <Col xs={12} md={8}>
              <Statistic
                title={t('home.overdueDeclarations')}
                value={overdue.data?.total ?? 0}
                loading={overdue.isLoading}
                styles={{ content: { color: (overdue.data?.total ?? 0) > 0 ? '#cf1322' : undefined } }}
              />
            </Col>
          )}
        </Row>
        {waiting.length > 0 && (
          <Table<Visit>
            size="small"
            rowKey="id"
            title={() => <Typography.Text strong>{t('home.waitingList')}</Typography.Text>}
            dataSource={waiting}
            pagination={false}
            scroll={{ x: true }}
            columns={[
              { title: t('visit.title'), key: 'title', render: (_, visit) => visitLink(visit) },
              { title: t('home.next'), key: 'next', render: (_, visit) => t(`act.${NEXT_STEP[visit.status]}`) },
              { title: t('visit.arrivalDate'), key: 'arrival', render: (_, visit) => formatDate(visit.arrivalDate) },
              { title: t('visit.status'), key: 'status', render: (_, visit) => <StateTag state={visit.status} namespace={NS} /> },
            ]}
          />
        )}
        <Table<Visit>
          size="small"
          rowKey="id"
          title={() => <Typography.Text strong>{t('home.next30List')}</Typography.Text>}
          dataSource={upcoming.data ?? []}
          loading={upcoming.isLoading}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: t('visits.noneUpcoming') }}
          columns={[
            { title: t('visit.title'), key: 'title', render: (_, visit) => visitLink(visit) },
            { title: t('visit.stay'), key: 'stay', render: (_, visit) => `${formatDate(visit.arrivalDate)} – ${formatDate(visit.departureDate)}` },
            {
              title: t('visits.arrivesIn'),
              key: 'arrivesIn',
              render: (_, visit) => {
                const days = daysUntil(visit.arrivalDate);
                return days > 0 ? t('visits.inDays', { count: days }) : t('visits.arrived');
              },
            },
            { title: t('visit.status'), key: 'status', render: (_, visit) => <StateTag state={visit.status} namespace={NS} /> },
          ]}
        />
        {readsDeclarations && (overdue.data?.items.length ?? 0) > 0 && (
          <Table<Declaration>
            size="small"
            rowKey="declarationId"
            title={() => (
              <Link to="/reception/gift-declarations">
                <Typography.Text strong type="danger">
                  {t('home.overdueList')}
                </Typography.Text>
              </Link>
            )}
            dataSource={overdue.data?.items ?? []}
            pagination={false}
            scroll={{ x: true }}
            columns={[
              { title: t('hospitality.description'), key: 'description', render: (_, declaration) => declaration.description ?? '' },
              { title: t('hospitality.value'), key: 'value', align: 'right', render: (_, declaration) => yuan(declaration.valueYuan, language) },
              { title: t('declarations.dueDate'), key: 'due', render: (_, declaration) => formatDate(declaration.dueDate) },
              { title: t('declarations.status'), key: 'overdue', render: (_, declaration) => <Typography.Text type="danger">{t('declarations.daysOverdue', { count: declaration.daysOverdue })}</Typography.Text> },
            ]}
          />
        )}
        <div>
          <Typography.Text strong>{t('home.perState')}</Typography.Text>
          <Space wrap size={[12, 8]} style={{ marginTop: 8, display: 'flex' }} data-testid="reception-state-counts">
            {VISIT_STATUSES.map((status, index) => (
              <Space key={status} size={4}>
                <StateTag state={status} namespace={NS} />
                <Badge count={perState[index].data?.total ?? 0} showZero color={perState[index].data?.total ? 'blue' : 'gray'} aria-label={t('home.stateCount', { state: t(`state.${status}`), count: perState[index].data?.total ?? 0 })} />
              </Space>
            ))}
          </Space>
        </div>
      </Space>
    </Card>
  );
}
