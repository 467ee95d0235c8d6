import { Alert, Button, Card, Col, DatePicker, Descriptions, Empty, Form, Input, Row, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '../../../../components/Loading';
import { useMe } from '../../../../me';
import { formatInstant, officeToday } from '../../../../time';
import { EnumTag } from '../shared/EnumTag';
import { FormModal } from '../shared/FormModal';
import { mayAct } from '../shared/roles';
import { History, localDate, PageTitle } from '../shared/ui';
import { useCommand } from '../shared/useCommand';
import { passports, PASSPORTS_KEY, usePassport, type PassportView } from './api';
import { LoanTable } from './LoanTable';
import { OverdueTag } from './OverdueTag';

/** One passport: its holder and particulars, the loan it is out on (overdue in red), past loans and history. */
export function PassportPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('travel');
  const answer = usePassport(id);
  if (!answer.data) return <Loading error={answer.error} retry={() => void answer.refetch()} />;
  const passport = answer.data;
  return (
    <>
      <PageTitle
        back={{ to: '/travel/passports', label: t('records.passports.title') }}
        title={t('records.passports.pageTitle', { name: passport.holderName })}
        tags={<EnumTag group="custody" code={passport.state} />}
        extra={<PassportActs passport={passport} />}
      />
      {passport.daysOverdue > 0 && passport.currentLoan && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('records.passports.overdueAlert', { count: passport.daysOverdue, dueBack: passport.currentLoan.dueBack, unit: passport.currentLoan.unit })}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Particulars passport={passport} />
            <Card title={t('records.passports.currentLoan')}>
              {passport.currentLoan ? (
                <Descriptions
                  column={{ xs: 1, md: 2 }}
                  items={[
                    {
                      key: 'delegation',
                      label: t('records.passports.loan.delegation'),
                      children: (
                        <Link to={`/travel/delegations/${encodeURIComponent(passport.currentLoan.delegationId)}`}>{passport.currentLoan.delegationId}</Link>
                      ),
                    },
                    { key: 'unit', label: t('records.passports.loan.unit'), children: passport.currentLoan.unit },
                    { key: 'lentOn', label: t('records.passports.loan.lentOn'), children: passport.currentLoan.lentOn },
                    {
                      key: 'dueBack',
                      label: t('records.passports.loan.dueBack'),
                      children: (
                        <>
                          {passport.currentLoan.dueBack} <OverdueTag days={passport.daysOverdue} />
                        </>
                      ),
                    },
                  ]}
                />
              ) : (
                <Empty description={t('records.passports.notLent')} />
              )}
            </Card>
            <Card title={t('records.passports.pastLoans')}>
              <LoanTable loans={passport.pastLoans} caption={t('records.passports.pastLoans')} />
            </Card>
          </Space>
        </Col>
        <Col xs={24} xl={9}>
          <Card title={t('records.common.history')}>
            <History entries={passport.history} acts="passportAct" states="custody" />
          </Card>
        </Col>
      </Row>
    </>
  );
}

function Particulars({ passport }: { passport: PassportView }) {
  const { t } = useTranslation('travel');
  return (
    <Card title={t('records.passports.particulars')}>
      <Descriptions
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'holder', label: t('records.passports.holderName'), children: passport.holderName },
          { key: 'personId', label: t('records.passports.personId'), children: passport.personId },
          { key: 'unit', label: t('records.passports.holderUnit'), children: passport.holderUnit },
          { key: 'rank', label: t('records.passports.rank'), children: <EnumTag group="rank" code={passport.rank} /> },
          { key: 'type', label: t('records.passports.type'), children: <EnumTag group="passportType" code={passport.type} /> },
          {
            key: 'number',
            label: t('records.passports.number'),
            children: (
              <Space>
                <Typography.Text code>{passport.number}</Typography.Text>
                {passport.numberMasked && <Typography.Text type="secondary">{t('records.passports.masked')}</Typography.Text>}
              </Space>
            ),
          },
          { key: 'issuedOn', label: t('records.passports.issuedOn'), children: passport.issuedOn },
          {
            key: 'expiresOn',
            label: t('records.passports.expiresOn'),
            children: (
              <Space>
                {passport.expiresOn}
                {!passport.valid && <Typography.Text type="danger">{t('records.passports.invalid')}</Typography.Text>}
              </Space>
            ),
          },
          { key: 'registered', label: t('records.passports.registeredBy'), children: `${passport.registeredBy} · ${formatInstant(passport.registeredAt)}` },
          ...(passport.cancellationReason
            ? [{ key: 'reason', label: t('records.passports.cancellationReason'), children: passport.cancellationReason }]
            : []),
        ]}
      />
    </Card>
  );
}

/** A passport officer takes a lent passport back, or cancels one in custody (never one that is out). */
function PassportActs({ passport }: { passport: PassportView }) {
  const { t } = useTranslation('travel');
  const { data: me } = useMe();
  const [open, setOpen] = useState<'return' | 'cancel' | undefined>();
  const close = () => setOpen(undefined);
  const returnToCustody = useCommand((returnedOn: string | undefined) => passports.returnToCustody(passport, returnedOn), {
    invalidate: [PASSPORTS_KEY],
    done: t('records.passports.returned'),
  });
  const cancel = useCommand((reason: string) => passports.cancel(passport, reason), {
    invalidate: [PASSPORTS_KEY],
    done: t('records.passports.cancelled'),
  });
  if (!mayAct(me, 'FAO_OFFICER')) return null;
  return (
    <>
      {passport.state === 'ON_LOAN' && (
        <Button type="primary" onClick={() => setOpen('return')}>
          {t('records.passports.return')}
        </Button>
      )}
      {passport.state === 'IN_CUSTODY' && (
        <Button danger onClick={() => setOpen('cancel')}>
          {t('records.passports.cancel')}
        </Button>
      )}
      <FormModal<{ returnedOn?: Dayjs }, string | undefined>
        name="return-passport"
        open={open === 'return'}
        title={t('records.passports.return')}
        onClose={close}
        command={returnToCustody}
        toRequest={(values) => localDate(values.returnedOn)}
      >
        {(field) => (
          <Form.Item name="returnedOn" label={t('records.passports.returnedOn')} extra={t('records.passports.returnedOnHint')} {...field('returnedOn')}>
            <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isAfter(dayjs(officeToday()), 'day')} />
          </Form.Item>
        )}
      </FormModal>
      <FormModal<{ reason: string }, string>
        name="cancel-passport"
        open={open === 'cancel'}
        title={t('records.passports.cancel')}
        onClose={close}
        command={cancel}
        toRequest={(values) => values.reason.trim()}
      >
        {(field) => (
          <Form.Item
            name="reason"
            label={t('reason', { ns: 'common' })}
            rules={[{ required: true, whitespace: true, message: t('records.form.required') }, { max: 500 }]}
            {...field('reason')}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        )}
      </FormModal>
    </>
  );
}
