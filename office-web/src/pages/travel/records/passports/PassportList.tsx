import { Button, Form, Input, Select, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../../../components/Loading';
import { useMe } from '../../../../me';
import { EnumTag, useEnumText } from '../shared/EnumTag';
import { useListParams } from '../shared/listParams';
import { mayAct, readsEveryUnit } from '../shared/roles';
import { Caption, FilterBar, PageTitle } from '../shared/ui';
import { usePassports, type PassportSummary } from './api';
import { OverdueTag } from './OverdueTag';
import { RegisterPassport } from './RegisterPassport';

const FILTERS = ['unit', 'state', 'personId', 'overdue'] as const;

interface FilterValues {
  unit?: string;
  state?: string;
  personId?: string;
  overdue?: boolean;
}

/**
 * The register of official passports in the office's custody: who holds which (numbers masked), where each is,
 * and which lent ones are overdue (highlighted, with the days). Passport officers register new ones here.
 */
export function PassportList() {
  const { t } = useTranslation('travel');
  const { data: me } = useMe();
  const { options } = useEnumText();
  const list = useListParams(FILTERS);
  const answer = usePassports({ ...list.filters, page: list.page, size: list.size });
  const [registering, setRegistering] = useState(false);

  const values: FilterValues = { ...list.filters, overdue: list.filters.overdue === 'true' };
  const apply = (next: Partial<FilterValues>) =>
    list.setFilters({
      unit: next.unit?.trim(),
      state: next.state,
      personId: next.personId?.trim(),
      overdue: next.overdue ? 'true' : undefined,
    });

  return (
    <>
      <PageTitle
        title={t('records.passports.title')}
        extra={
          mayAct(me, 'FAO_OFFICER') && (
            <Button type="primary" onClick={() => setRegistering(true)}>
              {t('records.passports.register')}
            </Button>
          )
        }
      />
      <FilterBar<FilterValues> name="passport-filters" values={values} onApply={apply}>
        {readsEveryUnit(me) && (
          <Form.Item name="unit" label={t('records.passports.unit')}>
            <Input allowClear style={{ width: 140 }} />
          </Form.Item>
        )}
        <Form.Item name="state" label={t('records.passports.state')}>
          <Select allowClear options={options('custody')} style={{ minWidth: 140 }} />
        </Form.Item>
        <Form.Item name="personId" label={t('records.passports.personId')}>
          <Input allowClear style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="overdue" label={t('records.passports.overdueOnly')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </FilterBar>
      {answer.error ? (
        <Loading error={answer.error} retry={() => void answer.refetch()} />
      ) : (
        <Table<PassportSummary>
          caption={<Caption>{t('records.passports.caption')}</Caption>}
          rowKey="id"
          loading={answer.isLoading}
          dataSource={answer.data?.items}
          pagination={list.pagination(answer.data?.total)}
          scroll={{ x: true }}
          onRow={(row) => ({ style: row.daysOverdue > 0 ? { background: '#fff1f0' } : undefined })}
          columns={[
            {
              title: t('records.passports.holder'),
              key: 'holder',
              render: (_, row) => <Link to={`/travel/passports/${encodeURIComponent(row.id)}`}>{row.holderName}</Link>,
            },
            { title: t('records.passports.personId'), dataIndex: 'personId' },
            { title: t('records.passports.unit'), dataIndex: 'holderUnit' },
            { title: t('records.passports.type'), dataIndex: 'type', render: (type: string) => <EnumTag group="passportType" code={type} /> },
            { title: t('records.passports.number'), dataIndex: 'number', render: (number: string) => <Typography.Text code>{number}</Typography.Text> },
            {
              title: t('records.passports.expiresOn'),
              key: 'expiresOn',
              render: (_, row) => (
                <>
                  {row.expiresOn}{' '}
                  {!row.valid && <Typography.Text type="danger">{t('records.passports.invalid')}</Typography.Text>}
                </>
              ),
            },
            { title: t('records.passports.state'), dataIndex: 'state', render: (state: string) => <EnumTag group="custody" code={state} /> },
            {
              title: t('records.passports.dueBack'),
              key: 'dueBack',
              render: (_, row) =>
                row.currentLoan && (
                  <>
                    {row.currentLoan.dueBack} <OverdueTag days={row.daysOverdue} />
                  </>
                ),
            },
            {
              title: t('records.passports.lentFor'),
              key: 'lentFor',
              render: (_, row) =>
                row.currentLoan && (
                  <Link to={`/travel/delegations/${encodeURIComponent(row.currentLoan.delegationId)}`}>{row.currentLoan.delegationId}</Link>
                ),
            },
          ]}
        />
      )}
      <RegisterPassport open={registering} onClose={() => setRegistering(false)} />
    </>
  );
}
