import { Button, Form, Input, Select, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../../../components/Loading';
import { useMe } from '../../../../me';
import { EnumTag, useEnumText } from '../shared/EnumTag';
import { useListParams } from '../shared/listParams';
import { mayAct, readsEveryUnit } from '../shared/roles';
import { Caption, Countries, FilterBar, PageTitle } from '../shared/ui';
import { useAuthorisations, type Authorisation } from './api';
import { RequestAuthorisation } from './RequestAuthorisation';
import { Validity } from './Validity';

const FILTERS = ['status', 'unit'] as const;

/** Multi-trip authorisations, newest first: unit clerks request them, the director decides. */
export function AuthorisationList() {
  const { t } = useTranslation('travel');
  const { data: me } = useMe();
  const { options } = useEnumText();
  const list = useListParams(FILTERS);
  const answer = useAuthorisations({ ...list.filters, page: list.page, size: list.size });
  const [requesting, setRequesting] = useState(false);
  return (
    <>
      <PageTitle
        title={t('records.authorisations.title')}
        extra={
          mayAct(me, 'UNIT_CLERK') &&
          me?.unit && (
            <Button type="primary" onClick={() => setRequesting(true)}>
              {t('records.authorisations.request')}
            </Button>
          )
        }
      />
      <FilterBar name="authorisation-filters" values={list.filters} onApply={(values) => list.setFilters({ ...values, unit: values.unit?.trim() })}>
        <Form.Item name="status" label={t('records.authorisations.status')}>
          <Select allowClear options={options('authorisationStatus')} style={{ minWidth: 140 }} />
        </Form.Item>
        {readsEveryUnit(me) && (
          <Form.Item name="unit" label={t('records.authorisations.unit')}>
            <Input allowClear style={{ width: 140 }} />
          </Form.Item>
        )}
      </FilterBar>
      {answer.error ? (
        <Loading error={answer.error} retry={() => void answer.refetch()} />
      ) : (
        <Table<Authorisation>
          caption={<Caption>{t('records.authorisations.caption')}</Caption>}
          rowKey="id"
          loading={answer.isLoading}
          dataSource={answer.data?.items}
          pagination={list.pagination(answer.data?.total)}
          scroll={{ x: true }}
          columns={[
            {
              title: t('records.authorisations.purpose'),
              key: 'purpose',
              render: (_, row) => (
                <Link
                  to={`/travel/authorisations/${encodeURIComponent(row.id)}`}
                  title={row.purpose}
                  style={{ display: 'inline-block', maxWidth: 280, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', verticalAlign: 'bottom' }}
                >
                  {row.purpose}
                </Link>
              ),
            },
            { title: t('records.authorisations.unit'), dataIndex: 'unit' },
            { title: t('records.authorisations.category'), dataIndex: 'category', render: (category: string) => <EnumTag group="category" code={category} /> },
            { title: t('records.authorisations.countries'), dataIndex: 'countries', render: (codes: string[]) => <Countries codes={codes} /> },
            { title: t('records.authorisations.people'), key: 'people', render: (_, row) => row.people.length },
            { title: t('records.authorisations.validity'), key: 'validity', render: (_, row) => <Validity authorisation={row} /> },
            { title: t('records.authorisations.status'), dataIndex: 'status', render: (status: string) => <EnumTag group="authorisationStatus" code={status} /> },
            { title: t('records.authorisations.trips'), key: 'trips', render: (_, row) => row.trips.length },
          ]}
        />
      )}
      <RequestAuthorisation open={requesting} onClose={() => setRequesting(false)} />
    </>
  );
}
