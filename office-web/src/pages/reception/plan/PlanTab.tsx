import { MinusCircleOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Badge, Button, Card, Col, DatePicker, Descriptions, Drawer, Form, Input, InputNumber, Row, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useMe } from '../../../me';
import { formatDate, formatInstant } from '../../../time';
import { useInterpreters, usePlan, useRevision, useRevisions, useSavePlan, useVenues } from '../api';
import { isApproved, isOpen, type Interpreter, type Lodging, type Plan, type Revision, type RevisionSummary, type ScheduleItem, type Vehicle, type Venue, type Visit } from '../model';
import { AgendaDownloads } from '../documents/AgendaDownloads';
import { isReceptionOfficer, NS, optional } from '../shared';
import { ItemForm } from './ItemForm';
import { problemsByItem, ScheduleTable } from './ScheduleTable';

interface ExtrasValues {
  vehicles: { description?: string; plate?: string; seats?: number | null; driver?: string }[];
  lodging: { hotel?: string; address?: string; checkIn?: Dayjs | null; checkOut?: Dayjs | null; rooms?: number | null }[];
  note?: string;
}

function extrasOf(revision: Revision | undefined): ExtrasValues {
  return {
    vehicles: revision?.vehicles ?? [],
    lodging: (revision?.lodging ?? []).map((stay) => ({ ...stay, checkIn: stay.checkIn ? dayjs(stay.checkIn) : null, checkOut: stay.checkOut ? dayjs(stay.checkOut) : null })),
    note: revision?.note,
  };
}

function fromExtras(values: ExtrasValues): { vehicles: Vehicle[]; lodging: Lodging[]; note?: string } {
  return {
    vehicles: (values.vehicles ?? []).map((vehicle) => ({
      description: vehicle.description?.trim() ?? '',
      plate: optional(vehicle.plate),
      seats: vehicle.seats ?? undefined,
      driver: optional(vehicle.driver),
    })),
    lodging: (values.lodging ?? []).map((stay) => ({
      hotel: stay.hotel?.trim() ?? '',
      address: optional(stay.address),
      checkIn: stay.checkIn?.format('YYYY-MM-DD'),
      checkOut: stay.checkOut?.format('YYYY-MM-DD'),
      rooms: stay.rooms ?? undefined,
    })),
    note: optional(values.note),
  };
}

/**
 * The reception plan: the programme (schedule items with their venue and interpreters), cars, lodging and a
 * note. Reception officers edit a draft here and save it as the plan's next revision; the service checks
 * every item at once and answers the conflicts by item, which show on the items they concern.
 */
export function PlanTab({ visit }: { visit: Visit }) {
  const plan = usePlan(visit.id);
  const venues = useVenues();
  const interpreters = useInterpreters();
  if (plan.data === undefined) return <Loading error={plan.error} retry={() => void plan.refetch()} />;
  return (
    <PlanEditor
      key={plan.data?.version ?? 'new'}
      visit={visit}
      plan={plan.data}
      venues={venues.data?.items ?? []}
      interpreters={interpreters.data?.items ?? []}
    />
  );
}

