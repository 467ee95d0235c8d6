import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, DatePicker, Drawer, Popconfirm, Row, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Page } from '../../../api/http';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useMe } from '../../../me';
import { local } from '../../../text';
import { officeToday } from '../../../time';
import { useBookings, useDeactivateResource, type Booking, type ResourceKind } from '../api';
import { officeTime } from '../plan/ScheduleTable';
import { isReceptionOfficer, languageName, NS, useLanguage, usePaging } from '../shared';

interface Resource {
  id: string;
  active: boolean;
  version: number;
}

/**
 * The frame both resource lists share: a paged table bound to the API's page, size and total; reception
 * officers register, correct and deactivate; everyone who reads visits sees each one's bookings.
 */
export function ResourcePage<R extends Resource>({
  kind,
  useList,
  columns,
  nameOf,
  renderForm,
}: {
  kind: ResourceKind;
  useList: (page: number, size: number) => { data?: Page<R>; error: unknown; isLoading: boolean; refetch: () => unknown };
  columns: ColumnsType<R>;
  nameOf: (resource: R) => string;
  renderForm: (existing: R | undefined, onClose: () => void) => ReactNode;
}) {
  const { t } = useTranslation(NS);
  const { message } = App.useApp();
  const { data: me } = useMe();
  const { page, size, pagination } = usePaging();
  const list = useList(page, size);
  const deactivate = useDeactivateResource(kind);
  const [editing, setEditing] = useState<R | 'new' | undefined>();
  const [booked, setBooked] = useState<R | undefined>();
  const officer = isReceptionOfficer(me);

  const actions: ColumnsType<R> = [
    {
      title: t('actions', { ns: 'common' }),
      key: 'actions',
      render: (_, resource) => (
        <Space wrap>
          <Button size="small" onClick={() => setBooked(resource)} aria-label={t('resources.bookingsOf', { name: nameOf(resource) })}>
            {t('resources.bookings')}
          </Button>
          {officer && (
            <Button size="small" onClick={() => setEditing(resource)} aria-label={t('resources.editNamed', { name: nameOf(resource) })}>
              {t('edit', { ns: 'common' })}
            </Button>
          )}
          {officer && resource.active && (
            <Popconfirm
              title={t('resources.deactivateConfirm', { name: nameOf(resource) })}
              okText={t('resources.deactivate')}
              cancelText={t('cancel', { ns: 'common' })}
              onConfirm={() =>
                deactivate.mutate(resource, { onSuccess: () => void message.success(t('resources.deactivated', { name: nameOf(resource) })) })
              }
            >
              <Button size="small" danger aria-label={t('resources.deactivateNamed', { name: nameOf(resource) })}>
                {t('resources.deactivate')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <Row justify="space-between" align="middle" gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {t(`${kind}.title`)}
          </Typography.Title>
        </Col>
        {officer && (
          <Col>
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
              {t(`${kind}.register`)}
            </Button>
          </Col>
        )}
      </Row>
      <Card>
        {deactivate.error != null && <ProblemAlert error={deactivate.error} onClose={() => deactivate.reset()} />}
        {list.error ? (
          <Loading error={list.error} retry={() => void list.refetch()} />
        ) : (
          <Table<R>
            rowKey="id"
            loading={list.isLoading}
            title={() => t(`${kind}.caption`)}
            columns={[
              ...columns,
              {
                title: t('resources.active'),
                key: 'active',
                render: (_, resource) => (resource.active ? <Tag color="success">{t('resources.isActive')}</Tag> : <Tag>{t('resources.inactive')}</Tag>),
              },
              ...actions,
            ]}
            dataSource={list.data?.items ?? []}
            scroll={{ x: true }}
            pagination={pagination(list.data)}
          />
        )}
      </Card>
      {editing !== undefined && renderForm(editing === 'new' ? undefined : editing, () => setEditing(undefined))}
      <Drawer open={booked !== undefined} size="large" title={booked && t('resources.bookingsOf', { name: nameOf(booked) })} onClose={() => setBooked(undefined)}>
        {booked && <Bookings kind={kind} id={booked.id} />}
      </Drawer>
    </>
  );
}

/** The schedule items of every visit that use the resource, over the days chosen (a month from today first). */
function Bookings({ kind, id }: { kind: ResourceKind; id: string }) {
  const { t } = useTranslation(NS);
  const language = useLanguage();
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => {
    const today = dayjs(officeToday());
    return [today, today.add(30, 'day')];
  });
  const bookings = useBookings(kind, id, range[0].format('YYYY-MM-DD'), range[1].format('YYYY-MM-DD'));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <DatePicker.RangePicker
        aria-label={t('resources.days')}
        value={range}
        allowClear={false}
        onChange={(value) => value?.[0] && value[1] && setRange([value[0], value[1]])}
      />
      {bookings.error ? (
        <Loading error={bookings.error} retry={() => void bookings.refetch()} />
      ) : (
        <Table<Booking>
          rowKey={(booking) => `${booking.visitId}-${booking.itemId}`}
          size="small"
          loading={bookings.isLoading}
          title={() => t('resources.bookingsCaption')}
          pagination={false}
          scroll={{ x: true }}
          dataSource={bookings.data ?? []}
          locale={{ emptyText: t('resources.noBookings') }}
          columns={[
            { title: t('plan.when'), key: 'when', render: (_, b) => `${officeTime(b.start)} – ${officeTime(b.end)}` },
            { title: t('plan.kind'), key: 'kind', render: (_, b) => t(`itemKind.${b.kind}`) },
            { title: t('plan.itemTitle'), key: 'title', render: (_, b) => <Link to={`/reception/visits/${b.visitId}?tab=plan`}>{local(b.title, language)}</Link> },
            ...(kind === 'interpreters'
              ? [{ title: t('interpreters.language'), key: 'language', render: (_: unknown, b: Booking) => (b.language ? languageName(b.language, language) : '') }]
              : []),
          ]}
        />
      )}
    </Space>
  );
}
