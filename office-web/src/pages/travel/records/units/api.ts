import { useQuery } from '@tanstack/react-query';
import { call, get, post, put, query, type LocalText, type Page } from '../../../../api/http';
import type { UnitKind } from '../shared/enums';
import { versionTag } from '../shared/useCommand';

export interface Signatory {
  userId: string;
  name: string;
  post: string;
  registeredAt?: string;
  registeredBy?: string;
}

export interface Clerk {
  userId: string;
  name: string;
}

export interface QuotaRaise {
  year: number;
  trips: number;
  reason: string;
  raisedBy: string;
  raisedAt: string;
}

export interface UnitChange {
  act: string;
  detail?: string;
  by: string;
  at: string;
}

/** A unit that sends delegations, as registered with the office. */
export interface Unit {
  code: string;
  name: LocalText;
  kind: UnitKind;
  simplifiedApprovalPath: boolean;
  foreignAffairsOrCommerce: boolean;
  signatories: Signatory[];
  clerks: Clerk[];
  quotaRaises: QuotaRaise[];
  registeredBy: string;
  registeredAt: string;
  history: UnitChange[];
  version: number;
}

/** A unit's trips for one year: the policy's default, or the director's raise. */
export interface Quota {
  unit: string;
  year: number;
  quota: number;
  source: 'DEFAULT_UNIT_ANNUAL_QUOTA' | 'RAISED';
  defaultQuota: number;
  policySource?: string;
  raise?: QuotaRaise;
}

export interface UnitParticulars {
  name: { zh: string; en?: string };
  kind: UnitKind;
  foreignAffairsOrCommerce: boolean;
}

export interface RegisterUnit extends UnitParticulars {
  code: string;
}

const BASE = '/api/travel/units';
export const UNITS_KEY = ['travel-records', 'units'] as const;
const unitPath = (code: string) => `${BASE}/${encodeURIComponent(code)}`;

export function useUnits(filter: { kind?: string; page: number; size: number }) {
  return useQuery({ queryKey: [...UNITS_KEY, 'list', filter], queryFn: ({ signal }) => get<Page<Unit>>(`${BASE}${query(filter)}`, signal) });
}

export function useUnit(code: string) {
  return useQuery({ queryKey: [...UNITS_KEY, 'one', code], queryFn: ({ signal }) => get<Unit>(unitPath(code), signal) });
}

export function useQuota(code: string, year: number | undefined) {
  return useQuery({
    queryKey: [...UNITS_KEY, 'quota', code, year],
    queryFn: ({ signal }) => get<Quota>(`${unitPath(code)}/quota${query({ year })}`, signal),
    enabled: code !== '',
  });
}

export const units = {
  register: (request: RegisterUnit) => post<Unit>(BASE, request),
  update: (unit: Unit, request: UnitParticulars) => put<Unit>(unitPath(unit.code), request, versionTag(unit.version)),
  addSignatory: (unit: Unit, signatory: { userId: string; name: string; post: string }) =>
    post<Unit>(`${unitPath(unit.code)}/signatories`, signatory, versionTag(unit.version)),
  removeSignatory: async (unit: Unit, userId: string) =>
    (await call<Unit>(`${unitPath(unit.code)}/signatories/${encodeURIComponent(userId)}`, { method: 'DELETE', ifMatch: versionTag(unit.version) })).body,
  addClerk: (unit: Unit, clerk: { userId: string; name: string }) => post<Unit>(`${unitPath(unit.code)}/clerks`, clerk, versionTag(unit.version)),
  removeClerk: async (unit: Unit, userId: string) =>
    (await call<Unit>(`${unitPath(unit.code)}/clerks/${encodeURIComponent(userId)}`, { method: 'DELETE', ifMatch: versionTag(unit.version) })).body,
  raiseQuota: (unit: Unit, raise: { year: number; trips: number; reason: string }) =>
    post<Unit>(`${unitPath(unit.code)}/quota-raises`, raise, versionTag(unit.version)),
};
