import { Button, Form, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../../../components/Loading';
import { useMe } from '../../../../me';
import { local, type Language } from '../../../../text';
import { EnumTag, useEnumText } from '../shared/EnumTag';
import { useListParams } from '../shared/listParams';
import { mayAct } from '../shared/roles';
import { Caption, FilterBar, PageTitle } from '../shared/ui';
import { useUnits, type Unit } from './api';
import { RegisterUnit } from './UnitForm';

const FILTERS = ['kind'] as const;

/** The units registered with the office, by code: who signs and files for each. */
export function UnitList() {
  const { t, i18n } = useTranslation('travel');
  const { data: me } = useMe();
  const { options } = useEnumText();
  const list = useListParams(FILTERS);
  const answer = useUnits({ ...list.filters, page: list.page, size: list.size });
  const [registering, setRegistering] = useState(false);
  const language = i18n.language as Language;
  return (
    <>
      <PageTitle
        title={t('records.units.title')}
        extra={
          mayAct(me, 'ADMIN', 'FAO_OFFICER') && (
            <Button type="primary" onClick={() => setRegistering(true)}>
              {t('records.units.register')}
            </Button>
          )
        }
      />
      <FilterBar name="unit-filters" values={list.filters} onApply={(values) => list.setFilters(values)}>
        <Form.Item name="kind" label={t('records.units.kind')}>
          <Select allowClear options={options('unitKind')} style={{ minWidth: 180 }} />
        </Form.Item>
      </FilterBar>
      {answer.error ? (
        <Loading error={answer.error} retry={() => void answer.refetch()} />
      ) : (
        <Table<Unit>
          caption={<Caption>{t('records.units.caption')}</Caption>}
          rowKey="code"
          loading={answer.isLoading}
          dataSource={answer.data?.items}
          pagination={list.pagination(answer.data?.total)}
          scroll={{ x: true }}
          columns={[
            { title: t('records.units.code'), dataIndex: 'code', render: (code: string) => <Link to={`/travel/units/${encodeURIComponent(code)}`}>{code}</Link> },
            { title: t('records.units.name'), key: 'name', render: (_, unit) => local(unit.name, language) },
            {
              title: t('records.units.kind'),
              key: 'kind',
              render: (_, unit) => (
                <>
                  <EnumTag group="unitKind" code={unit.kind} />
                  {unit.simplifiedApprovalPath && <Tag color="cyan">{t('records.units.simplified')}</Tag>}
                </>
              ),
            },
            {
              title: t('records.units.foreignAffairsOrCommerce'),
              dataIndex: 'foreignAffairsOrCommerce',
              render: (flag: boolean) => t(flag ? 'yes' : 'no', { ns: 'common' }),
            },
            { title: t('records.units.signatories'), key: 'signatories', render: (_, unit) => unit.signatories.map((one) => one.name).join('、') || '—' },
            { title: t('records.units.clerks'), key: 'clerks', render: (_, unit) => unit.clerks.map((one) => one.name).join('、') || '—' },
          ]}
        />
      )}
      <RegisterUnit open={registering} onClose={() => setRegistering(false)} />
    </>
  );
}
