import { Button, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { NS } from '../shared/api';
import { countryName } from '../shared/countries';
import { RELATIONSHIP_STAGES, type RelationshipStage } from '../shared/model';
import { useLanguage } from '../shared/options';
import type { Relationship } from '../relationships/api';
import type { PartnerCity } from './api';

interface CountryRow {
  country: string;
  partners: number;
  stages: Partial<Record<RelationshipStage, number>>;
}

/** Partners and their relationships counted per country and stage: the office's map, as a table. */
export function countByCountry(partners: PartnerCity[], relationships: Relationship[]): CountryRow[] {
  const rows = new Map<string, CountryRow>();
  const countryOf = new Map(partners.map((partner) => [partner.id, partner.country]));
  for (const partner of partners) {
    const row = rows.get(partner.country) ?? { country: partner.country, partners: 0, stages: {} };
    row.partners += 1;
    rows.set(partner.country, row);
  }
  for (const relationship of relationships) {
    const row = rows.get(countryOf.get(relationship.partnerCityId) ?? '');
    if (row) row.stages[relationship.stage] = (row.stages[relationship.stage] ?? 0) + 1;
  }
  return [...rows.values()];
}

export function CountryOverview({
  partners,
  relationships,
  selected,
  onPick,
}: {
  partners: PartnerCity[];
  relationships: Relationship[];
  selected?: string;
  onPick: (country: string | undefined) => void;
}) {
  const { t } = useTranslation(NS);
  const language = useLanguage();
  const rows = countByCountry(partners, relationships).sort((a, b) =>
    countryName(a.country, language).localeCompare(countryName(b.country, language), language === 'zh' ? 'zh-CN' : 'en'),
  );
  const stages = RELATIONSHIP_STAGES.filter((stage) => rows.some((row) => row.stages[stage]));
  const columns: ColumnsType<CountryRow> = [
    {
      key: 'country',
      title: t('partners.country'),
      render: (_, row) => (
        <Button
          type="link"
          style={{ padding: 0 }}
          aria-pressed={selected === row.country}
          onClick={() => onPick(selected === row.country ? undefined : row.country)}
        >
          {countryName(row.country, language)} ({row.country})
        </Button>
      ),
    },
    { key: 'partners', dataIndex: 'partners', title: t('partners.count'), align: 'right' },
    ...stages.map((stage) => ({
      key: stage,
      title: t(`state.${stage}`),
      align: 'right' as const,
      render: (_: unknown, row: CountryRow) => row.stages[stage] ?? 0,
    })),
  ];
  return (
    <Table<CountryRow>
      rowKey="country"
      size="small"
      caption={<Typography.Text strong>{t('partners.overview')}</Typography.Text>}
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: true }}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>{t('partners.allCountries')}</Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            {partners.length}
          </Table.Summary.Cell>
          {stages.map((stage, index) => (
            <Table.Summary.Cell key={stage} index={index + 2} align="right">
              {relationships.filter((relationship) => relationship.stage === stage).length}
            </Table.Summary.Cell>
          ))}
        </Table.Summary.Row>
      )}
    />
  );
}
