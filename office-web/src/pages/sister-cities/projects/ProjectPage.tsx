import { Descriptions, Space, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Loading } from '../../../components/Loading';
import { StateTag } from '../../../components/StateTag';
import { local } from '../../../text';
import { formatInstant } from '../../../time';
import { NS } from '../shared/api';
import { CodeTag, PageTitle, Section } from '../shared/layout';
import { useLanguage } from '../shared/options';
import { PartnerLink } from '../partners/PartnerLink';
import { ProjectActions } from './ProjectActions';
import { ProjectFigures } from './ProjectFigures';
import { ProjectMilestones } from './ProjectMilestones';
import { ProjectStages } from './ProjectStages';
import { useProject } from './api';

/** `/sister-cities/projects/:id`: the project on its path, its acts, milestones, outcome figures and history. */
export function ProjectPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(NS);
  const language = useLanguage();
  const query = useProject(id);
  if (!query.data) return <Loading error={query.error} retry={() => void query.refetch()} />;
  const project = query.data;
  return (
    <>
      <PageTitle title={local(project.title, language)} tags={<StateTag state={project.stage} namespace={NS} />} />
      <Section title={t('project.facts')}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <ProjectStages project={project} />
          <ProjectActions project={project} />
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'partner', label: t('project.partner'), children: <PartnerLink id={project.partnerCityId} /> },
              { key: 'field', label: t('project.field'), children: <CodeTag prefix="field" code={project.field} /> },
              { key: 'lead', label: t('project.leadDepartment'), children: project.leadDepartment },
              { key: 'partnerBody', label: t('project.partnerBody'), children: project.partnerBody },
              ...(project.stalledFrom
                ? [{ key: 'stalledFrom', label: t('project.stalledFromLabel'), children: t(`state.${project.stalledFrom}`) }]
                : []),
              { key: 'created', label: t('project.proposed'), children: `${project.createdBy ?? ''} ${formatInstant(project.createdAt)}` },
              { key: 'description', label: t('project.description'), span: 'filled', children: project.description ?? '—' },
            ]}
          />
        </Space>
      </Section>
      <Section title={t('project.milestones')}>
        <ProjectMilestones project={project} />
      </Section>
      <Section title={t('project.figures')}>
        <ProjectFigures project={project} />
      </Section>
      <Section title={t('project.history')}>
        <Timeline
          items={(project.history ?? []).map((step, index) => ({
            key: `${step.at}-${index}`,
            title: formatInstant(step.at),
            content: (
              <Space orientation="vertical" size={0}>
                <Typography.Text strong>
                  {step.from ? `${t(`state.${step.from}`)} → ${t(`state.${step.to}`)}` : t(`state.${step.to}`)}
                </Typography.Text>
                <Typography.Text type="secondary">{step.by}</Typography.Text>
                {step.note && <span>{step.note}</span>}
              </Space>
            ),
          }))}
        />
      </Section>
    </>
  );
}
