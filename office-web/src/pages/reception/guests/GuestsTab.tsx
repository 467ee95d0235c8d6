import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useMe } from '../../../me';
import { formatDate } from '../../../time';
import { useGuests, usePrecedence, useRemoveGuest } from '../api';
import { isOpen, type Guest, type Host, type Seat, type Visit } from '../model';
import { countryName, isReceptionOfficer, NS, useLanguage } from '../shared';
import { GuestForm } from './GuestForm';
import { guestName } from './guestName';
import { HostsForm, HostsOrder } from './Hosts';

/** A guest with the place the order of precedence gives them (absent when the order could not be asked). */
interface Row {
  guest: Guest;
  seat?: Seat;
}

/**
 * The guest list in the order of precedence the service computes (rank, serving before former, seniority,
 * name; by country at a multilateral event; spouses after their partner), with each guest's post and rank.
 * Passport numbers come masked to everyone but reception officers; diet and religion as the API gives them.
 */
export function GuestsTab({ visit }: { visit: Visit }) {
  const { t } = useTranslation(NS);
  const language = useLanguage();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const guests = useGuests(visit.id);
  const [hosts, setHosts] = useState<Host[]>([]);
  // The order of precedence is a POST; an auditor changes nothing, and the gateway refuses them every POST.
  const canOrder = me !== undefined && !me.roles.includes('AUDITOR');
  const precedence = usePrecedence(visit.id, guests.data?.version, hosts, canOrder);
  const editable = isReceptionOfficer(me) && isOpen(visit.status);
  const remove = useRemoveGuest(visit.id, guests.data);
  const [editing, setEditing] = useState<Guest | 'new' | undefined>();

  if (!guests.data) return <Loading error={guests.error} retry={() => void guests.refetch()} />;
  const list = guests.data;
  const byId = new Map(list.guests.map((guest) => [guest.id, guest]));
  // While the order is asked, nothing is shown in a wrong order; without an order, the list shows as entered.
  const awaitingOrder = canOrder && !precedence.data && !precedence.error;
  const ordered: Row[] = precedence.data
    ? precedence.data.guests.flatMap((seat) => (byId.has(seat.ref) ? [{ guest: byId.get(seat.ref)!, seat }] : []))
    : awaitingOrder
      ? []
      : list.guests.map((guest) => ({ guest }));
  const none = t('none', { ns: 'common' });

  const columns: ColumnsType<Row> = [
    {
      title: t('guests.position'),
      key: 'position',
      width: 72,
      render: (_, row) => (row.seat ? <Tag color="geekblue">{row.seat.position}</Tag> : '—'),
    },
    {
      title: t('guests.name'),
      key: 'name',
      render: (_, { guest }) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{guestName(guest) || none}</Typography.Text>
          <Space size={4} wrap>
            {guest.headOfDelegation && <Tag color="gold">{t('guests.head')}</Tag>}
            {guest.spouseOf && <Tag>{t('guests.spouseOfName', { name: guestName(byId.get(guest.spouseOf)) || guest.spouseOf })}</Tag>}
            {guest.firstVisitToCity && <Tag color="cyan">{t('guests.firstVisit')}</Tag>}
          </Space>
        </Space>
      ),
    },
    {
      title: t('guests.post'),
      key: 'post',
      render: (_, { guest }) => [guest.title, guest.organisation].filter(Boolean).join(' · ') || none,
    },
    { title: t('guests.country'), key: 'country', render: (_, { guest }) => countryName(guest.country, language) },
    {
      title: t('guests.rank'),
      key: 'rank',
      render: (_, { guest }) => (
        <Space orientation="vertical" size={0}>
          <span>{t(`rank.${guest.rank}`)}</span>
          <Typography.Text type="secondary">
            {guest.serving ? t('guests.serving') : t('guests.former')}
            {guest.rankSince ? ` · ${t('guests.since', { date: formatDate(guest.rankSince) })}` : ''}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('guests.needs'),
      key: 'needs',
      render: (_, { guest }) =>
        guest.dietaryNeeds || guest.religiousNeeds ? (
          <Space orientation="vertical" size={0}>
            {guest.dietaryNeeds && <span>{t('guests.diet')}: {guest.dietaryNeeds}</span>}
            {guest.religiousNeeds && <span>{t('guests.religion')}: {guest.religiousNeeds}</span>}
          </Space>
        ) : (
          none
        ),
    },
    {
      title: t('guests.passport'),
      key: 'passport',
      render: (_, { guest }) =>
        guest.passport ? (
          <Space orientation="vertical" size={0}>
            <span>
              {guest.passport.number ?? none}
              {guest.passport.masked && <Tag style={{ marginInlineStart: 4 }}>{t('guests.masked')}</Tag>}
            </span>
            <Typography.Text type="secondary">
              {countryName(guest.passport.nationality, language)} · {t('guests.expires', { date: formatDate(guest.passport.expiryDate) })}
            </Typography.Text>
            {guest.passport.dateOfBirth && (
              <Typography.Text type="secondary">{t('guests.born', { date: formatDate(guest.passport.dateOfBirth) })}</Typography.Text>
            )}
            {guest.passport.issuingPost && <Typography.Text type="secondary">{t('guests.issuingPost')}: {guest.passport.issuingPost}</Typography.Text>}
          </Space>
        ) : (
          none
        ),
    },
    {
      title: t('guests.visaLetter'),
      key: 'visa',
      render: (_, { guest }) => (guest.needsVisaLetter ? <Tag color="orange">{t('guests.needsLetter')}</Tag> : t('no', { ns: 'common' })),
    },
  ];
  if (editable) {
    columns.push({
      title: t('actions', { ns: 'common' }),
      key: 'actions',
      render: (_, { guest }) => (
        <Space>
          <Button size="small" onClick={() => setEditing(guest)} aria-label={t('guests.editNamed', { name: guestName(guest) })}>
            {t('edit', { ns: 'common' })}
          </Button>
          <Popconfirm
            title={t('guests.removeConfirm', { name: guestName(guest) })}
            okText={t('remove', { ns: 'common' })}
            cancelText={t('cancel', { ns: 'common' })}
            onConfirm={() =>
              remove.mutate(guest.id, { onSuccess: () => void message.success(t('guests.removed', { name: guestName(guest) })) })
            }
          >
            <Button size="small" danger aria-label={t('guests.removeNamed', { name: guestName(guest) })}>
              {t('remove', { ns: 'common' })}
            </Button>
          </Popconfirm>
        </Space>
      ),
    });
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={t('guests.title', { count: list.guests.length, of: visit.guestCount })}
        extra={
          editable && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
              {t('guests.add')}
            </Button>
          )
        }
      >
        <Space orientation="vertical" style={{ width: '100%' }}>
          {precedence.data?.multilateral && <Alert type="info" showIcon title={t('guests.multilateral')} />}
          {!canOrder && <Alert type="info" showIcon title={t('guests.listOrder')} />}
          {precedence.error != null && <ProblemAlert error={precedence.error} />}
          {remove.error != null && <ProblemAlert error={remove.error} onClose={() => remove.reset()} />}
          <Table<Row>
            rowKey={(row) => row.guest.id}
            loading={awaitingOrder}
            title={() => (precedence.data || awaitingOrder ? t('guests.caption') : t('guests.captionListOrder'))}
            columns={columns}
            dataSource={ordered}
            pagination={false}
            scroll={{ x: true }}
            locale={{ emptyText: t('guests.empty') }}
          />
        </Space>
      </Card>
      {canOrder && list.guests.length > 0 && (
        <Card title={t('hosts.title')}>
          <HostsForm hosts={hosts} onOrder={setHosts} />
          {precedence.data && precedence.data.hosts.length > 0 && <HostsOrder seats={precedence.data.hosts} />}
        </Card>
      )}
      {editing !== undefined && (
        <GuestForm visit={visit} list={list} guest={editing === 'new' ? undefined : editing} onClose={() => setEditing(undefined)} />
      )}
    </Space>
  );
}
