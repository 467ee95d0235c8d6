import { Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../time';
import type { PolicyParameter } from './api';
import { valueWithUnit } from './format';

/**
 * Every value the parameter has had and will have, earliest first: the one in force today, the ones before it
 * and the ones already scheduled, each with its source and who entered it.
 */
export function ParameterTimeline({ parameter }: { parameter: PolicyParameter }) {
  const { t } = useTranslation('admin');
  return (
    <section aria-label={t('policy.historyOf', { key: parameter.key })}>
      <Typography.Text strong>{t('policy.history')}</Typography.Text>
      <Timeline
        style={{ marginTop: 12 }}
        items={parameter.values.map((value) => {
          const phase =
            value.effectiveFrom === parameter.current.effectiveFrom
              ? 'current'
              : value.effectiveFrom > parameter.current.effectiveFrom
                ? 'scheduled'
                : 'earlier';
          return {
            key: value.effectiveFrom,
            color: phase === 'current' ? 'green' : phase === 'scheduled' ? 'blue' : 'gray',
            title: value.effectiveFrom,
            content: (
              <div data-testid={`policy-value-${parameter.key}-${value.effectiveFrom}`}>
                <Typography.Text strong>{valueWithUnit(t, value, parameter.unit)}</Typography.Text>{' '}
                <Tag color={phase === 'current' ? 'green' : phase === 'scheduled' ? 'blue' : undefined}>
                  {t(`policy.phase.${phase}`)}
                </Tag>
                <div>
                  {t('policy.source')}: {value.source}
                </div>
                {value.setBy && (
                  <Typography.Text type="secondary">
                    {t('policy.setBy', { user: value.setBy, at: formatInstant(value.setAt) })}
                  </Typography.Text>
                )}
              </div>
            ),
          };
        })}
      />
    </section>
  );
}
