import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Popconfirm, Progress, Row, Space, Statistic, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { StateTag } from '../../../components/StateTag';
import { useMe } from '../../../me';
import { formatDate } from '../../../time';
import { useGuests, useHospitality, useRemoveHospitality } from '../api';
import { guestName } from '../guests/guestName';
import { isApproved, isOpen, type Banquet, type GiftGiven, type GiftReceived, type HospitalityKind, type Visit } from '../model';
import { isReceptionOfficer, NS, useLanguage, yuan } from '../shared';
import { HospitalityForm } from './HospitalityForm';

/**
 * An amount against the cap that applies to it (RULES.md §3): the bar fills to the cap and turns red above
 * it; the cap's policy parameter is named, as the office's rulebook spells it.
 */
export function CapProgress({ amount, cap, parameter }: { amount: number; cap: number; parameter: string }) {
  const { t } = useTranslation(NS);
  const language = useLanguage();
  const over = amount > cap;
  const label = t('hospitality.againstCap', { amount: yuan(amount, language), cap: yuan(cap, language) });
  return (
    <Space orientation="vertical" size={0} style={{ minWidth: 180 }}>
      <Progress
        percent={cap > 0 ? Math.min(100, Math.round((amount / cap) * 100)) : 100}
        status={over ? 'exception' : 'normal'}
        size="small"
        format={() => null}
        showInfo={false}
        aria-label={label}
      />
      <Typography.Text type={over ? 'danger' : undefined}>{label}</Typography.Text>
      <Tooltip title={t('hospitality.parameterHint')}>
        <Tag color={over ? 'red' : 'default'}>{parameter}</Tag>
      </Tooltip>
    </Space>
  );
}

/**
 * Banquets, gifts given and gifts received of a visit, each next to its cap. Reception officers record and
 * remove entries while the visit is approved and open; the rules broken come back by field and show there.
 */
