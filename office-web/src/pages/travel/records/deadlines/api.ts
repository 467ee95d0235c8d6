import { useQuery } from '@tanstack/react-query';
import { get, query, type LocalText } from '../../../../api/http';
import type { DeadlineKind, DeadlineState, DelegationStatus } from '../shared/enums';

/** One open deadline of one delegation file (the service answers them all, nearest first, unpaged). */
export interface DeadlineRow {
  delegationId: string;
  unit: string;
  title: LocalText;
  status: DelegationStatus;
  greenChannel: boolean;
  kind: DeadlineKind;
  dueOn: string;
  state: DeadlineState;
}

export function useDeadlines(filter: { kind?: string; state?: string }) {
  return useQuery({
    queryKey: ['travel-records', 'deadlines', filter],
    queryFn: ({ signal }) => get<DeadlineRow[]>(`/api/travel/deadlines${query(filter)}`, signal),
  });
}
