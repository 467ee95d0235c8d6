import { Button, Card, Col, Descriptions, Form, Input, Row, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Loading } from '../../../../components/Loading';
import { useMe } from '../../../../me';
import { formatInstant } from '../../../../time';
import { EnumTag } from '../shared/EnumTag';
import { FormModal } from '../shared/FormModal';
import { actsForUnit, mayAct } from '../shared/roles';
import { Caption, Countries, PageTitle } from '../shared/ui';
import { useCommand } from '../shared/useCommand';
import { authorisations, AUTHORISATIONS_KEY, useAuthorisation, type Authorisation, type AuthorisedPerson, type AuthorisedTrip } from './api';
import { RegisterTrip } from './RegisterTrip';
import { Validity } from './Validity';

/** One multi-trip authorisation: what it covers, the decision, the trips made under it. */
export function AuthorisationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('travel');
  const answer = useAuthorisation(id);
  if (!answer.data) return <Loading error={answer.error} retry={() => void answer.refetch()} />;
  const authorisation = answer.data;
  return (
    <>
      <PageTitle
        back={{ to: '/travel/authorisations', label: t('records.authorisations.title') }}
        title={t('records.authorisations.pageTitle', { unit: authorisation.unit })}
        tags={<EnumTag group="authorisationStatus" code={authorisation.status} />}
        extra={<AuthorisationActs authorisation={authorisation} />}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title={t('records.authorisations.particulars')}>
            <Descriptions
              column={{ xs: 1, md: 2 }}
              items={[
                { key: 'purpose', label: t('records.authorisations.purpose'), children: authorisation.purpose, span: 'filled' },
                { key: 'unit', label: t('records.authorisations.unit'), children: authorisation.unit },
                { key: 'category', label: t('records.authorisations.category'), children: <EnumTag group="category" code={authorisation.category} /> },
                { key: 'countries', label: t('records.authorisations.countries'), children: <Countries codes={authorisation.countries} /> },
                { key: 'validity', label: t('records.authorisations.validity'), children: <Validity authorisation={authorisation} /> },
                {
                  key: 'requested',
                  label: t('records.authorisations.requestedBy'),
                  children: `${authorisation.requestedBy} · ${formatInstant(authorisation.requestedAt)}`,
                },
                ...(authorisation.decidedBy
                  ? [
                      {
                        key: 'decided',
                        label: t('records.authorisations.decidedBy'),
                        children: `${authorisation.decidedBy} · ${formatInstant(authorisation.decidedAt)}`,
                      },
                    ]
                  : []),
                ...(authorisation.reason ? [{ key: 'reason', label: t('reason', { ns: 'common' }), children: authorisation.reason }] : []),
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('records.authorisations.people')}>
            <Table<AuthorisedPerson>
              caption={<Caption>{t('records.authorisations.peopleCaption')}</Caption>}
              rowKey="personId"
              size="small"
              pagination={false}
              dataSource={authorisation.people}
              scroll={{ x: true }}
              columns={[
                { title: t('records.authorisations.personId'), dataIndex: 'personId' },
                { title: t('records.authorisations.name'), dataIndex: 'name' },
                { title: t('records.authorisations.post'), dataIndex: 'post' },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24}>
          <Card title={t('records.authorisations.trips')}>
            <Table<AuthorisedTrip>
              caption={<Caption>{t('records.authorisations.tripsCaption')}</Caption>}
              rowKey="tripId"
              size="small"
              pagination={false}
              dataSource={authorisation.trips}
              scroll={{ x: true }}
              columns={[
                { title: t('records.authorisations.departureDate'), dataIndex: 'departureDate' },
                { title: t('records.authorisations.returnDate'), dataIndex: 'returnDate' },
                { title: t('records.authorisations.countries'), dataIndex: 'countries', render: (codes: string[]) => <Countries codes={codes} /> },
                {
                  title: t('records.authorisations.travellers'),
                  dataIndex: 'personIds',
                  render: (ids: string[]) => ids.map((personId) => authorisation.people.find((person) => person.personId === personId)?.name ?? personId).join('、'),
                },
                { title: t('records.authorisations.tripPurpose'), dataIndex: 'purpose' },
                { title: t('records.authorisations.registeredBy'), key: 'registered', render: (_, trip) => `${trip.registeredBy} · ${formatInstant(trip.registeredAt)}` },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}

/**
 * The acts the user may perform now: the director grants or refuses a request and revokes a grant (with a
 * written reason); the unit's clerk registers trips under a grant.
 */
function AuthorisationActs({ authorisation }: { authorisation: Authorisation }) {
  const { t } = useTranslation('travel');
  const { data: me } = useMe();
  const [open, setOpen] = useState<'grant' | 'refuse' | 'revoke' | 'trip' | undefined>();
  const close = () => setOpen(undefined);
  const invalidate = [AUTHORISATIONS_KEY];
  const grant = useCommand((_: void) => authorisations.grant(authorisation), { invalidate, done: t('records.authorisations.granted') });
  const refuse = useCommand((reason: string) => authorisations.refuse(authorisation, reason), { invalidate, done: t('records.authorisations.refused') });
  const revoke = useCommand((reason: string) => authorisations.revoke(authorisation, reason), { invalidate, done: t('records.authorisations.revoked') });
  const director = mayAct(me, 'FAO_DIRECTOR');
  const clerk = actsForUnit(me, authorisation.unit, 'UNIT_CLERK');
  const reasonModal = (act: 'refuse' | 'revoke', command: typeof refuse) => (
    <FormModal<{ reason: string }, string>
      name={`${act}-authorisation`}
      open={open === act}
      title={t(`records.authorisations.${act}`)}
      onClose={close}
      command={command}
      toRequest={(values) => values.reason.trim()}
    >
      {(field) => (
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
      )}
    </FormModal>
  );
  return (
    <Space wrap>
      {director && authorisation.status === 'REQUESTED' && (
        <>
          <Button type="primary" onClick={() => setOpen('grant')}>
            {t('records.authorisations.grant')}
          </Button>
          <Button danger onClick={() => setOpen('refuse')}>
            {t('records.authorisations.refuse')}
          </Button>
        </>
      )}
      {director && authorisation.status === 'GRANTED' && (
        <Button danger onClick={() => setOpen('revoke')}>
          {t('records.authorisations.revoke')}
        </Button>
      )}
      {clerk && authorisation.status === 'GRANTED' && (
        <Button type="primary" onClick={() => setOpen('trip')}>
          {t('records.authorisations.registerTrip')}
        </Button>
      )}
      <FormModal<object, void>
        name="grant-authorisation"
        open={open === 'grant'}
        title={t('records.authorisations.grant')}
        okText={t('records.authorisations.grant')}
        onClose={close}
        command={grant}
        toRequest={() => undefined}
      >
        {() => <Typography.Paragraph>{t('records.authorisations.grantConfirm', { validFrom: authorisation.validFrom })}</Typography.Paragraph>}
      </FormModal>
      {reasonModal('refuse', refuse)}
      {reasonModal('revoke', revoke)}
      <RegisterTrip authorisation={authorisation} open={open === 'trip'} onClose={close} />
      {!director && !clerk && authorisation.status === 'REQUESTED' && (
        <Typography.Text type="secondary">{t('records.authorisations.awaitingDecision')}</Typography.Text>
      )}
    </Space>
  );
}