export function HospitalityTab({ visit }: { visit: Visit }) {
  const { t } = useTranslation(NS);
  const language = useLanguage();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const hospitality = useHospitality(visit.id);
  const guests = useGuests(visit.id);
  const remove = useRemoveHospitality(visit.id, hospitality.data);
  const [adding, setAdding] = useState<HospitalityKind | undefined>();
  if (!hospitality.data) return <Loading error={hospitality.error} retry={() => void hospitality.refetch()} />;
  const data = hospitality.data;
  const editable = isReceptionOfficer(me) && isOpen(visit.status);
  const guestById = new Map((guests.data?.guests ?? []).map((guest) => [guest.id, guest]));
  const none = t('none', { ns: 'common' });

  const removeColumn = <T extends { entryId: string }>(kind: HospitalityKind, name: (entry: T) => string): ColumnsType<T> =>
    editable
      ? [
          {
            title: t('actions', { ns: 'common' }),
            key: 'actions',
            render: (_, entry) => (
              <Popconfirm
                title={t('hospitality.removeConfirm')}
                okText={t('remove', { ns: 'common' })}
                cancelText={t('cancel', { ns: 'common' })}
                onConfirm={() => remove.mutate({ kind, entryId: entry.entryId }, { onSuccess: () => void message.success(t('hospitality.removed')) })}
              >
                <Button size="small" danger aria-label={t('hospitality.removeNamed', { name: name(entry) })}>
                  {t('remove', { ns: 'common' })}
                </Button>
              </Popconfirm>
            ),
          },
        ]
      : [];
  const addButton = (kind: HospitalityKind) =>
    editable && (
      <Button icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(kind)} disabled={!isApproved(visit.status)}>
        {t(`hospitality.add.${kind}`)}
      </Button>
    );

  const banquetColumns: ColumnsType<Banquet> = [
    { title: t('hospitality.date'), key: 'date', render: (_, b) => formatDate(b.date) },
    {
      title: t('hospitality.kind'),
      key: 'kind',
      render: (_, b) => (
        <Space size={4} wrap>
          <Tag>{t(`banquetKind.${b.kind}`)}</Tag>
          {!b.countsAsBanquet && <Typography.Text type="secondary">{t('hospitality.notCounted')}</Typography.Text>}
        </Space>
      ),
    },
    { title: t('hospitality.host'), key: 'host', render: (_, b) => `${b.hostName} · ${t(`rank.${b.hostRank}`)}` },
    { title: t('hospitality.headcount'), dataIndex: 'headcount', align: 'right' },
    {
      title: t('hospitality.costPerHead'),
      key: 'cost',
      render: (_, b) => <CapProgress amount={b.costPerHeadYuan} cap={b.capPerHead} parameter={b.capParameter} />,
    },
    { title: t('hospitality.total'), key: 'total', align: 'right', render: (_, b) => yuan(b.totalYuan, language) },
    ...removeColumn<Banquet>('banquets', (b) => `${formatDate(b.date)} ${t(`banquetKind.${b.kind}`)}`),
  ];

  const giftGivenColumns: ColumnsType<GiftGiven> = [
    { title: t('hospitality.recipient'), key: 'guest', render: (_, g) => guestName(guestById.get(g.guestId)) || g.guestId },
    { title: t('hospitality.recipientRole'), key: 'role', render: (_, g) => t(`recipientRole.${g.recipientRole}`) },
    {
      title: t('hospitality.ranks'),
      key: 'ranks',
      render: (_, g) => t('hospitality.giverToRecipient', { giver: t(`rank.${g.giverRank}`), recipient: t(`rank.${g.recipientRank}`) }),
    },
    { title: t('hospitality.value'), key: 'value', render: (_, g) => <CapProgress amount={g.valueYuan} cap={g.cap} parameter={g.capParameter} /> },
    {
      title: t('hospitality.occasion'),
      key: 'occasion',
      render: (_, g) => (
        <Space size={4} wrap>
          {g.firstVisit && <Tag color="cyan">{t('guests.firstVisit')}</Tag>}
          {g.inReturn && <Tag>{t('hospitality.inReturn')}</Tag>}
        </Space>
      ),
    },
    { title: t('hospitality.description'), key: 'description', render: (_, g) => g.description ?? none },
    { title: t('hospitality.givenOn'), key: 'givenOn', render: (_, g) => (g.givenOn ? formatDate(g.givenOn) : none) },
    ...removeColumn<GiftGiven>('gifts-given', (g) => guestName(guestById.get(g.guestId)) || g.guestId),
  ];

  const giftReceivedColumns: ColumnsType<GiftReceived> = [
    { title: t('hospitality.receivedOn'), key: 'receivedOn', render: (_, g) => formatDate(g.receivedOn) },
    { title: t('hospitality.from'), dataIndex: 'from' },
    { title: t('hospitality.receivedBy'), dataIndex: 'receivedBy' },
    { title: t('hospitality.description'), dataIndex: 'description' },
    {
      title: t('hospitality.value'),
      key: 'value',
      align: 'right',
      render: (_, g) => (
        <Space orientation="vertical" size={0}>
          <span>{yuan(g.valueYuan, language)}</span>
          {g.valueYuan >= g.declarationThreshold && <Tag color="orange">{t('hospitality.toDeclare', { threshold: yuan(g.declarationThreshold, language) })}</Tag>}
        </Space>
      ),
    },
    {
      title: t('hospitality.declaration'),
      key: 'declaration',
      render: (_, g) =>
        g.declarationStatus ? (
          <Space orientation="vertical" size={0}>
            <StateTag state={g.declarationStatus} namespace={NS} />
            {g.declarationDueDate && <Typography.Text type="secondary">{t('declarations.dueOn', { date: formatDate(g.declarationDueDate) })}</Typography.Text>}
          </Space>
        ) : (
          none
        ),
    },
    ...removeColumn<GiftReceived>('gifts-received', (g) => `${g.from} ${g.description}`),
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {!isApproved(visit.status) && <Alert type="info" showIcon title={t('hospitality.beforeApproval')} />}
      {remove.error != null && <ProblemAlert error={remove.error} onClose={() => remove.reset()} />}
      <Card title={t('hospitality.banquets')} extra={addButton('banquets')}>
        <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
          <Col xs={24} sm={12} md={8}>
            <Statistic title={t('hospitality.banquetsCounted')} value={data.banquetsCounted} suffix={`/ ${data.banquetsPerStay}`} />
            <Progress
              percent={data.banquetsPerStay > 0 ? Math.min(100, Math.round((data.banquetsCounted / data.banquetsPerStay) * 100)) : 100}
              status={data.banquetsCounted > data.banquetsPerStay ? 'exception' : 'normal'}
              showInfo={false}
              size="small"
              aria-label={t('hospitality.banquetsOf', { count: data.banquetsCounted, limit: data.banquetsPerStay })}
            />
            <Tag>BANQUETS_PER_STAY</Tag>
          </Col>
        </Row>
        <Table<Banquet> rowKey="entryId" size="small" title={() => t('hospitality.banquetsCaption')} columns={banquetColumns} dataSource={data.banquets} pagination={false} scroll={{ x: true }} />
      </Card>
      <Card title={t('hospitality.giftsGiven')} extra={addButton('gifts-given')}>
        <Table<GiftGiven> rowKey="entryId" size="small" title={() => t('hospitality.giftsGivenCaption')} columns={giftGivenColumns} dataSource={data.giftsGiven} pagination={false} scroll={{ x: true }} />
      </Card>
      <Card title={t('hospitality.giftsReceived')} extra={addButton('gifts-received')}>
        <Typography.Paragraph type="secondary">
          {t('hospitality.declarationRule', { threshold: yuan(data.giftDeclarationThreshold, language), count: data.giftDeclarationMonths })}
        </Typography.Paragraph>
        <Table<GiftReceived>
          rowKey="entryId"
          size="small"
          title={() => t('hospitality.giftsReceivedCaption')}
          columns={giftReceivedColumns}
          dataSource={data.giftsReceived}
          pagination={false}
          scroll={{ x: true }}
        />
      </Card>
      {adding && (
        <HospitalityForm kind={adding} visit={visit} hospitality={data} guests={guests.data?.guests ?? []} onClose={() => setAdding(undefined)} />
      )}
    </Space>
  );
}
