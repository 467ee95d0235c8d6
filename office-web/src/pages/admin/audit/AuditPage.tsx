import { Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Loading } from '../../../components/Loading';
import { getOfficeZone } from '../../../time';
import { usePageParams, useTablePagination } from '../shared/paging';
import { ServiceTabs } from '../shared/ServiceTabs';
import type { ServiceRef } from '../shared/services';
import { useAuditTrail, type AuditFilter } from './api';
import { AuditSearch, type AuditCriteria } from './AuditSearch';
import { AuditTable } from './AuditTable';
import { VerifyChain } from './VerifyChain';

const CRITERIA: (keyof AuditCriteria)[] = ['objectId', 'objectType', 'user', 'fromDay', 'toDay'];

/** The start of an office day as an instant: the API's period is in instants, the auditor's in office days. */
function startOfOfficeDay(day: string): string {
  return dayjs.tz(day, getOfficeZone()).toISOString();
}

/** `/admin/audit` (AUDITOR, ADMIN): each service's audit trail, searched, and its hash chain checked. */
export function AuditPage() {
  const { t } = useTranslation('admin');
  return (
    <>
      <Typography.Title level={2}>{t('audit.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('audit.intro')}</Typography.Paragraph>
      <ServiceTabs>{(service) => <ServiceTrail service={service} />}</ServiceTabs>
    </>
  );
}

function ServiceTrail({ service }: { service: ServiceRef }) {
  const [params, setParams] = useSearchParams();
  const { page, size, setPage } = usePageParams();
  const criteria: AuditCriteria = Object.fromEntries(CRITERIA.map((key) => [key, params.get(key) ?? undefined]));
  const filter: AuditFilter = {
    objectId: criteria.objectId,
    objectType: criteria.objectType,
    user: criteria.user,
    from: criteria.fromDay ? startOfOfficeDay(criteria.fromDay) : undefined,
    // `to` is exclusive: the end of the last day chosen is the start of the next one.
    to: criteria.toDay ? startOfOfficeDay(dayjs(criteria.toDay).add(1, 'day').format('YYYY-MM-DD')) : undefined,
    page,
    size,
  };
  const trail = useAuditTrail(service.prefix, filter);
  const pagination = useTablePagination(trail.data, setPage);
  const search = (next: AuditCriteria) =>
    setParams((current) => {
      const updated = new URLSearchParams(current);
      for (const key of CRITERIA) {
        const value = next[key];
        if (value) updated.set(key, value);
        else updated.delete(key);
      }
      updated.delete('page');
      return updated;
    });
  return (
    <>
      <VerifyChain service={service} />
      <AuditSearch criteria={criteria} onSearch={search} />
      {trail.data ? (
        <AuditTable
          records={trail.data.items}
          loading={trail.isFetching}
          pagination={pagination}
          onFilter={(only) => search({ ...criteria, ...only })}
        />
      ) : (
        <Loading error={trail.error} retry={() => void trail.refetch()} />
      )}
    </>
  );
}
