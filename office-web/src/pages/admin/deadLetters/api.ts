import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post, query, type Page } from '../../../api/http';

export type DeadLetterStatus = 'OPEN' | 'REDRIVEN';

/** An event a service's consumer gave up on (platform DeadLetter), kept to be inspected and processed again. */
export interface DeadLetter {
  /** `<dead-letter topic>-<partition>-<offset>`. */
  id: string;
  originalTopic: string;
  originalPartition: number;
  originalOffset: number;
  key?: string;
  /** The record's headers as text, the CloudEvents attributes (`ce_id`, `ce_type`, …) among them. */
  headers: Record<string, string>;
  value?: string;
  failure?: string;
  deadLetteredAt: string;
  status: DeadLetterStatus;
  redriveAttempts: number;
  lastRedriveFailure?: string;
  redrivenAt?: string;
}

export interface RedriveSummary {
  redriven: number;
  stillFailing: number;
}

const base = (prefix: string) => `/api/${prefix}/admin/dead-letters`;
const deadLettersKey = (prefix: string) => ['admin', 'dead-letters', prefix];

export function useDeadLetters(prefix: string, status: DeadLetterStatus | undefined, page: number, size: number) {
  return useQuery({
    queryKey: [...deadLettersKey(prefix), status, page, size],
    queryFn: ({ signal }) => get<Page<DeadLetter>>(`${base(prefix)}${query({ status, page, size })}`, signal),
    placeholderData: keepPreviousData,
  });
}

/** How many of the service's dead letters are still open (one item asked for; the total counts). */
export function useOpenDeadLetterCount(prefix: string) {
  return useQuery({
    queryKey: [...deadLettersKey(prefix), 'open-count'],
    queryFn: async ({ signal }) => (await get<Page<DeadLetter>>(`${base(prefix)}${query({ status: 'OPEN', size: 1 })}`, signal)).total,
  });
}

function useInvalidating<V, R>(prefix: string, act: (variables: V) => Promise<R>) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: act,
    onSettled: () => queries.invalidateQueries({ queryKey: deadLettersKey(prefix) }),
  });
}

/** ADMIN: process one again; it stays open, with the new failure, if it fails again. */
export const useRedrive = (prefix: string) => useInvalidating(prefix, (id: string) => post<DeadLetter>(`${base(prefix)}/${encodeURIComponent(id)}/redrive`));

/** ADMIN: process every open one again, oldest first. */
export const useRedriveAll = (prefix: string) => useInvalidating<void, RedriveSummary>(prefix, () => post<RedriveSummary>(`${base(prefix)}/redrive`));