function PlanEditor({
  visit,
  plan,
  venues,
  interpreters,
}: {
  visit: Visit;
  plan: Plan | null;
  venues: Venue[];
  interpreters: Interpreter[];
}) {
  const { t } = useTranslation(NS);
  const { message } = App.useApp();
  const { data: me } = useMe();
  const save = useSavePlan(visit.id, plan);
  const current = plan?.current;
  const [items, setItems] = useState<ScheduleItem[]>(current?.items ?? []);
  const [dirty, setDirty] = useState(false);
  const [editing, setEditing] = useState<ScheduleItem | 'new' | undefined>();
  const [extras] = Form.useForm<ExtrasValues>();
  const editable = isReceptionOfficer(me) && isOpen(visit.status) && isApproved(visit.status);
  const venueById = useMemo(() => new Map(venues.map((venue) => [venue.id, venue])), [venues]);
  const interpreterById = useMemo(() => new Map(interpreters.map((interpreter) => [interpreter.id, interpreter])), [interpreters]);
  const problems = problemsByItem(save.error, visit.id, save.variables?.items);

  const change = (next: ScheduleItem[]) => {
    setItems(next);
    setDirty(true);
  };
  const keep = (item: ScheduleItem) => {
    change(items.some((existing) => existing.id === item.id) ? items.map((existing) => (existing.id === item.id ? item : existing)) : [...items, item]);
    setEditing(undefined);
  };
  const saveAll = async () => {
    const values = await extras.validateFields();
    save.mutate(
      { items, ...fromExtras(values) },
      { onSuccess: (saved) => void message.success(t('plan.saved', { n: saved.revision })) },
    );
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {!isApproved(visit.status) && <Alert type="info" showIcon title={t('plan.beforeApproval')} />}
      <Card
        title={
          <Space wrap>
            <span>{t('plan.title')}</span>
            {current ? (
              <Typography.Text type="secondary">
                {t('plan.revision', { n: plan!.revision, by: current.savedBy, at: formatInstant(current.savedAt) })}
              </Typography.Text>
            ) : (
              <Typography.Text type="secondary">{t('plan.none')}</Typography.Text>
            )}
            {dirty && <Badge status="warning" text={t('plan.unsaved')} />}
          </Space>
        }
        extra={
          editable && (
            <Space wrap>
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
                {t('plan.addItem')}
              </Button>
              <Button type="primary" icon={<SaveOutlined aria-hidden />} loading={save.isPending} onClick={() => void saveAll()}>
                {t('plan.save')}
              </Button>
            </Space>
          )
        }
      >
        <Space orientation="vertical" style={{ width: '100%' }}>
          {save.error != null && <ProblemAlert error={save.error} onClose={() => save.reset()} />}
          <ScheduleTable
            caption={t('plan.programme', { from: formatDate(visit.arrivalDate), to: formatDate(visit.departureDate) })}
            items={items}
            venues={venueById}
            interpreters={interpreterById}
            problems={problems}
            onEdit={editable ? setEditing : undefined}
            onRemove={editable ? (item) => change(items.filter((existing) => existing.id !== item.id)) : undefined}
          />
        </Space>
      </Card>
      <Card title={t('plan.logistics')}>
        <Form<ExtrasValues> form={extras} layout="vertical" disabled={!editable} initialValues={extrasOf(current)} onValuesChange={() => setDirty(true)}>
          <Row gutter={16}>
            <Col xs={24} xl={12}>
              <Typography.Title level={3} style={{ fontSize: 16 }}>
                {t('plan.vehicles')}
              </Typography.Title>
              <Form.List name="vehicles">
                {(fields, { add, remove }) => (
                  <>
                    {fields.map((field, index) => (
                      <Row key={field.key} gutter={8} align="bottom">
                        <Col xs={24} md={8}>
                          <Form.Item name={[field.name, 'description']} label={t('plan.vehicleN', { n: index + 1 })} rules={[{ required: true, whitespace: true, message: t('visitForm.required') }]}>
                            <Input />
                          </Form.Item>
                        </Col>
                        <Col xs={8} md={5}>
                          <Form.Item name={[field.name, 'plate']} label={t('plan.plate')}>
                            <Input />
                          </Form.Item>
                        </Col>
                        <Col xs={8} md={4}>
                          <Form.Item name={[field.name, 'seats']} label={t('plan.seatsLabel')}>
                            <InputNumber min={1} precision={0} style={{ width: '100%' }} />
                          </Form.Item>
                        </Col>
                        <Col xs={8} md={5}>
                          <Form.Item name={[field.name, 'driver']} label={t('plan.driver')}>
                            <Input />
                          </Form.Item>
                        </Col>
                        <Col xs={24} md={2}>
                          <Form.Item>
                            <Button type="text" icon={<MinusCircleOutlined aria-hidden />} aria-label={t('plan.removeVehicle', { n: index + 1 })} onClick={() => remove(field.name)} />
                          </Form.Item>
                        </Col>
                      </Row>
                    ))}
                    {editable && (
                      <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({})}>
                        {t('plan.addVehicle')}
                      </Button>
                    )}
                    {!editable && fields.length === 0 && <Typography.Text type="secondary">{t('none', { ns: 'common' })}</Typography.Text>}
                  </>
                )}
              </Form.List>
            </Col>
            <Col xs={24} xl={12}>
              <Typography.Title level={3} style={{ fontSize: 16 }}>
                {t('plan.lodging')}
              </Typography.Title>
              <Form.List name="lodging">
                {(fields, { add, remove }) => (
                  <>
                    {fields.map((field, index) => (
                      <Row key={field.key} gutter={8} align="bottom">
                        <Col xs={24} md={8}>
                          <Form.Item name={[field.name, 'hotel']} label={t('plan.hotelN', { n: index + 1 })} rules={[{ required: true, whitespace: true, message: t('visitForm.required') }]}>
                            <Input />
                          </Form.Item>
                        </Col>
                        <Col xs={24} md={16}>
                          <Form.Item name={[field.name, 'address']} label={t('plan.address')}>
                            <Input />
                          </Form.Item>
                        </Col>
                        <Col xs={12} md={8}>
                          <Form.Item name={[field.name, 'checkIn']} label={t('plan.checkIn')}>
                            <DatePicker style={{ width: '100%' }} />
                          </Form.Item>
                        </Col>
                        <Col xs={12} md={8}>
                          <Form.Item name={[field.name, 'checkOut']} label={t('plan.checkOut')}>
                            <DatePicker style={{ width: '100%' }} />
                          </Form.Item>
                        </Col>
                        <Col xs={12} md={6}>
                          <Form.Item name={[field.name, 'rooms']} label={t('plan.rooms')}>
                            <InputNumber min={1} precision={0} style={{ width: '100%' }} />
                          </Form.Item>
                        </Col>
                        <Col xs={12} md={2}>
                          <Form.Item>
                            <Button type="text" icon={<MinusCircleOutlined aria-hidden />} aria-label={t('plan.removeHotel', { n: index + 1 })} onClick={() => remove(field.name)} />
                          </Form.Item>
                        </Col>
                      </Row>
                    ))}
                    {editable && (
                      <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({})}>
                        {t('plan.addHotel')}
                      </Button>
                    )}
                    {!editable && fields.length === 0 && <Typography.Text type="secondary">{t('none', { ns: 'common' })}</Typography.Text>}
                  </>
                )}
              </Form.List>
            </Col>
            <Col xs={24}>
              <Form.Item name="note" label={t('plan.note')} rules={[{ max: 2000 }]}>
                <Input.TextArea rows={2} />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <AgendaDownloads visit={visit} />
        </Col>
        <Col xs={24} lg={12}>
          {plan && <Revisions visit={visit} venues={venueById} interpreters={interpreterById} />}
        </Col>
      </Row>
      {editing !== undefined && (
        <ItemForm
          visit={visit}
          item={editing === 'new' ? undefined : editing}
          venues={venues}
          interpreters={interpreters}
          onDone={keep}
          onCancel={() => setEditing(undefined)}
        />
      )}
    </Space>
  );
}

