import { useQuery } from '@tanstack/react-query';
import { get, post, put, query, type LocalText, type Page } from '../../../../api/http';
import type { Category, PlanStatus } from '../shared/enums';
import { versionTag } from '../shared/useCommand';

/** One trip of an annual plan, under an id the plan gave it (`P1`, `P2`, … never reused). */
export interface PlanItem {
  itemId: string;
  title: LocalText;
  countries: string[];
  category: Category;
  plannedQuarter: number;
  plannedSize: number;
  note?: string;
}

export interface PlanChange {
  act: string;
  from?: PlanStatus;
  to?: PlanStatus;
  by: string;
  at: string;
  note?: string;
}

export interface Plan {
  id: string;
  unit: string;
  year: number;
  status: PlanStatus;
  items: PlanItem[];
  plannedTrips: number;
  returnComment?: string;
  createdBy: string;
  createdAt: string;
  history: PlanChange[];
  version: number;
}

/** An item as the clerk sends it: with `itemId` it changes that item, without it adds a new one. */
export interface ItemRequest {
  itemId?: string;
  title: { zh: string; en?: string };
  countries: string[];
  category: Category;
  plannedQuarter: number;
  plannedSize: number;
  note?: string;
}

const BASE = '/api/travel/plans';
export const PLANS_KEY = ['travel-records', 'plans'] as const;

/** The plan's address: `/api/travel/plans/U-EDU:2027`. */
const planPath = (unit: string, year: number | string) => `${BASE}/${encodeURIComponent(unit)}:${year}`;

export function usePlans(filter: { unit?: string; year?: string; status?: string; page: number; size: number }) {
  return useQuery({ queryKey: [...PLANS_KEY, 'list', filter], queryFn: ({ signal }) => get<Page<Plan>>(`${BASE}${query(filter)}`, signal) });
}

export function usePlan(unit: string, year: string) {
  return useQuery({ queryKey: [...PLANS_KEY, 'one', unit, year], queryFn: ({ signal }) => get<Plan>(planPath(unit, year), signal) });
}

export const plans = {
  draft: (year: number) => post<Plan>(BASE, { year }),
  saveItems: (plan: Plan, items: ItemRequest[]) => put<Plan>(`${planPath(plan.unit, plan.year)}/items`, { items }, versionTag(plan.version)),
  submit: (plan: Plan) => post<Plan>(`${planPath(plan.unit, plan.year)}/submit`, {}, versionTag(plan.version)),
  approve: (plan: Plan) => post<Plan>(`${planPath(plan.unit, plan.year)}/approve`, {}, versionTag(plan.version)),
  returnToUnit: (plan: Plan, comment: string) => post<Plan>(`${planPath(plan.unit, plan.year)}/return`, { comment }, versionTag(plan.version)),
};

/** Trips that count against the unit's quota: academic exchanges do not (as the service counts them). */
export function tripsCountingAgainstQuota(items: { category: Category }[]): number {
  return items.filter((item) => item.category !== 'ACADEMIC_EXCHANGE').length;
}
