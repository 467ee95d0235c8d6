import { Bar } from '@ant-design/plots';
import { useTranslation } from 'react-i18next';
import { local } from '../../../text';
import { NS } from '../shared/api';
import { useLanguage } from '../shared/options';
import type { TargetProgress } from './api';

/** Targets against what is achieved, side by side per target (the numbers are also in the bars above). */
export default function TargetsChart({ targets }: { targets: TargetProgress[] }) {
  const { t } = useTranslation(NS);
  const language = useLanguage();
  const data = targets.flatMap((target) => {
    const name = local(target.description, language) || target.targetId;
    return [
      { target: name, series: t('plan.required'), value: target.required },
      { target: name, series: t('plan.achieved'), value: target.achieved },
    ];
  });
  return (
    <figure style={{ margin: 0 }} aria-label={t('plan.chart')}>
      <Bar data={data} xField="target" yField="value" colorField="series" group height={Math.max(200, targets.length * 70)} />
      <figcaption style={{ textAlign: 'center', color: 'rgba(0,0,0,0.45)' }}>{t('plan.chart')}</figcaption>
    </figure>
  );
}