/** The plan's earlier revisions, each readable as it was saved. */
function Revisions({
  visit,
  venues,
  interpreters,
}: {
  visit: Visit;
  venues: Map<string, Venue>;
  interpreters: Map<string, Interpreter>;
}) {
  const { t } = useTranslation(NS);
  const revisions = useRevisions(visit.id, true);
  const [shown, setShown] = useState<number | undefined>();
  const revision = useRevision(visit.id, shown);
  return (
    <Card title={t('plan.revisions')}>
      <Table<RevisionSummary>
        size="small"
        rowKey="number"
        loading={revisions.isLoading}
        title={() => t('plan.revisionsCaption')}
        dataSource={[...(revisions.data ?? [])].reverse()}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('none', { ns: 'common' }) }}
        columns={[
          { title: t('plan.revisionLabel'), key: 'number', render: (_, summary) => t('plan.revisionN', { n: summary.number }) },
          { title: t('plan.savedBy'), key: 'saved', render: (_, summary) => `${summary.savedBy} · ${formatInstant(summary.savedAt)}` },
          { title: t('plan.items'), key: 'items', render: (_, summary) => t('plan.itemsCount', { count: summary.items }) },
          { title: t('plan.note'), key: 'note', render: (_, summary) => summary.note ?? '' },
          {
            title: t('actions', { ns: 'common' }),
            key: 'show',
            render: (_, summary) => (
              <Button size="small" onClick={() => setShown(summary.number)} aria-label={t('plan.showRevision', { n: summary.number })}>
                {t('details', { ns: 'common' })}
              </Button>
            ),
          },
        ]}
      />
      <Drawer open={shown !== undefined} size="large" title={shown && t('plan.revisionN', { n: shown })} onClose={() => setShown(undefined)}>
        {revision.data ? (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'saved', label: t('plan.savedBy'), children: `${revision.data.savedBy} · ${formatInstant(revision.data.savedAt)}` },
                { key: 'note', label: t('plan.note'), children: revision.data.note ?? t('none', { ns: 'common' }) },
              ]}
            />
            <ScheduleTable caption={t('plan.revisionN', { n: revision.data.number })} items={revision.data.items} venues={venues} interpreters={interpreters} />
            <Table<Vehicle>
              size="small"
              rowKey={(vehicle, index) => `${vehicle.description}-${index}`}
              title={() => t('plan.vehicles')}
              pagination={false}
              dataSource={revision.data.vehicles}
              columns={[
                { title: t('plan.vehicle'), dataIndex: 'description' },
                { title: t('plan.plate'), dataIndex: 'plate' },
                { title: t('plan.seatsLabel'), dataIndex: 'seats' },
                { title: t('plan.driver'), dataIndex: 'driver' },
              ]}
            />
            <Table<Lodging>
              size="small"
              rowKey={(stay, index) => `${stay.hotel}-${index}`}
              title={() => t('plan.lodging')}
              pagination={false}
              dataSource={revision.data.lodging}
              columns={[
                { title: t('plan.hotel'), dataIndex: 'hotel' },
                { title: t('plan.address'), dataIndex: 'address' },
                { title: t('plan.checkIn'), dataIndex: 'checkIn' },
                { title: t('plan.checkOut'), dataIndex: 'checkOut' },
                { title: t('plan.rooms'), dataIndex: 'rooms' },
              ]}
            />
          </Space>
        ) : (
          shown !== undefined && <Loading error={revision.error} />
        )}
      </Drawer>
    </Card>
  );
}
