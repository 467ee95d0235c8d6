import { Button, Col, Descriptions, Empty, Row, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Loading } from '../../../components/Loading';
import { hasAny, useMe } from '../../../me';
import { local } from '../../../text';
import { formatInstant } from '../../../time';
import { ActivityFormModal } from '../activities/ActivityFormModal';
import { ActivityTimeline } from '../activities/ActivityTimeline';
import { CareBadges } from '../care/CareBadges';
import { PartnerProjects } from '../projects/PartnerProjects';
import { PartnerRelationships } from '../relationships/PartnerRelationships';
import { NS } from '../shared/api';
import { countryName } from '../shared/countries';
import { PageTitle, Section } from '../shared/layout';
import { OFFICER } from '../shared/model';
import { useLanguage } from '../shared/options';
import { fullName, usePartner, type Contact, type PartnerCity } from './api';
import { EditPartnerModal } from './EditPartnerModal';

function Facts({ partner }: { partner: PartnerCity }) {
  const { t } = useTranslation(NS);
  const language = useLanguage();
  const yesNo = (value: boolean) => t(value ? 'yes' : 'no', { ns: 'common' });
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2 }}
      items={[
        { key: 'zh', label: t('partners.nameZh'), children: partner.names.zh },
        { key: 'en', label: t('partners.nameEn'), children: partner.names.en },
        { key: 'local', label: t('partners.nameLocal'), children: partner.names.local ?? '—' },
        { key: 'country', label: t('partners.country'), children: `${countryName(partner.country, language)} (${partner.country})` },
        { key: 'region', label: t('partners.region'), children: partner.region ?? '—' },
        { key: 'level', label: t('partners.level'), children: t(`level.${partner.administrativeLevel}`) },
        { key: 'diplomatic', label: t('partners.diplomaticRelations'), children: yesNo(partner.diplomaticRelations) },
        { key: 'other', label: t('partners.otherChineseSisterCity'), children: yesNo(partner.otherChineseSisterCity) },
        {
          key: 'website',
          label: t('partners.website'),
          children: partner.website ? (
            <Typography.Link href={partner.website} target="_blank" rel="noopener noreferrer nofollow">
              {partner.website}
            </Typography.Link>
          ) : (
            '—'
          ),
        },
        {
          key: 'registered',
          label: t('partners.registered'),
          children: t('partners.byAt', { by: partner.registeredBy ?? '', at: formatInstant(partner.registeredAt) }),
        },
        ...(partner.revisedAt
          ? [{ key: 'revised', label: t('partners.revised'), children: t('partners.byAt', { by: partner.revisedBy ?? '', at: formatInstant(partner.revisedAt) }) }]
          : []),
        { key: 'profile', label: t('partners.profile'), span: 'filled', children: local(partner.profile, language) || '—' },
      ]}
    />
  );
}

function Contacts({ contacts }: { contacts: Contact[] }) {
  const { t } = useTranslation(NS);
  if (contacts.length === 0) return <Empty description={t('partners.noContacts')} />;
  return (
    <Table<Contact>
      rowKey={(contact) => `${contact.name}-${contact.email ?? ''}`}
      size="small"
      caption={<Typography.Text strong>{t('partners.contacts')}</Typography.Text>}
      pagination={false}
      scroll={{ x: true }}
      dataSource={contacts}
      columns={[
        { key: 'name', dataIndex: 'name', title: t('partners.contactName') },
        { key: 'role', dataIndex: 'role', title: t('partners.contactRole') },
        { key: 'organisation', dataIndex: 'organisation', title: t('partners.contactOrganisation') },
        { key: 'email', title: t('partners.contactEmail'), render: (_, contact) => contact.email && <a href={`mailto:${contact.email}`}>{contact.email}</a> },
        { key: 'phone', dataIndex: 'phone', title: t('partners.contactPhone') },
        { key: 'languages', title: t('partners.contactLanguages'), render: (_, contact) => (contact.languages ?? []).map((tag) => <Tag key={tag}>{tag}</Tag>) },
      ]}
    />
  );
}

/**
 * `/sister-cities/partners/:id`: the partner's file and contacts, its relationships on their approval path
 * with the acts open to the caller, its exchanges as a timeline, its projects, and what the care check says.
 */
export function PartnerPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(NS);
  const language = useLanguage();
  const { data: me } = useMe();
  const partner = usePartner(id);
  const [editing, setEditing] = useState(false);
  const [planning, setPlanning] = useState(false);
  if (!partner.data) return <Loading error={partner.error} retry={() => void partner.refetch()} />;
  const city = partner.data;
  const officer = hasAny(me, OFFICER);
  return (
    <>
      <PageTitle
        title={fullName(city.names, language)}
        tags={
          <>
            <Tag>{countryName(city.country, language)}</Tag>
            <CareBadges partnerCityId={city.id} />
          </>
        }
        extra={
          officer && (
            <Button onClick={() => setEditing(true)}>{t('partners.edit')}</Button>
          )
        }
      />
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <Section title={t('partners.facts')}>
            <Facts partner={city} />
          </Section>
          <Section title={t('partners.contacts')}>
            <Contacts contacts={city.contacts ?? []} />
          </Section>
          <PartnerRelationships partnerCityId={city.id} />
        </Col>
        <Col xs={24} xl={10}>
          <Section
            title={t('activity.timeline')}
            extra={
              officer && (
                <Button type="primary" onClick={() => setPlanning(true)}>
                  {t('act.PLAN_ACTIVITY')}
                </Button>
              )
            }
          >
            <ActivityTimeline partnerCityId={city.id} />
          </Section>
          <Section title={t('project.ofPartner')}>
            <PartnerProjects partnerCityId={city.id} />
          </Section>
        </Col>
      </Row>
      <EditPartnerModal partner={city} open={editing} onClose={() => setEditing(false)} />
      <ActivityFormModal partnerCityId={city.id} open={planning} onClose={() => setPlanning(false)} />
    </>
  );
}
