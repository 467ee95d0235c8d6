import { Empty, Pagination, Space, Timeline } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/Loading';
import { NS } from '../shared/api';
import { dateRange } from '../shared/layout';
import type { ActivityStatus } from '../shared/model';
import { usePartnerActivities } from '../partners/api';
import { ActivityActions } from './ActivityActions';
import { ActivitySummary } from './ActivitySummary';

const COLOURS: Record<ActivityStatus, string> = { PLANNED: 'blue', HELD: 'green', CANCELLED: 'gray' };
const PAGE_SIZE = 10;

/** The partner's exchanges, latest first: planned (e.g. from an approved delegation), held, cancelled. */
export function ActivityTimeline({ partnerCityId }: { partnerCityId: string }) {
  const { t } = useTranslation(NS);
  const [page, setPage] = useState(0);
  const activities = usePartnerActivities(partnerCityId, page, PAGE_SIZE);
  if (!activities.data) return <Loading error={activities.error} retry={() => void activities.refetch()} />;
  const { items, total } = activities.data;
  if (items.length === 0) return <Empty description={t('activity.none')} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Timeline
        items={items.map((activity) => ({
          key: activity.id,
          color: COLOURS[activity.status],
          title: <time dateTime={activity.startDate}>{dateRange(activity.startDate, activity.endDate)}</time>,
          content: (
            <Space orientation="vertical" size={4}>
              <ActivitySummary activity={activity} />
              <ActivityActions activity={activity} />
            </Space>
          ),
        }))}
      />
      {total > PAGE_SIZE && (
        <Pagination simple current={page + 1} pageSize={PAGE_SIZE} total={total} onChange={(next) => setPage(next - 1)} />
      )}
    </Space>
  );
}
