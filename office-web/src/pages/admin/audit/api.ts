import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, query, type Page } from '../../../api/http';

/** One record of a service's audit trail (platform AuditRecord); personal data arrives as "[personal data]". */
export interface AuditRecord {
  sequence: number;
  entryId?: string;
  at: string;
  actor?: { userId: string; roles: string[]; unit?: string; system: boolean };
  /** `METHOD /path/{template}`, `event <type>` or `task <name>`. */
  act: string;
  /** The id of the event that caused it, if any. */
  cause?: string;
  objectType?: string;
  aggregateType?: string;
  objectId?: string;
  version?: number;
  state?: { field: string; from?: unknown; to?: unknown };
  changes?: AuditChange[];
  reason?: string;
  previousHash?: string;
  hash?: string;
}

/** `{path, from, to}` (no `from`: new; no `to`: removed) or `{path, added}` when a list only grew at its end. */
export interface AuditChange {
  path: string;
  from?: unknown;
  to?: unknown;
  added?: unknown[];
}

export interface AuditFilter {
  objectId?: string;
  objectType?: string;
  user?: string;
  /** ISO instants: `from` inclusive, `to` exclusive. */
  from?: string;
  to?: string;
  page: number;
  size: number;
}

/** The chain check: intact, or the first record that breaks it and why. */
export interface Verification {
  intact: boolean;
  recordsChecked: number;
  lastSequence: number;
  headHash?: string;
  firstBrokenSequence?: number;
  problem?: string;
}

export interface ChainCheck {
  checkedAt: string;
  result: Verification;
}

export function useAuditTrail(prefix: string, filter: AuditFilter) {
  return useQuery({
    queryKey: ['admin', 'audit', prefix, filter],
    queryFn: ({ signal }) => get<Page<AuditRecord>>(`/api/${prefix}/audit${query({ ...filter })}`, signal),
    placeholderData: keepPreviousData,
  });
}

/*
 * The services keep no record of when their chain was last checked, so the console remembers the last check it
 * ran (per service, in this browser) for the audit page and the home card to show.
 */
const CHECKS_STORAGE = 'waishi.admin.chainChecks';
const checksKey = ['admin', 'chain-checks'];

function storedChecks(): Record<string, ChainCheck> {
  try {
    return JSON.parse(localStorage.getItem(CHECKS_STORAGE) ?? '{}') as Record<string, ChainCheck>;
  } catch {
    return {};
  }
}

export function useChainChecks() {
  return useQuery({ queryKey: checksKey, queryFn: storedChecks, staleTime: Infinity });
}

/** Checks one service's whole chain and remembers the answer with the time it was given. */
export function useVerifyChain() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (prefix: string) => get<Verification>(`/api/${prefix}/audit/verify`),
    onSuccess: (result, prefix) => {
      const checks = { ...storedChecks(), [prefix]: { checkedAt: new Date().toISOString(), result } };
      localStorage.setItem(CHECKS_STORAGE, JSON.stringify(checks));
      queries.setQueryData(checksKey, checks);
    },
  });
}
