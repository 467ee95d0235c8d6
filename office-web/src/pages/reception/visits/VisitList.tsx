import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Select, Space, Table, Tabs, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Loading } from '../../../components/Loading';
import { StateTag } from '../../../components/StateTag';
import { hasAny, useMe } from '../../../me';
import { local } from '../../../text';
import { daysUntil, formatDate } from '../../../time';
import { useUpcoming, useVisits } from '../api';
import { VISIT_REQUESTERS, VISIT_STATUSES, type Visit, type VisitStatus } from '../model';
import { countryName, NS, useLanguage, usePaging } from '../shared';

const WITHIN_DAYS = [7, 14, 30, 60, 90, 180, 366];

/**
 * The visits: those arriving soon (the reception officers' work list) and every visit by state, newest
 * first. Officers who may request a visit find the button here.
 */
export function VisitList() {
  const { t } = useTranslation(NS);
  const { data: me } = useMe();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const view = params.get('view') === 'all' ? 'all' : 'upcoming';
  return (
    <>
      <Row justify="space-between" align="middle" gutter={[16, 16]}>
        <Col>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {t('visits.title')}
          </Typography.Title>
        </Col>
        {hasAny(me, ...VISIT_REQUESTERS) && !hasAny(me, 'AUDITOR') && (
          <Col>
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => navigate('/reception/visits/new')}>
              {t('visits.register')}
            </Button>
          </Col>
        )}
      </Row>
      <Tabs
        activeKey={view}
        onChange={(key) => setParams(key === 'all' ? { view: 'all' } : {}, { replace: true })}
        items={[
          { key: 'upcoming', label: t('visits.upcoming'), children: <UpcomingVisits /> },
          { key: 'all', label: t('visits.all'), children: <AllVisits /> },
        ]}
      />
    </>
  );
}

function useColumns(): ColumnsType<Visit> {
  const { t } = useTranslation(NS);
  const language = useLanguage();
  return [
    {
      title: t('visit.title'),
      key: 'title',
      render: (_, visit) => <Link to={`/reception/visits/${visit.id}`}>{local(visit.title, language)}</Link>,
    },
    { title: t('visit.status'), key: 'status', render: (_, visit) => <StateTag state={visit.status} namespace={NS} /> },
    { title: t('visit.invitingDepartment'), dataIndex: 'invitingDepartment' },
    {
      title: t('visit.countries'),
      key: 'countries',
      render: (_, visit) => visit.countries.map((code) => countryName(code, language)).join(language === 'zh' ? '、' : ', '),
    },
    {
      title: t('visit.stay'),
      key: 'stay',
      render: (_, visit) => `${formatDate(visit.arrivalDate)} – ${formatDate(visit.departureDate)}`,
    },
    { title: t('visit.guestCount'), dataIndex: 'guestCount', align: 'right' },
    { title: t('visit.hostingMode'), key: 'hostingMode', render: (_, visit) => t(`hosting.${visit.hostingMode}`) },
  ];
}

function UpcomingVisits() {
  const { t } = useTranslation(NS);
  const [withinDays, setWithinDays] = useState(30);
  const upcoming = useUpcoming(withinDays);
  const columns = useColumns();
  return (
    <Card>
      <Space wrap style={{ marginBottom: 16 }}>
        <label htmlFor="reception-within-days">{t('visits.withinDays')}</label>
        <Select
          id="reception-within-days"
          aria-label={t('visits.withinDays')}
          value={withinDays}
          onChange={setWithinDays}
          style={{ minWidth: 140 }}
          options={WITHIN_DAYS.map((days) => ({ value: days, label: t('visits.days', { count: days }) }))}
        />
      </Space>
      {upcoming.error ? (
        <Loading error={upcoming.error} retry={() => void upcoming.refetch()} />
      ) : (
        <Table<Visit>
          rowKey="id"
          loading={upcoming.isLoading}
          title={() => t('visits.upcomingCaption', { count: withinDays })}
          columns={[
            ...columns,
            {
              title: t('visits.arrivesIn'),
              key: 'arrivesIn',
              render: (_, visit) => {
                const days = daysUntil(visit.arrivalDate);
                return days > 0 ? t('visits.inDays', { count: days }) : t('visits.arrived');
              },
            },
          ]}
          dataSource={upcoming.data ?? []}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: t('visits.noneUpcoming') }}
        />
      )}
    </Card>
  );
}

function AllVisits() {
  const { t } = useTranslation(NS);
  const [status, setStatus] = useState<VisitStatus | undefined>();
  const { page, size, restart, pagination } = usePaging();
  const visits = useVisits(status, page, size);
  const columns = useColumns();
  return (
    <Card>
      <Space wrap style={{ marginBottom: 16 }}>
        <label htmlFor="reception-status-filter">{t('visits.statusFilter')}</label>
        <Select
          id="reception-status-filter"
          aria-label={t('visits.statusFilter')}
          allowClear
          placeholder={t('visits.anyStatus')}
          value={status}
          onChange={(value) => {
            setStatus(value);
            restart();
          }}
          style={{ minWidth: 200 }}
          options={VISIT_STATUSES.map((code) => ({ value: code, label: t(`state.${code}`) }))}
        />
      </Space>
      {visits.error ? (
        <Loading error={visits.error} retry={() => void visits.refetch()} />
      ) : (
        <Table<Visit>
          rowKey="id"
          loading={visits.isLoading}
          title={() => t('visits.allCaption')}
          columns={columns}
          dataSource={visits.data?.items ?? []}
          scroll={{ x: true }}
          pagination={pagination(visits.data)}
        />
      )}
    </Card>
  );
}
