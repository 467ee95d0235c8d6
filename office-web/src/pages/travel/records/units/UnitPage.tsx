import { Button, Card, Descriptions, Form, Input, InputNumber, Popconfirm, Space, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Loading } from '../../../../components/Loading';
import { ProblemAlert } from '../../../../components/ProblemAlert';
import { useMe } from '../../../../me';
import { local, type Language } from '../../../../text';
import { formatInstant, officeToday } from '../../../../time';
import { EnumTag } from '../shared/EnumTag';
import { FormModal } from '../shared/FormModal';
import { mayAct } from '../shared/roles';
import { Caption, History, PageTitle } from '../shared/ui';
import { useCommand } from '../shared/useCommand';
import { units, UNITS_KEY, useUnit, type Clerk, type QuotaRaise, type Signatory, type Unit } from './api';
import { QuotaCard } from './QuotaCard';
import { EditUnit } from './UnitForm';

/** One unit: its particulars, who signs and files for it, its quota and raises, its history. */
export function UnitPage() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation('travel');
  const { data: me } = useMe();
  const answer = useUnit(code);
  const [editing, setEditing] = useState(false);
  if (!answer.data) return <Loading error={answer.error} retry={() => void answer.refetch()} />;
  const unit = answer.data;
  const registrar = mayAct(me, 'ADMIN', 'FAO_OFFICER');
  return (
    <>
      <PageTitle
        back={{ to: '/travel/units', label: t('records.units.title') }}
        title={`${local(unit.name, i18n.language as Language)} (${unit.code})`}
        tags={<EnumTag group="unitKind" code={unit.kind} />}
        extra={registrar && <Button onClick={() => setEditing(true)}>{t('records.units.edit')}</Button>}
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'code', label: t('records.units.code'), children: unit.code },
            { key: 'zh', label: t('records.units.nameZh'), children: unit.name.zh },
            { key: 'en', label: t('records.units.nameEn'), children: unit.name.en },
            { key: 'kind', label: t('records.units.kind'), children: <EnumTag group="unitKind" code={unit.kind} /> },
            {
              key: 'path',
              label: t('records.units.approvalPath'),
              children: unit.simplifiedApprovalPath ? <Tag color="cyan">{t('records.units.simplified')}</Tag> : t('records.units.fullPath'),
            },
            {
              key: 'flag',
              label: t('records.units.foreignAffairsOrCommerce'),
              children: t(unit.foreignAffairsOrCommerce ? 'yes' : 'no', { ns: 'common' }),
            },
            { key: 'registered', label: t('records.units.registeredBy'), children: `${unit.registeredBy} · ${formatInstant(unit.registeredAt)}` },
          ]}
        />
      </Card>
      <Tabs
        items={[
          { key: 'signatories', label: t('records.units.signatories'), children: <Signatories unit={unit} /> },
          { key: 'clerks', label: t('records.units.clerks'), children: <Clerks unit={unit} /> },
          { key: 'quota', label: t('records.units.quotaTab'), children: <Quota unit={unit} /> },
          { key: 'history', label: t('records.common.history'), children: <History entries={unit.history} acts="unitAct" /> },
        ]}
      />
      {registrar && <EditUnit unit={unit} open={editing} onClose={() => setEditing(false)} />}
    </>
  );
}

/** A remove button that asks first; its problem (e.g. a stale version) is shown above the table. */
function RemoveButton({ label, onConfirm, pending }: { label: string; onConfirm: () => void; pending: boolean }) {
  const { t } = useTranslation('travel');
  return (
    <Popconfirm
      title={t('records.units.removeConfirm', { who: label })}
      okText={t('remove', { ns: 'common' })}
      cancelText={t('cancel', { ns: 'common' })}
      onConfirm={onConfirm}
    >
      <Button danger size="small" loading={pending} aria-label={t('records.units.removeWho', { who: label })}>
        {t('remove', { ns: 'common' })}
      </Button>
    </Popconfirm>
  );
}

const userIdRule = { pattern: /^[A-Za-z0-9._@-]{1,100}$/ };

