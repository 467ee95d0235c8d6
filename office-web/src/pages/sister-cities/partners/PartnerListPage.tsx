import { Button, Form, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/Loading';
import { StateTag } from '../../../components/StateTag';
import { hasAny, useMe } from '../../../me';
import { NS } from '../shared/api';
import { countryName, countryOptions } from '../shared/countries';
import { PageTitle, Section } from '../shared/layout';
import { usePaging } from '../shared/paging';
import { OFFICER } from '../shared/model';
import { useLanguage } from '../shared/options';
import { useAllRelationships, type Relationship } from '../relationships/api';
import { useAllPartners, usePartnerPage, type PartnerCity } from './api';
import { CountryOverview } from './CountryOverview';
import { PartnerLink } from './PartnerLink';
import { RegisterPartnerModal } from './RegisterPartnerModal';

/** `/sister-cities/partners`: the partners by country, the list (filtered by country) and registration. */
export function PartnerListPage() {
  const { t } = useTranslation(NS);
  const language = useLanguage();
  const { data: me } = useMe();
  const [country, setCountry] = useState<string>();
  const paging = usePaging();
  const [registering, setRegistering] = useState(false);
  const list = usePartnerPage(country, paging.page, paging.size);
  const all = useAllPartners();
  const relationships = useAllRelationships();

  const byPartner = new Map<string, Relationship[]>();
  for (const relationship of relationships.data ?? []) {
    byPartner.set(relationship.partnerCityId, [...(byPartner.get(relationship.partnerCityId) ?? []), relationship]);
  }
  const pick = (code: string | undefined) => {
    setCountry(code);
    paging.reset();
  };

  const columns: ColumnsType<PartnerCity> = [
    { key: 'name', title: t('partners.name'), render: (_, partner) => <PartnerLink id={partner.id} names={partner.names} /> },
    {
      key: 'country',
      title: t('partners.country'),
      render: (_, partner) => `${countryName(partner.country, language)} (${partner.country})`,
    },
    { key: 'region', dataIndex: 'region', title: t('partners.region') },
    { key: 'level', title: t('partners.level'), render: (_, partner) => t(`level.${partner.administrativeLevel}`) },
    {
      key: 'diplomaticRelations',
      title: t('partners.diplomaticRelations'),
      render: (_, partner) => t(partner.diplomaticRelations ? 'yes' : 'no', { ns: 'common' }),
    },
    {
      key: 'relationships',
      title: t('relationship.title'),
      render: (_, partner) => (
        <Space wrap size={4}>
          {(byPartner.get(partner.id) ?? []).map((relationship) => (
            <Space key={relationship.id} size={2}>
              <Tag>{t(`kind.${relationship.kind}`)}</Tag>
              <StateTag state={relationship.stage} namespace={NS} />
            </Space>
          ))}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageTitle
        title={t('partners.title')}
        extra={
          hasAny(me, OFFICER) && (
            <Button type="primary" onClick={() => setRegistering(true)}>
              {t('partners.register')}
            </Button>
          )
        }
      />
      <Section title={t('partners.overview')}>
        {all.data ? (
          <CountryOverview partners={all.data} relationships={relationships.data ?? []} selected={country} onPick={pick} />
        ) : (
          <Loading error={all.error} retry={() => void all.refetch()} />
        )}
      </Section>
      <Section title={t('partners.list')}>
        <Form layout="inline" style={{ marginBottom: 12 }}>
          <Form.Item label={t('partners.country')} htmlFor="partner-country">
            <Select
              id="partner-country"
              allowClear
              style={{ minWidth: 220 }}
              value={country}
              onChange={pick}
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('partners.allCountries')}
              options={countryOptions(language, [...new Set((all.data ?? []).map((partner) => partner.country))])}
            />
          </Form.Item>
        </Form>
        {list.error ? (
          <Loading error={list.error} retry={() => void list.refetch()} />
        ) : (
          <Table<PartnerCity>
            rowKey="id"
            caption={<Typography.Text strong>{t('partners.list')}</Typography.Text>}
            loading={list.isFetching}
            columns={columns}
            dataSource={list.data?.items ?? []}
            scroll={{ x: true }}
            pagination={paging.pagination(list.data)}
          />
        )}
      </Section>
      <RegisterPartnerModal open={registering} onClose={() => setRegistering(false)} />
    </>
  );
}
