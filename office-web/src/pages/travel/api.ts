import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, get, query, type Page } from '../../api/http';
import type {
  AnnualPlan,
  CountrySummary,
  DeadlineRow,
  DeadlineState,
  Delegation,
  DelegationPlan,
  DelegationStatus,
  PartnerCity,
  Precheck,
  Unit,
} from './model';

/** Typed calls of travel-service and the few neighbours the travel pages read, as react-query hooks. */

const BASE = '/api/travel/delegations';

/** The search filters of GET /api/travel/delegations. */
export interface DelegationFilters {
  status?: string[];
  unit?: string;
  country?: string;
  category?: string;
  departureFrom?: string;
  departureTo?: string;
  overdue?: boolean;
  greenChannel?: boolean;
}

/** A file with the version the user saw, to send back as If-Match. */
export interface Versioned {
  delegation: Delegation;
  etag?: string;
}

export const travelKeys = {
  all: ['travel'] as const,
  list: (filters: DelegationFilters, page: number, size: number) => ['travel', 'delegations', filters, page, size] as const,
  one: (id: string) => ['travel', 'delegation', id] as const,
  storedPrecheck: (id: string) => ['travel', 'delegation', id, 'precheck'] as const,
};

export function useDelegationList(filters: DelegationFilters, page: number, size: number) {
  return useQuery({
    queryKey: travelKeys.list(filters, page, size),
    queryFn: ({ signal }) => get<Page<Delegation>>(`${BASE}${query({ ...filters, page, size })}`, signal),
    placeholderData: keepPreviousData,
  });
}

export function useDelegation(id: string | undefined) {
  return useQuery({
    queryKey: travelKeys.one(id ?? ''),
    enabled: id !== undefined,
    queryFn: async ({ signal }): Promise<Versioned> => {
      const answer = await call<Delegation>(`${BASE}/${id}`, { signal });
      return { delegation: answer.body, etag: answer.etag };
    },
  });
}

/** What would stop the stored file if it were submitted now. */
export function useStoredPrecheck(id: string, enabled: boolean) {
  return useQuery({
    queryKey: travelKeys.storedPrecheck(id),
    enabled,
    queryFn: ({ signal }) => get<Precheck>(`${BASE}/${id}/precheck`, signal),
  });
}

/** Every travel rule on a plan not yet saved; `plan` undefined while the plan is too incomplete to check. */
export function usePlanPrecheck(plan: DelegationPlan | undefined) {
  return useQuery({
    queryKey: ['travel', 'precheck', plan],
    enabled: plan !== undefined,
    queryFn: async ({ signal }) => (await call<Precheck>(`${BASE}/precheck`, { method: 'POST', body: plan, signal })).body,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export function useQueue() {
  return useQuery({
    queryKey: ['travel', 'queue'],
    queryFn: ({ signal }) => get<Page<Delegation>>(`${BASE}/queue${query({ size: 10 })}`, signal),
  });
}

export function useDeadlines(state: DeadlineState) {
  return useQuery({
    queryKey: ['travel', 'deadlines', state],
    queryFn: ({ signal }) => get<DeadlineRow[]>(`/api/travel/deadlines${query({ state })}`, signal),
  });
}

/** How many files are in each state: the `total` of a one-row search per state. */
export function useStatusCounts(statuses: DelegationStatus[]) {
  return useQueries({
    queries: statuses.map((status) => ({
      queryKey: ['travel', 'count', status],
      queryFn: ({ signal }: { signal: AbortSignal }) => get<Page<Delegation>>(`${BASE}${query({ status, size: 1 })}`, signal),
      select: (page: Page<Delegation>) => page.total,
    })),
  });
}

export function usePartnerCities() {
  return useQuery({
    queryKey: ['sisterCities', 'partner-cities', 'all'],
    queryFn: ({ signal }) => get<Page<PartnerCity>>(`/api/sister-cities/partner-cities${query({ size: 100 })}`, signal),
    select: (page) => page.items,
    staleTime: 300_000,
    retry: false,
  });
}

/** The unit's approved annual plan for a year, if there is one. */
export function useApprovedPlan(unit: string | undefined, year: number | undefined) {
  return useQuery({
    queryKey: ['travel', 'plans', unit, year, 'APPROVED'],
    enabled: unit !== undefined && year !== undefined,
    queryFn: ({ signal }) => get<Page<AnnualPlan>>(`/api/travel/plans${query({ unit, year, status: 'APPROVED' })}`, signal),
    select: (page) => page.items[0],
  });
}

export function useUnits(enabled: boolean) {
  return useQuery({
    queryKey: ['travel', 'units'],
    enabled,
    queryFn: ({ signal }) => get<Page<Unit>>(`/api/travel/units${query({ size: 100 })}`, signal),
    select: (page) => page.items,
    staleTime: 300_000,
  });
}

export function useUnit(code: string | undefined) {
  return useQuery({
    queryKey: ['travel', 'unit', code],
    enabled: code !== undefined,
    queryFn: ({ signal }) => get<Unit>(`/api/travel/units/${code}`, signal),
    staleTime: 300_000,
    retry: false,
  });
}

/** Published country profiles with their alert levels (publicity-service, anonymous). */
export function useCountryProfiles() {
  return useQuery({
    queryKey: ['publicity', 'public-countries'],
    queryFn: ({ signal }) => get<Page<CountrySummary>>(`/public/countries${query({ size: 100 })}`, signal),
    select: (page) => page.items,
    staleTime: 300_000,
    retry: false,
  });
}

/** Drafts (POST) or revises (PUT with the version the clerk edited) a file. */
export function useSaveDelegation() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag, plan }: { id?: string; etag?: string; plan: DelegationPlan }): Promise<Versioned> => {
      const answer = id
        ? await call<Delegation>(`${BASE}/${id}`, { method: 'PUT', body: plan, ifMatch: etag })
        : await call<Delegation>(BASE, { method: 'POST', body: plan });
      return { delegation: answer.body, etag: answer.etag };
    },
    onSuccess: (saved) => afterChange(queries, saved),
  });
}

/** One workflow command on a file: `POST /api/travel/delegations/{id}/{path}` with If-Match. */
export function useDelegationCommand(id: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async ({ path, body, etag }: { path: string; body?: unknown; etag?: string }): Promise<Versioned> => {
      const answer = await call<Delegation>(`${BASE}/${id}/${path}`, { method: 'POST', body: body ?? {}, ifMatch: etag });
      return { delegation: answer.body, etag: answer.etag };
    },
    onSuccess: (changed) => afterChange(queries, changed),
  });
}

/** The answer is the file as it now is: keep it, and let every list, count and queue read again. */
function afterChange(queries: ReturnType<typeof useQueryClient>, changed: Versioned) {
  queries.setQueryData(travelKeys.one(changed.delegation.id), changed);
  void queries.invalidateQueries({
    queryKey: travelKeys.all,
    predicate: (entry) => entry.queryKey[1] !== 'delegation' || entry.queryKey[2] !== changed.delegation.id || entry.queryKey.length > 3,
  });
}
