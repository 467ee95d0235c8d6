import { Button, Col, Form, Input, Row, Select, Space, Tabs, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Loading } from '../../../components/Loading';
import { useMe } from '../../../me';
import { NEWEST_OPEN, useItems, useLanguages, type ItemFilter } from '../api/publicity';
import { ITEM_KINDS, ITEM_STATUSES, REVIEW_STEPS, type ItemKind, type ItemStatus, type ReviewStep } from '../api/types';
import { useLabels } from '../shared/labels';
import { PartnerCitySelect } from '../shared/PartnerCitySelect';
import { mayAct, stepOf } from '../shared/review';
import { draftsFor } from './drafts';
import { ItemTable } from './ItemTable';

const ALL = 'all';

/**
 * The items: a review queue per step (`?waitingFor=FIRST_REVIEW[&language=en]`), opening on the step the
 * user's role reviews — for an editor with the drafts to write beside it — and every item with filters.
 */
export function ItemListPage() {
  const { t, step } = useLabels();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const waitingFor = params.get('waitingFor') as ReviewStep | null;
  const tab = waitingFor && REVIEW_STEPS.includes(waitingFor) ? waitingFor : params.get('view') === ALL ? ALL : (stepOf(me) ?? ALL);

  const open = (key: string) => setParams(key === ALL ? { view: ALL } : { waitingFor: key });
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={2}>{t('items.title')}</Typography.Title>
        {mayAct(me, 'PUBLICITY_EDITOR') && (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => navigate('/publicity/items/new')}>
            {t('items.new')}
          </Button>
        )}
      </Space>
      <Tabs
        activeKey={tab}
        onChange={open}
        destroyOnHidden
        items={[
          ...REVIEW_STEPS.map((key) => ({
            key,
            label: t('items.queueTab', { step: step(key) }),
            children: <QueueTab step={key} />,
          })),
          { key: ALL, label: t('items.allTab'), children: <AllItemsTab /> },
        ]}
      />
    </>
  );
}

/** The items with a version waiting at one step — in one language when chosen — and, for an editor, the drafts. */
function QueueTab({ step }: { step: ReviewStep }) {
  const { t, languageName, step: stepName } = useLabels();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const languages = useLanguages();
  const language = params.get('language') ?? undefined;
  const [paging, setPaging] = useState({ page: 0, size: 20 });
  const queue = useItems({ waitingFor: step, language, ...paging });
  const editorsQueue = step === 'FIRST_REVIEW' && mayAct(me, 'PUBLICITY_EDITOR');

  const chooseLanguage = (next: string | undefined) => {
    const updated = new URLSearchParams(params);
    updated.set('waitingFor', step);
    if (next) updated.set('language', next);
    else updated.delete('language');
    setPaging((current) => ({ ...current, page: 0 }));
    setParams(updated);
  };

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Form layout="inline">
        <Form.Item label={t('items.filter.language')} htmlFor={`queue-language-${step}`}>
          <Select
            id={`queue-language-${step}`}
            style={{ minWidth: 160 }}
            allowClear
            value={language}
            placeholder={t('items.filter.anyLanguage')}
            onChange={chooseLanguage}
            options={languages.map((code) => ({ value: code, label: languageName(code) }))}
          />
        </Form.Item>
      </Form>
      {queue.error ? (
        <Loading error={queue.error} retry={() => void queue.refetch()} />
      ) : (
        <ItemTable
          caption={t('items.queueCaption', { step: stepName(step), count: queue.data?.total ?? 0 })}
          items={queue.data?.items ?? []}
          loading={queue.isLoading}
          paging={{ page: queue.data?.page ?? paging.page, size: queue.data?.size ?? paging.size, total: queue.data?.total ?? 0, onChange: (page, size) => setPaging({ page, size }) }}
        />
      )}
      {editorsQueue && <DraftsToWrite />}
    </Space>
  );
}

