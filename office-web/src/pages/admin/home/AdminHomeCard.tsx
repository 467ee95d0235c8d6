import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Row, Space, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { daysUntil, formatInstant } from '../../../time';
import { useChainChecks, useVerifyChain } from '../audit/api';
import { useOpenDeadLetterCount } from '../deadLetters/api';
import { POLICY_SERVICES, usePolicy } from '../policy/api';
import { valueWithUnit } from '../policy/format';
import { SERVICES, type ServiceRef } from '../shared/services';

/** A scheduled value counts as "soon" this many days ahead: time to tell the units and check the forms. */
export const SOON_DAYS = 60;

/**
 * The administrator's and auditor's part of the home page: rule parameters about to change, events the services
 * could not process, and whether each audit trail was whole when last checked.
 */
export function AdminHomeCard() {
  const { t } = useTranslation('admin');
  return (
    <Card title={t('home.title')}>
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <section aria-labelledby="admin-home-policy">
          <Typography.Title level={3} style={{ fontSize: 16 }} id="admin-home-policy">
            {t('home.policyChanges')}
          </Typography.Title>
          {POLICY_SERVICES.map((service) => (
            <PolicyChanges key={service.prefix} service={service} />
          ))}
        </section>
        <section aria-labelledby="admin-home-dead-letters">
          <Typography.Title level={3} style={{ fontSize: 16 }} id="admin-home-dead-letters">
            {t('home.deadLetters')}
          </Typography.Title>
          <Row gutter={[16, 16]}>
            {SERVICES.map((service) => (
              <Col key={service.prefix} xs={12} md={6}>
                <OpenDeadLetters service={service} />
              </Col>
            ))}
          </Row>
        </section>
        <section aria-labelledby="admin-home-chains">
          <Typography.Title level={3} style={{ fontSize: 16 }} id="admin-home-chains">
            {t('home.chains')}
          </Typography.Title>
          <ChainChecks />
        </section>
      </Space>
    </Card>
  );
}

function PolicyChanges({ service }: { service: ServiceRef }) {
  const { t } = useTranslation('admin');
  const policy = usePolicy(service.prefix);
  if (policy.error) return <ProblemAlert error={policy.error} />;
  const soon = (policy.data ?? [])
    .filter((parameter) => parameter.next && daysUntil(parameter.next.effectiveFrom) <= SOON_DAYS)
    .sort((a, b) => a.next!.effectiveFrom.localeCompare(b.next!.effectiveFrom));
  if (policy.data && soon.length === 0) {
    return <Typography.Text type="secondary">{t('home.noPolicyChanges', { days: SOON_DAYS })}</Typography.Text>;
  }
  return (
    <ul style={{ paddingInlineStart: 20, margin: 0 }}>
      {soon.map((parameter) => (
        <li key={parameter.key}>
          <Link to={`/admin/policy?service=${service.prefix}`}>
            <Typography.Text code>{parameter.key}</Typography.Text>
          </Link>{' '}
          {t('home.policyChange', {
            from: valueWithUnit(t, parameter.current, parameter.unit),
            to: valueWithUnit(t, parameter.next!, parameter.unit),
            date: parameter.next!.effectiveFrom,
          })}{' '}
          <Tag color="blue">{t('policy.inDays', { count: daysUntil(parameter.next!.effectiveFrom) })}</Tag>
        </li>
      ))}
    </ul>
  );
}

function OpenDeadLetters({ service }: { service: ServiceRef }) {
  const { t } = useTranslation('admin');
  const open = useOpenDeadLetterCount(service.prefix);
  return (
    <Link to={`/admin/dead-letters?service=${service.prefix}`} aria-label={t('home.openIn', { service: t(`area.${service.key}`, { ns: 'common' }), count: open.data ?? 0 })}>
      <Statistic
        title={t(`area.${service.key}`, { ns: 'common' })}
        value={open.error ? '—' : (open.data ?? '…')}
        styles={{ content: { color: open.data ? '#cf1322' : undefined } }}
      />
    </Link>
  );
}

function ChainChecks() {
  const { t } = useTranslation('admin');
  const checks = useChainChecks();
  const verify = useVerifyChain();
  // One after the other: each check reads a whole chain, no need to load four services at once.
  const verifyAll = async () => {
    for (const service of SERVICES) {
      await verify.mutateAsync(service.prefix).catch(() => undefined);
    }
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Descriptions
        size="small"
        column={1}
        items={SERVICES.map((service) => {
          const check = checks.data?.[service.prefix];
          return {
            key: service.prefix,
            label: <Link to={`/admin/audit?service=${service.prefix}`}>{t(`area.${service.key}`, { ns: 'common' })}</Link>,
            children: (
              <Space wrap>
                {!check ? (
                  <Tag>{t('home.notChecked')}</Tag>
                ) : check.result.intact ? (
                  <Tag color="green">{t('home.intact', { count: check.result.recordsChecked })}</Tag>
                ) : (
                  <Tag color="red">{t('home.broken', { sequence: check.result.firstBrokenSequence })}</Tag>
                )}
                {check && <Typography.Text type="secondary">{formatInstant(check.checkedAt)}</Typography.Text>}
              </Space>
            ),
          };
        })}
      />
      {verify.error && <ProblemAlert error={verify.error} />}
      <Button icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => void verifyAll()}>
        {t('home.verifyAll')}
      </Button>
    </Space>
  );
}
