import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StateTag } from '../../../components/StateTag';
import { local } from '../../../text';
import { NS } from '../shared/api';
import { CodeTag } from '../shared/layout';
import { useLanguage } from '../shared/options';
import type { Activity, ActivityOrigin } from './api';

/** The console page of the file an activity was planned from. */
const ORIGIN_PAGES: Partial<Record<ActivityOrigin['kind'], string>> = {
  TRAVEL_DELEGATION: '/travel/delegations/',
  RECEPTION_VISIT: '/reception/visits/',
};

/** Where the activity came from: by hand, or the delegation or visit (with its file number, linked) it was planned from. */
export function OriginText({ origin }: { origin: ActivityOrigin | undefined }) {
  const { t } = useTranslation(NS);
  if (!origin) return null;
  const kind = t(`origin.${origin.kind}`);
  if (!origin.id) return <Typography.Text type="secondary">{kind}</Typography.Text>;
  const text = t('activity.originWithId', { origin: kind, id: origin.id });
  const page = ORIGIN_PAGES[origin.kind];
  return page ? <Link to={`${page}${origin.id}`}>{text}</Link> : <Typography.Text type="secondary">{text}</Typography.Text>;
}

/** Direction and field as tags, the keywords, the size of the delegation. */
export function ActivityTags({ activity }: { activity: Activity }) {
  const { t } = useTranslation(NS);
  return (
    <Space wrap size={4}>
      <CodeTag prefix="direction" code={activity.direction} color={activity.direction === 'OUTBOUND' ? 'geekblue' : 'purple'} />
      <CodeTag prefix="field" code={activity.field} />
      {(activity.tags ?? []).map((tag) => (
        <Tag key={tag} variant="filled">
          #{tag}
        </Tag>
      ))}
      {activity.delegationSize !== undefined && <Tag variant="filled">{t('activity.people', { count: activity.delegationSize })}</Tag>}
    </Space>
  );
}

/** What an activity achieved once held, or why it was cancelled. */
export function ActivityResult({ activity }: { activity: Activity }) {
  const { t } = useTranslation(NS);
  const language = useLanguage();
  if (activity.status === 'HELD' && activity.outcome) {
    return (
      <Typography.Paragraph style={{ marginBottom: 0 }}>
        <Typography.Text strong>{t('activity.outcome')}: </Typography.Text>
        {local(activity.outcome, language)}
      </Typography.Paragraph>
    );
  }
  if (activity.status === 'CANCELLED' && activity.cancellationReason) {
    return <Typography.Text type="secondary">{t('activity.cancelledBecause', { reason: activity.cancellationReason })}</Typography.Text>;
  }
  return null;
}

/** An activity as one entry of a timeline: title in the interface language, status, what kind of exchange, where from. */
export function ActivitySummary({ activity }: { activity: Activity }) {
  const language = useLanguage();
  return (
    <Space orientation="vertical" size={4}>
      <Space wrap size={8}>
        <Typography.Text strong>{local(activity.title, language)}</Typography.Text>
        <StateTag state={activity.status} namespace={NS} />
      </Space>
      <ActivityTags activity={activity} />
      <OriginText origin={activity.origin} />
      <ActivityResult activity={activity} />
    </Space>
  );
}
