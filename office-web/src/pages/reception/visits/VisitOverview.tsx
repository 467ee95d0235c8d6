import { Card, Col, Descriptions, Empty, Row, Space, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { StateTag } from '../../../components/StateTag';
import { useMe } from '../../../me';
import { local } from '../../../text';
import { formatDate, formatInstant } from '../../../time';
import { usePartnerCities } from '../api';
import { AgendaDownloads } from '../documents/AgendaDownloads';
import type { Visit } from '../model';
import { countryName, FieldProblems, NS, useLanguage, yuan } from '../shared';

/** The visit's facts (with any rule an act broke shown at the fact it concerns), documents and history. */
export function VisitOverview({ visit, actError }: { visit: Visit; actError: unknown }) {
  const { t } = useTranslation(NS);
  const language = useLanguage();
  const { data: me } = useMe();
  const partners = usePartnerCities(visit.partnerCityId !== undefined && me !== undefined);
  const partner = partners.data?.items.find((city) => city.id === visit.partnerCityId);
  const yesNo = (value: boolean) => t(value ? 'yes' : 'no', { ns: 'common' });
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={16}>
        <Card title={t('visit.facts')}>
          <Descriptions
            bordered
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'invitingDepartment', label: t('visit.invitingDepartment'), children: visit.invitingDepartment },
              {
                key: 'countries',
                label: t('visit.countries'),
                children: visit.countries.map((code) => countryName(code, language)).join(language === 'zh' ? '、' : ', '),
              },
              {
                key: 'arrivalDate',
                label: t('visit.arrivalDate'),
                children: (
                  <>
                    {formatDate(visit.arrivalDate)}
                    <FieldProblems error={actError} fields={['arrivalDate']} />
                  </>
                ),
              },
              {
                key: 'departureDate',
                label: t('visit.departureDate'),
                children: (
                  <>
                    {formatDate(visit.departureDate)}
                    <FieldProblems error={actError} fields={['departureDate']} />
                  </>
                ),
              },
              { key: 'hostedDays', label: t('visit.hostedDays'), children: t('visit.daysCount', { count: visit.hostedDays }) },
              { key: 'guestCount', label: t('visit.guestCount'), children: visit.guestCount },
              { key: 'hostingMode', label: t('visit.hostingMode'), children: t(`hosting.${visit.hostingMode}`) },
              {
                key: 'reciprocityAgreement',
                label: t('visit.reciprocityAgreement'),
                children: (
                  <>
                    {yesNo(visit.reciprocityAgreement)}
                    <FieldProblems error={actError} fields={['reciprocityAgreement']} />
                  </>
                ),
              },
              { key: 'budgetYuan', label: t('visit.budgetYuan'), children: visit.budgetYuan !== undefined ? yuan(visit.budgetYuan, language) : t('none', { ns: 'common' }) },
              {
                key: 'partnerCity',
                label: t('visit.partnerCity'),
                children: visit.partnerCityId ? (partner ? local(partner.names, language) : visit.partnerCityId) : t('none', { ns: 'common' }),
              },
              { key: 'purpose', label: t('visit.purpose'), span: 'filled', children: local(visit.purpose, language) || t('none', { ns: 'common' }) },
              { key: 'requested', label: t('visit.requested'), span: 'filled', children: `${visit.requestedBy} · ${formatInstant(visit.requestedAt)}` },
              ...(visit.summary
                ? [{ key: 'summary', label: t('visit.summary'), span: 'filled' as const, children: <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{local(visit.summary, language)}</Typography.Paragraph> }]
                : []),
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={8}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <AgendaDownloads visit={visit} />
          <Card title={t('visit.history')}>
            {visit.history.length === 0 ? (
              <Empty description={t('none', { ns: 'common' })} />
            ) : (
              <Timeline
                items={visit.history.map((step, index) => ({
                  key: index,
                  color: step.to === 'CANCELLED' ? 'red' : 'blue',
                  title: formatInstant(step.at),
                  content: (
                    <>
                      <Space wrap size={4}>
                        {step.from && <StateTag state={step.from} namespace={NS} />}
                        {step.from && '→'}
                        <StateTag state={step.to} namespace={NS} />
                      </Space>
                      <div>{t('visit.by', { user: step.by })}</div>
                      {step.note && <Typography.Text type="secondary">{step.note}</Typography.Text>}
                    </>
                  ),
                }))}
              />
            )}
          </Card>
        </Space>
      </Col>
    </Row>
  );
}