function Signatories({ unit }: { unit: Unit }) {
  const { t } = useTranslation('travel');
  const { data: me } = useMe();
  const [adding, setAdding] = useState(false);
  const add = useCommand((signatory: Omit<Signatory, 'registeredAt' | 'registeredBy'>) => units.addSignatory(unit, signatory), {
    invalidate: [UNITS_KEY],
    done: t('records.units.signatoryAdded'),
  });
  const remove = useCommand((userId: string) => units.removeSignatory(unit, userId), { invalidate: [UNITS_KEY], done: t('records.units.signatoryRemoved') });
  const registrar = mayAct(me, 'ADMIN', 'FAO_OFFICER');
  const required = { required: true, whitespace: true, message: t('records.form.required') };
  return (
    <>
      {remove.error ? <ProblemAlert error={remove.error} onClose={() => remove.reset()} /> : null}
      <Table<Signatory>
        caption={<Caption>{t('records.units.signatoriesCaption')}</Caption>}
        rowKey="userId"
        dataSource={unit.signatories}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          { title: t('records.units.userId'), dataIndex: 'userId' },
          { title: t('records.units.personName'), dataIndex: 'name' },
          { title: t('records.units.post'), dataIndex: 'post' },
          { title: t('records.units.registeredBy'), key: 'registered', render: (_, one) => [one.registeredBy, formatInstant(one.registeredAt)].filter(Boolean).join(' · ') },
          ...(registrar
            ? [
                {
                  title: t('actions', { ns: 'common' }),
                  key: 'remove',
                  render: (_: unknown, one: Signatory) => <RemoveButton label={one.name} pending={remove.isPending} onConfirm={() => remove.mutate(one.userId)} />,
                },
              ]
            : []),
        ]}
      />
      {registrar && (
        <Button type="primary" style={{ marginTop: 16 }} onClick={() => setAdding(true)}>
          {t('records.units.addSignatory')}
        </Button>
      )}
      <FormModal<{ userId: string; name: string; post: string }, { userId: string; name: string; post: string }>
        name="add-signatory"
        open={adding}
        title={t('records.units.addSignatory')}
        onClose={() => setAdding(false)}
        command={add}
        toRequest={(values) => ({ userId: values.userId.trim(), name: values.name.trim(), post: values.post.trim() })}
      >
        {(field) => (
          <>
            <Form.Item name="userId" label={t('records.units.userId')} rules={[required, { ...userIdRule, message: t('records.units.userIdFormat') }]} {...field('userId')}>
              <Input />
            </Form.Item>
            <Form.Item name="name" label={t('records.units.personName')} rules={[required, { max: 100 }]} {...field('name')}>
              <Input />
            </Form.Item>
            <Form.Item name="post" label={t('records.units.post')} rules={[required, { max: 100 }]} {...field('post')}>
              <Input />
            </Form.Item>
          </>
        )}
      </FormModal>
    </>
  );
}

