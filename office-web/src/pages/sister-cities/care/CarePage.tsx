import { Form, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/Loading';
import { formatDate, formatInstant, daysUntil } from '../../../time';
import { NS } from '../shared/api';
import { PageTitle, Section } from '../shared/layout';
import { usePaging } from '../shared/paging';
import { PartnerLink } from '../partners/PartnerLink';
import { useAnniversaries, useAtRisk, type AtRiskRelationship, type UpcomingAnniversary } from './api';

/** The look-ahead the office can choose for anniversaries; the service clamps to 1–24 months. */
const WITHIN = [3, 6, 12, 24];

function AtRiskTable() {
  const { t } = useTranslation(NS);
  const paging = usePaging();
  const atRisk = useAtRisk(paging.page, paging.size);
  if (atRisk.error) return <Loading error={atRisk.error} retry={() => void atRisk.refetch()} />;
  const columns: ColumnsType<AtRiskRelationship> = [
    { key: 'partner', title: t('care.partner'), render: (_, item) => <PartnerLink id={item.partnerCityId} names={item.partnerCityName} /> },
    { key: 'kind', title: t('relationship.kind'), render: (_, item) => t(`kind.${item.kind}`) },
    { key: 'last', title: t('care.lastActivityOn'), render: (_, item) => formatDate(item.lastActivityOn) },
    { key: 'months', title: t('care.monthsQuiet'), align: 'right', render: (_, item) => <Tag color="warning">{t('care.months', { count: item.monthsQuiet })}</Tag> },
    { key: 'since', title: t('care.atRiskSince'), render: (_, item) => formatDate(item.atRiskSince) },
    { key: 'flagged', title: t('care.flaggedAt'), render: (_, item) => formatInstant(item.flaggedAt) },
  ];
  return (
    <Table<AtRiskRelationship>
      rowKey="relationshipId"
      caption={<Typography.Text strong>{t('care.atRisk')}</Typography.Text>}
      loading={atRisk.isFetching}
      columns={columns}
      dataSource={atRisk.data?.items ?? []}
      scroll={{ x: true }}
      pagination={paging.pagination(atRisk.data)}
    />
  );
}

function AnniversaryTable() {
  const { t } = useTranslation(NS);
  const [withinMonths, setWithinMonths] = useState<number>();
  const paging = usePaging();
  const anniversaries = useAnniversaries(withinMonths, paging.page, paging.size);
  const columns: ColumnsType<UpcomingAnniversary> = [
    { key: 'partner', title: t('care.partner'), render: (_, item) => <PartnerLink id={item.partnerCityId} names={item.partnerCityName} /> },
    { key: 'kind', title: t('relationship.kind'), render: (_, item) => t(`kind.${item.kind}`) },
    { key: 'years', title: t('care.years'), align: 'right', render: (_, item) => <Tag color="gold">{t('care.yearsCount', { count: item.years })}</Tag> },
    { key: 'date', title: t('care.anniversaryDate'), render: (_, item) => `${formatDate(item.anniversaryDate)} (${t('care.inDays', { count: daysUntil(item.anniversaryDate) })})` },
    { key: 'agreement', title: t('care.agreementDate'), render: (_, item) => formatDate(item.agreementDate) },
    { key: 'announced', title: t('care.announced'), render: (_, item) => t(item.announced ? 'yes' : 'no', { ns: 'common' }) },
  ];
  return (
    <>
      <Form layout="inline" style={{ marginBottom: 12 }}>
        <Form.Item label={t('care.within')} htmlFor="care-within">
          <Select
            id="care-within"
            allowClear
            style={{ minWidth: 160 }}
            placeholder={t('care.withinDefault')}
            value={withinMonths}
            onChange={(value) => {
              setWithinMonths(value);
              paging.reset();
            }}
            options={WITHIN.map((months) => ({ value: months, label: t('care.months', { count: months }) }))}
          />
        </Form.Item>
      </Form>
      {anniversaries.error ? (
        <Loading error={anniversaries.error} retry={() => void anniversaries.refetch()} />
      ) : (
        <Table<UpcomingAnniversary>
          rowKey={(item) => `${item.relationshipId}-${item.years}`}
          caption={<Typography.Text strong>{t('care.anniversaries')}</Typography.Text>}
          loading={anniversaries.isFetching}
          columns={columns}
          dataSource={anniversaries.data?.items ?? []}
          scroll={{ x: true }}
          pagination={paging.pagination(anniversaries.data)}
        />
      )}
    </>
  );
}

/** `/sister-cities/care`: relationships quiet for more than 24 months, and round anniversaries coming. */
export function CarePage() {
  const { t } = useTranslation(NS);
  return (
    <>
      <PageTitle title={t('care.title')} />
      <Section title={t('care.atRisk')}>
        <Typography.Paragraph type="secondary">{t('care.atRiskHelp')}</Typography.Paragraph>
        <AtRiskTable />
      </Section>
      <Section title={t('care.anniversaries')}>
        <AnniversaryTable />
      </Section>
    </>
  );
}
