import { Card, Descriptions, Empty, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { local, type Language } from '../../../text';
import { formatDate } from '../../../time';
import { usePartnerCities } from '../api';
import type { Attachment, Delegation, ItineraryLeg, Member, ScheduleItem } from '../model';

/** Rows of a list as they were filed have no id of their own: their place in the list is their key. */
function keyed<T extends object>(rows: T[]): (T & { key: number })[] {
  return rows.map((row, index) => ({ ...row, key: index }));
}

/** The plan as filed: members, itinerary, schedule, tasks, invitation, budget and documents. */
export function PlanTab({ delegation }: { delegation: Delegation }) {
  const { t, i18n } = useTranslation('travel');
  const language = i18n.language as Language;
  const yes = (value: boolean | undefined) => t(value ? 'yes' : 'no', { ns: 'common' });
  const partners = usePartnerCities();
  const partner = partners.data?.find((candidate) => candidate.id === delegation.partnerCityId);
  const partnerName = partner ? `${local({ zh: partner.names.zh, en: partner.names.en }, language)} (${partner.country})` : delegation.partnerCityId;
  const budget = delegation.budget;
  const budgetTotal = (budget?.items ?? []).reduce((sum, item) => sum + item.amountYuan, 0);
  const caption = (text: string) => <Typography.Text strong>{text}</Typography.Text>;

  return (
    <>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2 }}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'partner', label: t('detail.partnerCity'), children: partnerName ?? t('none', { ns: 'common' }) },
          { key: 'agreement', label: t('detail.signsAgreement'), children: yes(delegation.signsAgreement) },
          { key: 'plan', label: t('detail.planItem'), children: delegation.planItemId ?? t('none', { ns: 'common' }) },
          { key: 'replaces', label: t('detail.replacesPlannedTrip'), children: yes(delegation.replacesPlannedTrip) },
          { key: 'belt', label: t('beltAndRoad'), children: yes(delegation.beltAndRoad) },
          { key: 'urgent', label: t('urgent'), children: yes(delegation.urgent) },
        ]}
      />
      <Table<Member>
        caption={caption(t('detail.members'))}
        size="small"
        pagination={false}
        scroll={{ x: true }}
        dataSource={keyed(delegation.members)}
        style={{ marginBottom: 16 }}
        columns={[
          { key: 'name', title: t('member.name'), dataIndex: 'name' },
          { key: 'post', title: t('member.post'), dataIndex: 'post' },
          { key: 'unit', title: t('member.unit'), dataIndex: 'unit' },
          { key: 'rank', title: t('member.rank'), render: (_, member) => (member.rank ? t(`rank.${member.rank}`) : '') },
          { key: 'role', title: t('member.role'), render: (_, member) => (member.role ? t(`memberRole.${member.role}`) : '') },
          { key: 'head', title: t('member.unitHead'), render: (_, member) => (member.unitHead ? yes(true) : '') },
          { key: 'person', title: t('member.personId'), dataIndex: 'personId' },
        ]}
      />
      <Table<ItineraryLeg>
        caption={caption(t('detail.legs'))}
        size="small"
        pagination={false}
        scroll={{ x: true }}
        dataSource={keyed(delegation.legs ?? [])}
        style={{ marginBottom: 16 }}
        columns={[
          { key: 'country', title: t('leg.country'), dataIndex: 'country' },
          { key: 'city', title: t('leg.city'), dataIndex: 'city' },
          { key: 'arrival', title: t('leg.arrival'), render: (_, leg) => formatDate(leg.arrival) },
          { key: 'departure', title: t('leg.departure'), render: (_, leg) => formatDate(leg.departure) },
          { key: 'transit', title: t('leg.transit'), render: (_, leg) => (leg.transit ? `${yes(true)}${leg.exitsAirport ? ` · ${t('leg.exitsAirport')}` : ''}` : '') },
        ]}
      />
      <Table<ScheduleItem>
        caption={caption(t('detail.schedule'))}
        size="small"
        pagination={false}
        scroll={{ x: true }}
        dataSource={keyed(delegation.schedule ?? [])}
        style={{ marginBottom: 16 }}
        columns={[
          { key: 'date', title: t('schedule.date'), render: (_, item) => formatDate(item.date) },
          { key: 'activity', title: t('schedule.activity'), dataIndex: 'activity' },
          { key: 'hours', title: t('schedule.hours'), dataIndex: 'hours' },
          { key: 'official', title: t('schedule.official'), render: (_, item) => yes(item.official) },
        ]}
      />
      <Card size="small" title={t('detail.tasks')} style={{ marginBottom: 16 }}>
        {(delegation.tasks ?? []).length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('none', { ns: 'common' })} />
        ) : (
          <ol style={{ margin: 0, paddingInlineStart: 20 }}>
            {(delegation.tasks ?? []).map((task, index) => (
              <li key={index}>{task}</li>
            ))}
          </ol>
        )}
      </Card>
      <Card size="small" title={t('detail.invitation')} style={{ marginBottom: 16 }}>
        {delegation.invitation ? (
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'body', label: t('invitation.invitingBody'), children: delegation.invitation.invitingBody },
              { key: 'kind', label: t('invitation.inviterKind'), children: t(`inviterKind.${delegation.invitation.inviterKind}`) },
              { key: 'signer', label: t('invitation.signer'), children: delegation.invitation.signer },
              { key: 'relationship', label: t('invitation.relationship'), children: delegation.invitation.relationship },
              { key: 'translation', label: t('invitation.translationAttached'), children: yes(delegation.invitation.translationAttached) },
            ]}
          />
        ) : (
          <Typography.Text type="danger">{t('detail.noInvitation')}</Typography.Text>
        )}
      </Card>
      <Card size="small" title={t('detail.budget')} style={{ marginBottom: 16 }} extra={budget ? `${t('budget.total')}: ¥${budgetTotal.toLocaleString()}` : null}>
        {budget ? (
          <>
            <Table
              size="small"
                    pagination={false}
              dataSource={keyed(budget.items)}
              columns={[
                { key: 'description', title: t('budget.description'), dataIndex: 'description' },
                { key: 'amount', title: t('budget.amountYuan'), dataIndex: 'amountYuan', align: 'right' },
              ]}
            />
            <Descriptions
              size="small"
              style={{ marginTop: 12 }}
              column={{ xs: 1, md: 2 }}
              items={[
                { key: 'source', label: t('budget.fundingSource'), children: budget.fundingSource ?? t('none', { ns: 'common' }) },
                { key: 'seal', label: t('budget.financeSealConfirmed'), children: yes(budget.financeSealConfirmed) },
              ]}
            />
          </>
        ) : (
          <Typography.Text type="danger">{t('detail.noBudget')}</Typography.Text>
        )}
      </Card>
      <Table<Attachment>
        caption={caption(t('detail.attachments'))}
        size="small"
        pagination={false}
        scroll={{ x: true }}
        dataSource={keyed(delegation.attachments ?? [])}
        columns={[
          { key: 'kind', title: t('attachment.kind'), render: (_, attachment) => t(`attachmentKind.${attachment.kind}`) },
          { key: 'title', title: t('attachment.title'), dataIndex: 'title' },
          { key: 'ref', title: t('attachment.ref'), render: (_, attachment) => <Typography.Text code>{attachment.ref}</Typography.Text> },
        ]}
      />
    </>
  );
}
