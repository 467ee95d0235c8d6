import { useQuery } from '@tanstack/react-query';
import { get, query, type LocalText, type Page } from '../../../api/http';
import { BASE, NS } from '../shared/api';
import type { CooperationField, Direction, PlanStatus, ProjectStage, RelationshipKind, TargetMeasure } from '../shared/model';

/** Which records count toward a target, beyond the plan's period and countries. */
export interface TargetCriteria {
  countries?: string[];
  direction?: Direction;
  field?: CooperationField;
  tag?: string;
  kind?: RelationshipKind;
  stage?: ProjectStage;
}

/**
 * One target's progress as the service measures it. `percent` is ⌊100 × min(achieved, required) ÷ required⌋:
 * shown as given, never recomputed here.
 */
export interface TargetProgress {
  targetId: string;
  description: LocalText;
  measure: TargetMeasure;
  criteria?: TargetCriteria;
  countries?: string[];
  required: number;
  achieved: number;
  pending: number;
  percent: number;
  met: boolean;
  contributors?: string[];
}

/** The plan's progress: `percent` is the mean of the capped shares, rounded down by the service. */
export interface PlanProgress {
  percent: number;
  targetsMet: number;
  targetCount: number;
  targets: TargetProgress[];
}

/** `PlanView`. */
export interface Plan {
  id: string;
  title: LocalText;
  startDate: string;
  endDate: string;
  countries: string[];
  status: PlanStatus;
  createdBy?: string;
  createdAt?: string;
  adoptedBy?: string;
  adoptedAt?: string;
  closedBy?: string;
  closedAt?: string;
  progress: PlanProgress;
  version: number;
}

/** `PlanRequest`: draft or revise. */
export interface PlanRequest {
  title: LocalText;
  startDate: string;
  endDate: string;
  countries: string[];
}

/** `TargetRequest`; the target's id goes in the path. */
export interface TargetRequest extends TargetCriteria {
  description: LocalText;
  measure: TargetMeasure;
  required: number;
}

export const PLANS = `${BASE}/plans`;

export function usePlans(status: PlanStatus | undefined, page: number, size: number) {
  return useQuery({
    queryKey: [NS, 'plans', 'list', { status, page, size }],
    queryFn: ({ signal }) => get<Page<Plan>>(`${PLANS}${query({ status, page, size })}`, signal),
    placeholderData: (previous) => previous,
  });
}

export function usePlan(id: string) {
  return useQuery({
    queryKey: [NS, 'plans', 'one', id],
    queryFn: ({ signal }) => get<Plan>(`${PLANS}/${encodeURIComponent(id)}`, signal),
  });
}

/** The progress alone (`GET …/plans/{id}/progress`), with the records counted per target. */
export function usePlanProgress(id: string) {
  return useQuery({
    queryKey: [NS, 'plans', 'progress', id],
    queryFn: ({ signal }) => get<PlanProgress>(`${PLANS}/${encodeURIComponent(id)}/progress`, signal),
  });
}
