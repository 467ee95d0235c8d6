import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../../components/Loading';
import { StateTag } from '../../../components/StateTag';
import { local } from '../../../text';
import { NS } from '../shared/api';
import { useLanguage } from '../shared/options';
import { usePaging } from '../shared/paging';
import { useProjects, type Project } from './api';

/** The cooperation projects with one partner, newest first. */
export function PartnerProjects({ partnerCityId }: { partnerCityId: string }) {
  const { t } = useTranslation(NS);
  const language = useLanguage();
  const paging = usePaging(10);
  const projects = useProjects(partnerCityId, paging.page, paging.size);
  if (projects.error) return <Loading error={projects.error} retry={() => void projects.refetch()} />;
  const columns: ColumnsType<Project> = [
    {
      key: 'title',
      title: t('project.title'),
      render: (_, project) => <Link to={`/sister-cities/projects/${encodeURIComponent(project.id)}`}>{local(project.title, language)}</Link>,
    },
    { key: 'field', title: t('project.field'), render: (_, project) => t(`field.${project.field}`) },
    { key: 'stage', title: t('project.stage'), render: (_, project) => <StateTag state={project.stage} namespace={NS} /> },
    {
      key: 'milestones',
      title: t('project.milestones'),
      render: (_, project) => {
        const all = project.milestones ?? [];
        return t('project.milestonesReached', { reached: all.filter((milestone) => milestone.status === 'REACHED').length, count: all.length });
      },
    },
  ];
  return (
    <Table<Project>
      rowKey="id"
      size="small"
      caption={<Typography.Text strong>{t('project.ofPartner')}</Typography.Text>}
      loading={projects.isFetching}
      columns={columns}
      dataSource={projects.data?.items ?? []}
      scroll={{ x: true }}
      pagination={paging.pagination(projects.data)}
    />
  );
}
