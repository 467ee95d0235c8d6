import { useQuery } from '@tanstack/react-query';
import { get, post, query, type Page } from '../../../../api/http';
import type { CustodyState, PassportType, RankLevel } from '../shared/enums';
import { versionTag } from '../shared/useCommand';

/** A passport lent for one trip (`returnedOn` absent while it is out). */
export interface Loan {
  delegationId: string;
  unit: string;
  lentOn: string;
  dueBack: string;
  returnedOn?: string;
}

export interface CustodyChange {
  act: string;
  from?: CustodyState;
  to: CustodyState;
  by: string;
  at: string;
  detail?: string;
}

/** A passport in a list: the number always masked (`SE****78`). */
export interface PassportSummary {
  id: string;
  personId: string;
  holderName: string;
  holderUnit: string;
  rank: RankLevel;
  type: PassportType;
  number: string;
  expiresOn: string;
  valid: boolean;
  state: CustodyState;
  currentLoan?: Loan;
  daysOverdue: number;
}

/** One passport: the full number for passport officers only (`numberMasked` says which one this is). */
export interface PassportView extends PassportSummary {
  numberMasked: boolean;
  issuedOn: string;
  overdueAlertStage?: 'NONE' | 'OVERDUE' | 'UNIT_BLOCKED';
  pastLoans: Loan[];
  cancellationReason?: string;
  registeredBy: string;
  registeredAt: string;
  history: CustodyChange[];
  version: number;
}

export interface PassportFilter {
  unit?: string;
  state?: string;
  personId?: string;
  overdue?: string;
  page: number;
  size: number;
}

export interface RegisterPassport {
  personId: string;
  holderName: string;
  holderUnit: string;
  rank: RankLevel;
  type: PassportType;
  number: string;
  issuedOn: string;
  expiresOn: string;
}

const BASE = '/api/travel/passports';
export const PASSPORTS_KEY = ['travel-records', 'passports'] as const;

export function usePassports(filter: PassportFilter) {
  return useQuery({
    queryKey: [...PASSPORTS_KEY, 'list', filter],
    queryFn: ({ signal }) =>
      get<Page<PassportSummary>>(
        `${BASE}${query({ ...filter, overdue: filter.overdue === 'true' ? 'true' : undefined })}`,
        signal,
      ),
  });
}

export function usePassport(id: string) {
  return useQuery({ queryKey: [...PASSPORTS_KEY, 'one', id], queryFn: ({ signal }) => get<PassportView>(`${BASE}/${encodeURIComponent(id)}`, signal) });
}

export const passports = {
  register: (request: RegisterPassport) => post<PassportView>(BASE, request),
  returnToCustody: (passport: PassportView, returnedOn?: string) =>
    post<PassportView>(`${BASE}/${encodeURIComponent(passport.id)}/return`, returnedOn ? { returnedOn } : {}, versionTag(passport.version)),
  cancel: (passport: PassportView, reason: string) =>
    post<PassportView>(`${BASE}/${encodeURIComponent(passport.id)}/cancel`, { reason }, versionTag(passport.version)),
};