function Clerks({ unit }: { unit: Unit }) {
  const { t } = useTranslation('travel');
  const { data: me } = useMe();
  const [adding, setAdding] = useState(false);
  const add = useCommand((clerk: Clerk) => units.addClerk(unit, clerk), { invalidate: [UNITS_KEY], done: t('records.units.clerkAdded') });
  const remove = useCommand((userId: string) => units.removeClerk(unit, userId), { invalidate: [UNITS_KEY], done: t('records.units.clerkRemoved') });
  const registrar = mayAct(me, 'ADMIN', 'FAO_OFFICER');
  const required = { required: true, whitespace: true, message: t('records.form.required') };
  return (
    <>
      {remove.error ? <ProblemAlert error={remove.error} onClose={() => remove.reset()} /> : null}
      <Table<Clerk>
        caption={<Caption>{t('records.units.clerksCaption')}</Caption>}
        rowKey="userId"
        dataSource={unit.clerks}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          { title: t('records.units.userId'), dataIndex: 'userId' },
          { title: t('records.units.personName'), dataIndex: 'name' },
          ...(registrar
            ? [
                {
                  title: t('actions', { ns: 'common' }),
                  key: 'remove',
                  render: (_: unknown, one: Clerk) => <RemoveButton label={one.name} pending={remove.isPending} onConfirm={() => remove.mutate(one.userId)} />,
                },
              ]
            : []),
        ]}
      />
      {registrar && (
        <Button type="primary" style={{ marginTop: 16 }} onClick={() => setAdding(true)}>
          {t('records.units.addClerk')}
        </Button>
      )}
      <FormModal<Clerk, Clerk>
        name="add-clerk"
        open={adding}
        title={t('records.units.addClerk')}
        onClose={() => setAdding(false)}
        command={add}
        toRequest={(values) => ({ userId: values.userId.trim(), name: values.name.trim() })}
      >
        {(field) => (
          <>
            <Form.Item name="userId" label={t('records.units.userId')} rules={[required, { ...userIdRule, message: t('records.units.userIdFormat') }]} {...field('userId')}>
              <Input />
            </Form.Item>
            <Form.Item name="name" label={t('records.units.personName')} rules={[required, { max: 100 }]} {...field('name')}>
              <Input />
            </Form.Item>
          </>
        )}
      </FormModal>
    </>
  );
}

interface RaiseValues {
  year: number;
  trips: number;
  reason: string;
}

/** The quota of a chosen year, the raises so far, and the director's raise (only above the default, with a reason). */
function Quota({ unit }: { unit: Unit }) {
  const { t } = useTranslation('travel');
  const { data: me } = useMe();
  const thisYear = Number(officeToday().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [raising, setRaising] = useState(false);
  const raise = useCommand((request: RaiseValues) => units.raiseQuota(unit, request), { invalidate: [UNITS_KEY], done: t('records.units.quotaRaised') });
  const director = mayAct(me, 'FAO_DIRECTOR');
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <QuotaCard
        unit={unit.code}
        year={year}
        extra={
          <Space>
            <label htmlFor="quota-year">{t('records.quota.year')}</label>
            <InputNumber id="quota-year" min={2000} max={2100} value={year} onChange={(value) => value && setYear(value)} />
          </Space>
        }
      />
      <Table<QuotaRaise>
        caption={<Caption>{t('records.units.raisesCaption')}</Caption>}
        rowKey={(one) => `${one.year}-${one.raisedAt}`}
        dataSource={unit.quotaRaises}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          { title: t('records.quota.year'), dataIndex: 'year' },
          { title: t('records.units.raisedTrips'), dataIndex: 'trips' },
          { title: t('reason', { ns: 'common' }), dataIndex: 'reason' },
          { title: t('records.quota.raisedBy'), key: 'raised', render: (_, one) => `${one.raisedBy} · ${formatInstant(one.raisedAt)}` },
        ]}
      />
      {director && (
        <Button type="primary" onClick={() => setRaising(true)}>
          {t('records.units.raiseQuota')}
        </Button>
      )}
      <FormModal<RaiseValues, RaiseValues>
        name="raise-quota"
        open={raising}
        title={t('records.units.raiseQuota')}
        onClose={() => setRaising(false)}
        command={raise}
        initialValues={{ year }}
        toRequest={(values) => ({ year: values.year, trips: values.trips, reason: values.reason.trim() })}
      >
        {(field) => (
          <>
            <Form.Item name="year" label={t('records.quota.year')} rules={[{ required: true, message: t('records.form.required') }]} {...field('year')}>
              <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="trips" label={t('records.units.raisedTrips')} rules={[{ required: true, message: t('records.form.required') }]} {...field('trips')}>
              <InputNumber min={1} max={1000} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item
              name="reason"
              label={t('reason', { ns: 'common' })}
              rules={[
                { required: true, whitespace: true, message: t('records.form.required') },
                { min: 10, message: t('records.form.minLength', { count: 10 }) },
                { max: 1000 },
              ]}
              {...field('reason')}
            >
              <Input.TextArea rows={3} />
            </Form.Item>
          </>
        )}
      </FormModal>
    </Space>
  );
}