/** An editor's drafts and the drafts events suggested, among the newest open items. */
export function DraftsToWrite() {
  const { t } = useLabels();
  const { data: me } = useMe();
  const newest = useItems(NEWEST_OPEN);
  if (newest.error) return <Loading error={newest.error} retry={() => void newest.refetch()} />;
  const drafts = draftsFor(me, newest.data?.items ?? []);
  return (
    <section aria-label={t('items.draftsTitle')}>
      <ItemTable caption={`${t('items.draftsTitle')} (${drafts.length})`} items={drafts} loading={newest.isLoading} />
      <Typography.Text type="secondary">{t('items.draftsNote', { count: NEWEST_OPEN.size })}</Typography.Text>
    </section>
  );
}

interface Filters {
  kind?: ItemKind;
  tag?: string;
  state?: ItemStatus;
  language?: string;
  partnerCityId?: string;
  q?: string;
}

const FILTER_KEYS: (keyof Filters)[] = ['kind', 'tag', 'state', 'language', 'partnerCityId', 'q'];

/** Every item the filters keep, newest first; the filters live in the address so a search can be shared. */
function AllItemsTab() {
  const { t, kind, languageName } = useLabels();
  const [params, setParams] = useSearchParams();
  const languages = useLanguages();
  const filters = Object.fromEntries(FILTER_KEYS.map((key) => [key, params.get(key) ?? undefined])) as Filters;
  const page = Number(params.get('page') ?? 0);
  const size = Number(params.get('size') ?? 20);
  const filter: ItemFilter = { ...filters, page, size };
  const items = useItems(filter);
  const [form] = Form.useForm<Filters>();

  const search = (values: Filters, paging: { page: number; size: number } = { page: 0, size }) => {
    const next = new URLSearchParams({ view: ALL });
    for (const key of FILTER_KEYS) {
      const value = values[key]?.toString().trim();
      if (value) next.set(key, value);
    }
    if (paging.page > 0) next.set('page', String(paging.page));
    if (paging.size !== 20) next.set('size', String(paging.size));
    setParams(next);
  };

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Form<Filters> form={form} name="item-filters" layout="vertical" initialValues={filters} onFinish={(values) => search(values)}>
        <Row gutter={16}>
          <Col xs={24} md={12} xl={8}>
            <Form.Item name="q" label={t('items.filter.q')}>
              <Input allowClear maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6} xl={4}>
            <Form.Item name="kind" label={t('items.filter.kind')}>
              <Select allowClear options={ITEM_KINDS.map((value) => ({ value, label: kind(value) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6} xl={4}>
            <Form.Item name="state" label={t('items.filter.state')}>
              <Select allowClear options={ITEM_STATUSES.map((value) => ({ value, label: t(`state.${value}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6} xl={4}>
            <Form.Item name="language" label={t('items.filter.language')}>
              <Select allowClear options={languages.map((value) => ({ value, label: languageName(value) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6} xl={4}>
            <Form.Item name="tag" label={t('items.filter.tag')}>
              <Input allowClear maxLength={40} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={8}>
            <Form.Item name="partnerCityId" label={t('items.filter.partnerCity')}>
              <PartnerCitySelect />
            </Form.Item>
          </Col>
        </Row>
        <Space>
          <Button type="primary" htmlType="submit">
            {t('search', { ns: 'common' })}
          </Button>
          <Button
            onClick={() => {
              form.setFieldsValue(Object.fromEntries(FILTER_KEYS.map((key) => [key, undefined])));
              search({});
            }}
          >
            {t('reset', { ns: 'common' })}
          </Button>
        </Space>
      </Form>
      {items.error ? (
        <Loading error={items.error} retry={() => void items.refetch()} />
      ) : (
        <ItemTable
          caption={t('items.allCaption')}
          items={items.data?.items ?? []}
          loading={items.isLoading}
          paging={{ page: items.data?.page ?? page, size: items.data?.size ?? size, total: items.data?.total ?? 0, onChange: (next, nextSize) => search(filters, { page: next, size: nextSize }) }}
        />
      )}
    </Space>
  );
}
