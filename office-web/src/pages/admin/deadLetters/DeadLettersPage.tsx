import { RedoOutlined } from '@ant-design/icons';
import { Alert, App, Badge, Button, Descriptions, Popconfirm, Segmented, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useMe } from '../../../me';
import { formatInstant } from '../../../time';
import { usePageParams, useTablePagination } from '../shared/paging';
import { mayAdminister } from '../shared/roles';
import { ServiceTabs } from '../shared/ServiceTabs';
import type { ServiceRef } from '../shared/services';
import { useDeadLetters, useOpenDeadLetterCount, useRedrive, useRedriveAll, type DeadLetter, type DeadLetterStatus } from './api';

/**
 * `/admin/dead-letters` (ADMIN acts, AUDITOR reads): per service, the events its consumers gave up on, why, and
 * — for the administrator — processing them again, one or all. The services offer no other act on them.
 */
export function DeadLettersPage() {
  const { t } = useTranslation('admin');
  const { data: me } = useMe();
  return (
    <>
      <Typography.Title level={2}>{t('deadLetters.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('deadLetters.intro')}</Typography.Paragraph>
      {!mayAdminister(me) && <Alert type="info" showIcon title={t('deadLetters.readOnly')} style={{ marginBottom: 16 }} />}
      <ServiceTabs label={(service) => <TabLabel service={service} />}>{(service) => <ServiceDeadLetters service={service} />}</ServiceTabs>
    </>
  );
}

function TabLabel({ service }: { service: ServiceRef }) {
  const { t } = useTranslation('admin');
  const open = useOpenDeadLetterCount(service.prefix);
  return (
    <Space size={6}>
      {t(`area.${service.key}`, { ns: 'common' })}
      {open.data !== undefined && <Badge count={open.data} showZero color={open.data > 0 ? 'red' : 'green'} title={t('deadLetters.openCount', { count: open.data })} />}
    </Space>
  );
}

const STATUSES = ['OPEN', 'REDRIVEN', 'ALL'] as const;

function ServiceDeadLetters({ service }: { service: ServiceRef }) {
  const { t } = useTranslation('admin');
  const { message } = App.useApp();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const { page, size, setPage } = usePageParams();
  const shown = (STATUSES as readonly string[]).includes(params.get('status') ?? '') ? (params.get('status') as (typeof STATUSES)[number]) : 'OPEN';
  const status: DeadLetterStatus | undefined = shown === 'ALL' ? undefined : shown;
  const letters = useDeadLetters(service.prefix, status, page, size);
  const pagination = useTablePagination(letters.data, setPage);
  const redrive = useRedrive(service.prefix);
  const redriveAll = useRedriveAll(service.prefix);
  const mayAct = mayAdminister(me);

  const redriveOne = (letter: DeadLetter) =>
    redrive.mutate(letter.id, {
      onSuccess: (after) =>
        after.status === 'REDRIVEN'
          ? message.success(t('deadLetters.redriven', { id: letter.id }))
          : message.warning(t('deadLetters.stillFailing', { id: letter.id, failure: after.lastRedriveFailure ?? '' })),
    });
  const redriveEvery = () =>
    redriveAll.mutate(undefined, {
      onSuccess: (summary) => message.info(t('deadLetters.summary', { redriven: summary.redriven, stillFailing: summary.stillFailing })),
    });

  const columns: ColumnsType<DeadLetter> = [
    { key: 'at', title: t('deadLetters.at'), render: (_, letter) => formatInstant(letter.deadLetteredAt) },
    { key: 'type', title: t('deadLetters.eventType'), render: (_, letter) => <Typography.Text code>{letter.headers.ce_type ?? '—'}</Typography.Text> },
    { key: 'topic', title: t('deadLetters.topic'), render: (_, letter) => `${letter.originalTopic} #${letter.originalPartition}@${letter.originalOffset}` },
    {
      key: 'failure',
      title: t('deadLetters.failure'),
      render: (_, letter) => (
        <Typography.Paragraph ellipsis={{ rows: 2, expandable: true }} style={{ marginBottom: 0, maxWidth: 420 }}>
          {letter.lastRedriveFailure ?? letter.failure}
        </Typography.Paragraph>
      ),
    },
    { key: 'attempts', title: t('deadLetters.attempts'), dataIndex: 'redriveAttempts' },
    {
      key: 'status',
      title: t('status', { ns: 'common' }),
      render: (_, letter) => <Tag color={letter.status === 'OPEN' ? 'red' : 'green'}>{t(`deadLetters.status.${letter.status}`)}</Tag>,
    },
  ];
  if (mayAct) {
    columns.push({
      key: 'actions',
      title: t('actions', { ns: 'common' }),
      render: (_, letter) =>
        letter.status === 'OPEN' && (
          <Button
            size="small"
            icon={<RedoOutlined />}
            loading={redrive.isPending && redrive.variables === letter.id}
            aria-label={`${t('deadLetters.redrive')}: ${letter.id}`}
            onClick={() => redriveOne(letter)}
          >
            {t('deadLetters.redrive')}
          </Button>
        ),
    });
  }

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Segmented
          aria-label={t('deadLetters.show')}
          value={shown}
          options={STATUSES.map((value) => ({ value, label: t(`deadLetters.status.${value}`) }))}
          onChange={(value) =>
            setParams((current) => {
              const next = new URLSearchParams(current);
              next.set('status', String(value));
              next.delete('page');
              return next;
            })
          }
        />
        {mayAct && (
          <Popconfirm
            title={t('deadLetters.redriveAllConfirm', { service: t(`area.${service.key}`, { ns: 'common' }) })}
            okText={t('confirm', { ns: 'common' })}
            cancelText={t('cancel', { ns: 'common' })}
            onConfirm={redriveEvery}
          >
            <Button type="primary" icon={<RedoOutlined />} loading={redriveAll.isPending}>
              {t('deadLetters.redriveAll')}
            </Button>
          </Popconfirm>
        )}
      </Space>
      {(redrive.error || redriveAll.error) && (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={redrive.error ?? redriveAll.error} />
        </div>
      )}
      {letters.data ? (
        <Table<DeadLetter>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={letters.data.items}
          loading={letters.isFetching}
          pagination={pagination}
          scroll={{ x: true }}
          title={() => t('deadLetters.tableTitle', { service: t(`area.${service.key}`, { ns: 'common' }) })}
          expandable={{ expandedRowRender: (letter) => <DeadLetterDetails letter={letter} /> }}
        />
      ) : (
        <Loading error={letters.error} retry={() => void letters.refetch()} />
      )}
    </>
  );
}

function DeadLetterDetails({ letter }: { letter: DeadLetter }) {
  const { t } = useTranslation('admin');
  return (
    <Descriptions
      size="small"
      column={1}
      items={[
        { key: 'id', label: t('deadLetters.id'), children: <Typography.Text code>{letter.id}</Typography.Text> },
        { key: 'event', label: t('deadLetters.eventId'), children: letter.headers.ce_id ?? '—' },
        { key: 'key', label: t('deadLetters.key'), children: letter.key ?? '—' },
        { key: 'failure', label: t('deadLetters.firstFailure'), children: letter.failure ?? '—' },
        ...(letter.redrivenAt ? [{ key: 'redrivenAt', label: t('deadLetters.redrivenAt'), children: formatInstant(letter.redrivenAt) }] : []),
        {
          key: 'headers',
          label: t('deadLetters.headers'),
          children: (
            <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
              {Object.entries(letter.headers)
                .map(([name, value]) => `${name}: ${value}`)
                .join('\n')}
            </pre>
          ),
        },
        { key: 'value', label: t('deadLetters.value'), children: <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{letter.value}</pre> },
      ]}
    />
  );
}
