import { useQueries } from '@tanstack/react-query';
import { Card, Col, Empty, Row, Space, Statistic, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { Loading } from '../../../components/Loading';
import type { Me } from '../../../me';
import { local } from '../../../text';
import { formatInstant } from '../../../time';
import { AREA_KEY, fetchPublications, NEWEST_OPEN, useItems } from '../api/publicity';
import type { ItemView, PublicationView } from '../api/types';
import { REVIEW_STEPS } from '../api/types';
import { fromEvent } from '../items/drafts';
import { OriginTag, useLabels } from '../shared/labels';
import { needsEditor, stepOf } from '../shared/review';
import { SimpleList } from '../shared/SimpleList';

const FIRST_FEW = 5;
/** How many of the newest items with a finally reviewed version are asked for their scheduled publications. */
const SCHEDULE_CANDIDATES = 20;

/**
 * The publicity work on the home page: the items waiting at the user's review step, the drafts events
 * suggested, the scheduled publications coming due, and how many items stand where.
 */
export function PublicityHomeCard({ me }: { me: Me }) {
  const { t, language, step: stepName, channel, languageName } = useLabels();
  const step = stepOf(me);
  const queue = useItems({ waitingFor: step, size: FIRST_FEW }, step !== undefined);
  const newest = useItems(NEWEST_OPEN);
  const retracted = useItems({ state: 'RETRACTED', size: 1 });
  const perStep = [useItems({ waitingFor: 'FIRST_REVIEW', size: 1 }), useItems({ waitingFor: 'SECOND_REVIEW', size: 1 }), useItems({ waitingFor: 'FINAL_REVIEW', size: 1 })];

  const open = newest.data?.items ?? [];
  const suggested = open.filter((item) => fromEvent(item) && item.versions.some((version) => needsEditor(version.review)));
  const candidates = open.filter((item) => item.versions.some((version) => version.publishable)).slice(0, SCHEDULE_CANDIDATES);
  const schedules = useQueries({
    queries: candidates.map((item) => ({
      queryKey: [AREA_KEY, 'item', item.id, 'publications'],
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchPublications(item.id, signal),
    })),
  });
  const scheduled = schedules
    .flatMap((result, index) => (result.data?.publications ?? []).filter((p) => p.status === 'SCHEDULED').map((p) => ({ item: candidates[index], publication: p })))
    .sort((a, b) => a.publication.scheduledAt.localeCompare(b.publication.scheduledAt));

  if (newest.error) {
    return (
      <Card title={t('home.title')}>
        <Loading error={newest.error} retry={() => void newest.refetch()} />
      </Card>
    );
  }

  const title = (item: ItemView) => <Link to={`/publicity/items/${item.id}`}>{local(item.title, language) || item.id}</Link>;
  const queueLink = step ? `/publicity/items?waitingFor=${step}` : '/publicity/items?view=all';

  return (
    <Card title={t('home.title')} extra={<Link to={queueLink}>{t('home.open')}</Link>} loading={newest.isLoading}>
      <Row gutter={[16, 16]}>
        {step && (
          <Col xs={12} md={6}>
            <Statistic title={t('home.waitingForYou', { step: stepName(step) })} value={queue.data?.total ?? 0} />
          </Col>
        )}
        <Col xs={12} md={6}>
          <Statistic title={t('home.suggestedDrafts')} value={suggested.length} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('home.scheduled')} value={scheduled.length} />
        </Col>
      </Row>
      {step && (
        <SimpleList
          style={{ marginTop: 16 }}
          header={t('home.queue', { step: stepName(step) })}
          items={queue.data?.items ?? []}
          empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.queueEmpty')} />}
          itemKey={(item) => item.id}
          render={(item) => (
            <Space wrap>
              {title(item)}
              {item.versions
                .filter((version) => version.review.state === 'IN_REVIEW' && version.review.step === step)
                .map((version) => (
                  <Tag key={version.language}>{languageName(version.language)}</Tag>
                ))}
            </Space>
          )}
        />
      )}
      <SimpleList
        style={{ marginTop: 16 }}
        header={t('home.suggestedDrafts')}
        items={suggested.slice(0, FIRST_FEW)}
        empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.noSuggestions')} />}
        itemKey={(item) => item.id}
        render={(item) => (
          <Space wrap>
            {title(item)}
            <OriginTag origin={item.origin} />
          </Space>
        )}
      />
      <SimpleList
        style={{ marginTop: 16 }}
        header={t('home.scheduledList')}
        items={scheduled.slice(0, FIRST_FEW)}
        empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.noScheduled')} />}
        itemKey={({ publication }) => publication.publicationId}
        render={({ item, publication }: { item: ItemView; publication: PublicationView }) => (
          <Space wrap>
            <Typography.Text>{formatInstant(publication.scheduledAt)}</Typography.Text>
            {title(item)}
            <Tag>{channel(publication.channel)}</Tag>
            <Tag>{languageName(publication.language)}</Tag>
          </Space>
        )}
      />
      <Typography.Text strong style={{ display: 'block', marginTop: 16 }}>
        {t('home.counts')}
      </Typography.Text>
      <Row gutter={[16, 16]} style={{ marginTop: 8 }}>
        <Col xs={12} md={6} lg={4}>
          <Statistic title={t('state.DRAFT')} value={newest.data?.total ?? 0} />
        </Col>
        {REVIEW_STEPS.map((reviewStep, index) => (
          <Col xs={12} md={6} lg={4} key={reviewStep}>
            <Statistic title={t('home.inStep', { step: stepName(reviewStep) })} value={perStep[index].data?.total ?? 0} />
          </Col>
        ))}
        <Col xs={12} md={6} lg={4}>
          <Statistic title={t('state.RETRACTED')} value={retracted.data?.total ?? 0} />
        </Col>
      </Row>
    </Card>
  );
}
