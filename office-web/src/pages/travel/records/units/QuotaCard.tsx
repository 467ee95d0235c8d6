import { Card, Col, Descriptions, Progress, Row, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../../components/Loading';
import { formatInstant } from '../../../../time';
import { EnumTag } from '../shared/EnumTag';
import { useQuota } from './api';

/**
 * A unit's trip quota for one year and where it comes from (the policy's default or the director's raise);
 * with `planned`, a bar of the planned trips against it (red once over: the office will not approve the plan).
 */
export function QuotaCard({ unit, year, planned, extra }: { unit: string; year: number; planned?: number; extra?: ReactNode }) {
  const { t } = useTranslation('travel');
  const answer = useQuota(unit, year);
  const quota = answer.data;
  return (
    <Card title={t('records.quota.title', { year })} extra={extra}>
      {!quota ? (
        <Loading error={answer.error} retry={() => void answer.refetch()} />
      ) : (
        <Row gutter={[16, 16]} align="middle">
          <Col xs={12} md={6}>
            <Statistic title={t('records.quota.quota')} value={quota.quota} suffix={t('records.quota.trips')} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('records.quota.default')} value={quota.defaultQuota} suffix={t('records.quota.trips')} />
          </Col>
          <Col xs={24} md={12}>
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'source', label: t('records.quota.source'), children: <EnumTag group="quotaSource" code={quota.source} /> },
                ...(quota.policySource ? [{ key: 'policy', label: t('records.quota.policySource'), children: quota.policySource }] : []),
                ...(quota.raise
                  ? [
                      {
                        key: 'raise',
                        label: t('records.quota.raisedBy'),
                        children: `${quota.raise.raisedBy} · ${formatInstant(quota.raise.raisedAt)} · ${quota.raise.reason}`,
                      },
                    ]
                  : []),
              ]}
            />
          </Col>
          {planned !== undefined && (
            <Col xs={24}>
              <Typography.Text id={`quota-${unit}-${year}`}>{t('records.quota.planned', { planned, quota: quota.quota })}</Typography.Text>
              <Progress
                aria-labelledby={`quota-${unit}-${year}`}
                percent={quota.quota > 0 ? Math.round((planned / quota.quota) * 100) : planned > 0 ? 100 : 0}
                status={planned > quota.quota ? 'exception' : planned === quota.quota ? 'success' : 'normal'}
                format={() => `${planned} / ${quota.quota}`}
              />
              <Typography.Text type="secondary">{t('records.quota.academicExempt')}</Typography.Text>
            </Col>
          )}
        </Row>
      )}
    </Card>
  );
}
