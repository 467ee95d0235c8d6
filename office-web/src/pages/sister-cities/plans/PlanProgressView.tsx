import { Card, Col, Collapse, Empty, Progress, Row, Space, Statistic, Tag, Typography } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../../components/Loading';
import { local } from '../../../text';
import { NS } from '../shared/api';
import { countryName } from '../shared/countries';
import { CodeTag } from '../shared/layout';
import { useLanguage } from '../shared/options';
import type { PlanProgress, TargetProgress } from './api';

/** The chart library is large: loaded when a plan's progress is first shown, not with the console. */
const TargetsChart = lazy(() => import('./TargetsChart'));

/** The records a target counted: projects open on their page; activities and relationships are named by id. */
function Contributors({ target }: { target: TargetProgress }) {
  const { t } = useTranslation(NS);
  const ids = target.contributors ?? [];
  if (ids.length === 0) return null;
  return (
    <Collapse
      size="small"
      ghost
      items={[
        {
          key: 'contributors',
          label: t('plan.contributors', { count: ids.length }),
          children: (
            <Space wrap size={4}>
              {ids.map((id) =>
                target.measure === 'PROJECTS_REACHING_STAGE' ? (
                  <Link key={id} to={`/sister-cities/projects/${encodeURIComponent(id)}`}>
                    {id}
                  </Link>
                ) : (
                  <Typography.Text key={id} code>
                    {id}
                  </Typography.Text>
                ),
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}

/** One target: what it counts, its bar (the service's percent, as given), achieved of required, pending. */
function TargetBar({ target, actions }: { target: TargetProgress; actions?: ReactNode }) {
  const { t } = useTranslation(NS);
  const language = useLanguage();
  const name = local(target.description, language) || target.targetId;
  const criteria = target.criteria ?? {};
  return (
    <Card size="small" style={{ marginBottom: 12 }} title={name} extra={actions}>
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Space wrap size={4}>
          <CodeTag prefix="measure" code={target.measure} color="blue" />
          <CodeTag prefix="direction" code={criteria.direction} />
          <CodeTag prefix="field" code={criteria.field} />
          {criteria.tag && <Tag variant="filled">#{criteria.tag}</Tag>}
          <CodeTag prefix="kind" code={criteria.kind} />
          <CodeTag prefix="state" code={criteria.stage} />
          {(target.countries ?? []).map((code) => (
            <Tag key={code}>{countryName(code, language)}</Tag>
          ))}
          {target.met && <Tag color="success">{t('plan.met')}</Tag>}
        </Space>
        <Progress
          percent={target.percent}
          status={target.met ? 'success' : 'normal'}
          format={() => `${target.percent}%`}
          aria-label={t('plan.progressOf', { name })}
        />
        <Space wrap size="large">
          <span>{t('plan.achievedOf', { achieved: target.achieved, required: target.required })}</span>
          <span>{t('plan.pending', { count: target.pending })}</span>
        </Space>
        <Contributors target={target} />
      </Space>
    </Card>
  );
}

/** The plan's overall bar and one bar per target, with a chart of targets against achievements. */
export function PlanProgressView({
  progress,
  targetActions,
}: {
  progress: PlanProgress;
  targetActions?: (target: TargetProgress) => ReactNode;
}) {
  const { t } = useTranslation(NS);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Row gutter={[16, 16]} align="middle">
        <Col xs={24} md={16}>
          <Typography.Text strong id="plan-overall">
            {t('plan.overall')}
          </Typography.Text>
          <Progress
            percent={progress.percent}
            status={progress.targetCount > 0 && progress.targetsMet === progress.targetCount ? 'success' : 'normal'}
            format={() => `${progress.percent}%`}
            aria-labelledby="plan-overall"
            size={{ height: 14 }}
          />
        </Col>
        <Col xs={24} md={8}>
          <Statistic title={t('plan.targetsMet')} value={progress.targetsMet} suffix={`/ ${progress.targetCount}`} />
        </Col>
      </Row>
      {progress.targets.length === 0 ? (
        <Empty description={t('plan.noTargets')} />
      ) : (
        <>
          {progress.targets.map((target) => (
            <TargetBar key={target.targetId} target={target} actions={targetActions?.(target)} />
          ))}
          <Suspense fallback={<Loading />}>
            <TargetsChart targets={progress.targets} />
          </Suspense>
        </>
      )}
    </Space>
  );
}
