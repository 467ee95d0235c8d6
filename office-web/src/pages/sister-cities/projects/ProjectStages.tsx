import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { NS } from '../shared/api';
import type { ProjectStage } from '../shared/model';
import type { Project } from './api';

const MAIN_LINE: ProjectStage[] = ['IDEA', 'NEGOTIATING', 'AGREED', 'IMPLEMENTING', 'COMPLETED'];

/** The project's main line; a stalled project shows where it stalled, to be resumed there. */
export function ProjectStages({ project }: { project: Project }) {
  const { t } = useTranslation(NS);
  const stalled = project.stage === 'STALLED';
  const current = Math.max(0, MAIN_LINE.indexOf(stalled ? (project.stalledFrom ?? 'IDEA') : project.stage));
  return (
    <div role="group" aria-label={t('project.path')}>
      <Steps
        size="small"
        current={current}
        status={stalled ? 'error' : project.stage === 'COMPLETED' ? 'finish' : 'process'}
        items={MAIN_LINE.map((stage, index) => ({
          title: stalled && index === current ? `${t(`state.${stage}`)} · ${t('state.STALLED')}` : t(`state.${stage}`),
        }))}
      />
    </div>
  );
}
