import { useQueries } from '@tanstack/react-query';
import { Card, Col, Row, Space, Statistic, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StateTag } from '../../../components/StateTag';
import { local } from '../../../text';
import { formatDate, officeToday } from '../../../time';
import { useActivities } from '../activities/api';
import { useAnniversaries, useAtRisk } from '../care/api';
import { PartnerLink } from '../partners/PartnerLink';
import { NEXT_STEP, WAITING_STAGES, relationshipsAtStage, type Relationship } from '../relationships/api';
import { NS } from '../shared/api';
import { dateRange } from '../shared/layout';
import { PlainList } from '../shared/PlainList';
import { RELATIONSHIP_STAGES } from '../shared/model';
import { useLanguage } from '../shared/options';

/** Relationships listed per waiting stage; the counts are the service's totals whatever this shows. */
const WAITING_SHOWN = 10;
/** How far ahead "planned soon" looks. */
const AHEAD_DAYS = 30;

/**
 * The sister-city work queue on the home page: relationships waiting for an act on their path (the caller's
 * own acts marked), exchanges planned in the next 30 days, relationships at risk of dormancy, round
 * anniversaries, and the relationships counted by stage.
 */
export function SisterCityHomeCard() {
  const { t } = useTranslation(NS);
  const language = useLanguage();
  const today = officeToday();
  const until = dayjs(today).add(AHEAD_DAYS, 'day').format('YYYY-MM-DD');
  const stages = useQueries({
    queries: RELATIONSHIP_STAGES.map((stage) => relationshipsAtStage(stage, WAITING_STAGES.includes(stage) ? WAITING_SHOWN : 1)),
  });
  const planned = useActivities({ status: 'PLANNED', from: today, to: until }, 0, 5);
  const atRisk = useAtRisk(0, 5);
  const anniversaries = useAnniversaries(undefined, 0, 5);

  const totals = RELATIONSHIP_STAGES.map((stage, index) => ({ stage, total: stages[index].data?.total }));
  const waiting: Relationship[] = RELATIONSHIP_STAGES.flatMap((stage, index) =>
    WAITING_STAGES.includes(stage) ? (stages[index].data?.items ?? []) : [],
  );
  const waitingTotal = totals.filter(({ stage }) => WAITING_STAGES.includes(stage)).reduce((sum, { total }) => sum + (total ?? 0), 0);
  const yours = (relationship: Relationship) => {
    const next = NEXT_STEP[relationship.stage];
    return next !== undefined && (relationship.actions ?? []).includes(next);
  };

  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0, fontSize: 16 }}>
          {t('home.title')}
        </Typography.Title>
      }
      extra={<Link to="/sister-cities/care">{t('menu.care')}</Link>}
    >
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Statistic title={t('home.waiting')} value={waitingTotal} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('home.plannedSoon', { days: AHEAD_DAYS })} value={planned.data?.total ?? 0} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('home.atRisk')} value={atRisk.data?.total ?? 0} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('home.anniversaries')} value={anniversaries.data?.total ?? 0} />
        </Col>
      </Row>
      <Typography.Title level={4} style={{ fontSize: 14, marginTop: 16 }}>
        {t('home.byStage')}
      </Typography.Title>
      <ul aria-label={t('home.byStage')} style={{ display: 'flex', flexWrap: 'wrap', gap: 4, listStyle: 'none', padding: 0, margin: 0 }}>
        {totals.map(({ stage, total }) => (
          <li key={stage}>
            <Tag>
              {t(`state.${stage}`)}: {total ?? '…'}
            </Tag>
          </li>
        ))}
      </ul>
      <Typography.Title level={4} style={{ fontSize: 14, marginTop: 16 }}>
        {t('home.waitingList')}
      </Typography.Title>
      <PlainList<Relationship>
        label={t('home.waitingList')}
        items={waiting}
        empty={t('home.nothingWaiting')}
        render={(relationship) => (
            <Space wrap>
              <PartnerLink id={relationship.partnerCityId} />
              <Tag>{t(`kind.${relationship.kind}`)}</Tag>
              <StateTag state={relationship.stage} namespace={NS} />
              <Typography.Text type="secondary">
                {t('home.next', { act: t(`act.${NEXT_STEP[relationship.stage]}`) })}
              </Typography.Text>
              {yours(relationship) && <Tag color="red">{t('home.yourAct')}</Tag>}
            </Space>
        )}
      />
      <Typography.Title level={4} style={{ fontSize: 14, marginTop: 16 }}>
        {t('home.plannedList', { days: AHEAD_DAYS })}
      </Typography.Title>
      <PlainList
        label={t('home.plannedList', { days: AHEAD_DAYS })}
        items={planned.data?.items ?? []}
        empty={t('home.nothingPlanned')}
        render={(activity) => (
            <Space wrap>
              <time dateTime={activity.startDate}>{dateRange(activity.startDate, activity.endDate)}</time>
              <Typography.Text strong>{local(activity.title, language)}</Typography.Text>
              <PartnerLink id={activity.partnerCityId} />
            </Space>
        )}
      />
      {(anniversaries.data?.items ?? []).length > 0 && (
        <>
          <Typography.Title level={4} style={{ fontSize: 14, marginTop: 16 }}>
            {t('home.anniversaries')}
          </Typography.Title>
          <PlainList
            label={t('home.anniversaries')}
            items={anniversaries.data?.items ?? []}
            empty={t('home.nothingWaiting')}
            render={(item) => (
                <Space wrap>
                  <PartnerLink id={item.partnerCityId} names={item.partnerCityName} />
                  <Tag color="gold">{t('care.yearsCount', { count: item.years })}</Tag>
                  <span>{formatDate(item.anniversaryDate)}</span>
                </Space>
            )}
          />
        </>
      )}
    </Card>
  );
}
