import { Button, Card, Checkbox, Col, DatePicker, Flex, Form, Input, Row, Select, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { StateTag } from '../../../components/StateTag';
import { hasAny, UNIT_STAFF, useMe } from '../../../me';
import { local, type Language } from '../../../text';
import { formatDate } from '../../../time';
import { useDelegationList, useUnits, type DelegationFilters } from '../api';
import { CATEGORIES, STATUSES, type Delegation } from '../model';
import { CountryTags, DelegationFlags } from '../shared/Flags';

const DEFAULT_SIZE = 20;

/** The search lives in the address, so a link (from the home card) or the back button brings it back. */
function filtersFrom(params: URLSearchParams): DelegationFilters {
  const flag = (name: string) => (params.get(name) === 'true' ? true : undefined);
  return {
    status: params.getAll('status').length > 0 ? params.getAll('status') : undefined,
    unit: params.get('unit') ?? undefined,
    country: params.get('country') ?? undefined,
    category: params.get('category') ?? undefined,
    departureFrom: params.get('departureFrom') ?? undefined,
    departureTo: params.get('departureTo') ?? undefined,
    overdue: flag('overdue'),
    greenChannel: flag('greenChannel'),
  };
}

interface FilterValues {
  status?: string[];
  unit?: string;
  country?: string;
  category?: string;
  departureFrom?: Dayjs | null;
  departureTo?: Dayjs | null;
  overdue?: boolean;
  greenChannel?: boolean;
}

function toParams(values: FilterValues, size: number): URLSearchParams {
  const params = new URLSearchParams();
  values.status?.forEach((status) => params.append('status', status));
  const put = (name: string, value: string | undefined) => {
    if (value) params.set(name, value);
  };
  put('unit', values.unit);
  put('country', values.country?.trim().toUpperCase());
  put('category', values.category);
  put('departureFrom', values.departureFrom?.format('YYYY-MM-DD'));
  put('departureTo', values.departureTo?.format('YYYY-MM-DD'));
  if (values.overdue) params.set('overdue', 'true');
  if (values.greenChannel) params.set('greenChannel', 'true');
  if (size !== DEFAULT_SIZE) params.set('size', String(size));
  return params;
}

/** Every delegation file the user may see, searched by state, place, kind, dates and deadlines. */
export function DelegationList() {
  const { t, i18n } = useTranslation('travel');
  const language = i18n.language as Language;
  const navigate = useNavigate();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
  const size = Number(params.get('size') ?? DEFAULT_SIZE) || DEFAULT_SIZE;
  const list = useDelegationList(filters, page, size);
  const officeWide = !hasAny(me, ...UNIT_STAFF);
  const units = useUnits(officeWide);

  const columns: ColumnsType<Delegation> = [
    {
      key: 'title',
      title: t('list.titleColumn'),
      render: (_, delegation) => <Link to={`/travel/delegations/${delegation.id}`}>{local(delegation.title, language)}</Link>,
    },
    { key: 'unit', title: t('list.unit'), dataIndex: 'unit' },
    { key: 'countries', title: t('list.countries'), render: (_, delegation) => <CountryTags codes={delegation.destinationCountries} /> },
    {
      key: 'dates',
      title: t('list.dates'),
      render: (_, delegation) => `${formatDate(delegation.departureDate)} – ${formatDate(delegation.returnDate)}`,
    },
    { key: 'status', title: t('status', { ns: 'common' }), render: (_, delegation) => <StateTag state={delegation.status} namespace="travel" /> },
    {
      key: 'flags',
      title: t('list.flags'),
      render: (_, delegation) => (
        <DelegationFlags greenChannel={delegation.greenChannel} urgent={delegation.urgent} deadlines={delegation.deadlines} />
      ),
    },
  ];

  const initial: FilterValues = {
    ...filters,
    departureFrom: filters.departureFrom ? dayjs(filters.departureFrom) : undefined,
    departureTo: filters.departureTo ? dayjs(filters.departureTo) : undefined,
  };

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('list.title')}
        </Typography.Title>
        {hasAny(me, 'UNIT_CLERK') && (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => navigate('/travel/delegations/new')}>
            {t('list.new')}
          </Button>
        )}
      </Flex>
      <Card size="small" title={t('list.filters')} style={{ marginBlock: 16 }}>
        {/* Re-mounted when the address changes, so the form always shows the search in force. */}
        <Form<FilterValues>
          key={params.toString()}
          layout="vertical"
          initialValues={initial}
          onFinish={(values) => setParams(toParams(values, size))}
        >
          <Row gutter={16}>
            <Col xs={24} md={12} xl={8}>
              <Form.Item name="status" label={t('list.status')}>
                <Select
                  mode="multiple"
                  allowClear
                  options={STATUSES.map((status) => ({ value: status, label: t(`state.${status}`) }))}
                />
              </Form.Item>
            </Col>
            {officeWide && (
              <Col xs={24} md={12} xl={4}>
                <Form.Item name="unit" label={t('list.unit')}>
                  <Select
                    allowClear
                    showSearch
                    options={(units.data ?? []).map((unit) => ({ value: unit.code, label: `${unit.code} ${local(unit.name, language)}` }))}
                  />
                </Form.Item>
              </Col>
            )}
            <Col xs={12} md={6} xl={4}>
              <Form.Item name="country" label={t('list.country')} rules={[{ pattern: /^[A-Za-z]{2}$/, message: t('editor.countryCode') }]}>
                <Input maxLength={2} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6} xl={4}>
              <Form.Item name="category" label={t('list.category')}>
                <Select allowClear options={CATEGORIES.map((category) => ({ value: category, label: t(`category.${category}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6} xl={4}>
              <Form.Item name="departureFrom" label={t('list.departureFrom')}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6} xl={4}>
              <Form.Item name="departureTo" label={t('list.departureTo')}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Flex justify="space-between" wrap gap={8}>
            <Space wrap>
              <Form.Item name="overdue" valuePropName="checked" noStyle>
                <Checkbox>{t('list.overdue')}</Checkbox>
              </Form.Item>
              <Form.Item name="greenChannel" valuePropName="checked" noStyle>
                <Checkbox>{t('list.greenChannel')}</Checkbox>
              </Form.Item>
            </Space>
            <Space>
              <Button onClick={() => setParams(new URLSearchParams())}>{t('reset', { ns: 'common' })}</Button>
              <Button type="primary" htmlType="submit">
                {t('search', { ns: 'common' })}
              </Button>
            </Space>
          </Flex>
        </Form>
      </Card>
      {list.error ? <ProblemAlert error={list.error} /> : null}
      <Table<Delegation>
        caption={<Typography.Text strong>{t('list.caption')}</Typography.Text>}
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        scroll={{ x: true }}
        onRow={(delegation) => ({
          onClick: (event) => {
            if (!(event.target as HTMLElement).closest('a')) navigate(`/travel/delegations/${delegation.id}`);
          },
          style: { cursor: 'pointer' },
        })}
        pagination={{
          current: page + 1,
          pageSize: size,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: (total) => t('total', { ns: 'common', count: total }),
        }}
        onChange={(pagination) => {
          const next = new URLSearchParams(params);
          const nextSize = pagination.pageSize ?? size;
          next.set('page', String(nextSize !== size ? 0 : (pagination.current ?? 1) - 1));
          next.set('size', String(nextSize));
          setParams(next);
        }}
      />
    </>
  );
}
