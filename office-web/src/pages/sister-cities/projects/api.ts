import { useQuery } from '@tanstack/react-query';
import { get, query, type LocalText, type Page } from '../../../api/http';
import { BASE, NS } from '../shared/api';
import type { CooperationField, ProjectStage } from '../shared/model';

export type ProjectAct =
  | 'START_NEGOTIATING'
  | 'AGREE'
  | 'START_IMPLEMENTING'
  | 'COMPLETE'
  | 'STALL'
  | 'RESUME'
  | 'ADD_MILESTONE'
  | 'EDIT_MILESTONE'
  | 'DROP_MILESTONE'
  | 'REACH_MILESTONE'
  | 'RECORD_FIGURE';

export interface Milestone {
  id: string;
  title: LocalText;
  dueDate?: string;
  status: 'OPEN' | 'REACHED' | 'DROPPED';
  reachedOn?: string;
  dropReason?: string;
}

/** An outcome figure kept under its key; `value` is a JSON number (BigDecimal). */
export interface OutcomeFigure {
  key: string;
  label: LocalText;
  value: number;
  unit: string;
  recordedBy?: string;
  recordedAt?: string;
}

export interface ProjectStageChange {
  from?: ProjectStage;
  to: ProjectStage;
  by: string;
  at: string;
  note?: string;
}

/** `ProjectView`, with the acts the caller may perform now. */
export interface Project {
  id: string;
  partnerCityId: string;
  title: LocalText;
  description?: string;
  field: CooperationField;
  leadDepartment: string;
  partnerBody: string;
  relationshipId?: string;
  stage: ProjectStage;
  stalledFrom?: ProjectStage;
  milestones?: Milestone[];
  figures?: OutcomeFigure[];
  createdBy?: string;
  createdAt?: string;
  history?: ProjectStageChange[];
  actions?: ProjectAct[];
  version: number;
}

/** `ProjectCard`: a project as the board shows it. */
export interface ProjectCard {
  id: string;
  partnerCityId: string;
  title: LocalText;
  field: CooperationField;
  leadDepartment: string;
  stage: ProjectStage;
  stalledFrom?: ProjectStage;
  milestones: number;
  milestonesReached: number;
  createdAt?: string;
}

export interface BoardColumn {
  stage: ProjectStage;
  count: number;
  projects: ProjectCard[];
}

export interface Board {
  columns: BoardColumn[];
  total: number;
}

/** `ProposeProject`. */
export interface ProposeProject {
  partnerCityId: string;
  title: LocalText;
  description?: string;
  field: CooperationField;
  leadDepartment: string;
  partnerBody: string;
  relationshipId?: string;
}

export const PROJECTS = `${BASE}/projects`;

export interface BoardFilter {
  partnerCityId?: string;
  field?: CooperationField;
  perStage?: number;
}

export function useBoard(filter: BoardFilter) {
  return useQuery({
    queryKey: [NS, 'projects', 'board', filter],
    queryFn: ({ signal }) => get<Board>(`${PROJECTS}/board${query({ ...filter })}`, signal),
    placeholderData: (previous) => previous,
  });
}

export function useProject(id: string) {
  return useQuery({
    queryKey: [NS, 'projects', 'one', id],
    queryFn: ({ signal }) => get<Project>(`${PROJECTS}/${encodeURIComponent(id)}`, signal),
  });
}

export function useProjects(partnerCityId: string | undefined, page: number, size: number) {
  return useQuery({
    queryKey: [NS, 'projects', 'list', { partnerCityId, page, size }],
    queryFn: ({ signal }) => get<Page<Project>>(`${PROJECTS}${query({ partnerCityId, page, size })}`, signal),
    placeholderData: (previous) => previous,
  });
}
