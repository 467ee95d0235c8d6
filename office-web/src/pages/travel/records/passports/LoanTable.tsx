import { Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Caption } from '../shared/ui';
import type { Loan } from './api';

/** Days a returned loan came back after its due date (0 when on time). */
function daysLate(loan: Loan): number {
  return loan.returnedOn ? Math.max(0, dayjs(loan.returnedOn).diff(dayjs(loan.dueBack), 'day')) : 0;
}

/** The trips a passport was lent for: which file, which unit, when it left and was due and came back. */
export function LoanTable({ loans, caption }: { loans: Loan[]; caption: string }) {
  const { t } = useTranslation('travel');
  return (
    <Table<Loan>
      caption={<Caption>{caption}</Caption>}
      rowKey={(loan) => `${loan.delegationId}-${loan.lentOn}`}
      dataSource={loans}
      pagination={false}
      size="small"
      scroll={{ x: true }}
      columns={[
        {
          title: t('records.passports.loan.delegation'),
          dataIndex: 'delegationId',
          render: (id: string) => <Link to={`/travel/delegations/${encodeURIComponent(id)}`}>{id}</Link>,
        },
        { title: t('records.passports.loan.unit'), dataIndex: 'unit' },
        { title: t('records.passports.loan.lentOn'), dataIndex: 'lentOn' },
        { title: t('records.passports.loan.dueBack'), dataIndex: 'dueBack' },
        { title: t('records.passports.loan.returnedOn'), dataIndex: 'returnedOn' },
        {
          title: t('records.passports.loan.late'),
          key: 'late',
          render: (_, loan) =>
            daysLate(loan) > 0 ? <Tag color="red">{t('records.passports.daysLate', { count: daysLate(loan) })}</Tag> : t('records.passports.onTime'),
        },
      ]}
    />
  );
}
