import { useQuery } from '@tanstack/react-query';
import { get, query, type LocalText, type Page } from '../../../api/http';
import { BASE, NS } from '../shared/api';
import type { ActivityStatus, CooperationField, Direction } from '../shared/model';

export type ActivityAct = 'AMEND' | 'HOLD' | 'CANCEL';

/** Where an activity came from: by hand, or another service's delegation or visit (with its id). */
export interface ActivityOrigin {
  kind: 'MANUAL' | 'TRAVEL_DELEGATION' | 'RECEPTION_VISIT';
  id?: string;
}

/** `ActivityView`. */
export interface Activity {
  id: string;
  partnerCityId: string;
  direction: Direction;
  status: ActivityStatus;
  title: LocalText;
  startDate: string;
  endDate: string;
  delegationSize?: number;
  field?: CooperationField;
  tags?: string[];
  outcome?: LocalText;
  origin?: ActivityOrigin;
  recordedBy?: string;
  recordedAt?: string;
  cancellationReason?: string;
  cancelledAt?: string;
  actions?: ActivityAct[];
  version: number;
}

/** `RecordActivity`. */
export interface RecordActivity {
  partnerCityId: string;
  direction: Direction;
  status?: 'PLANNED' | 'HELD';
  title: LocalText;
  startDate: string;
  endDate: string;
  field?: CooperationField;
  tags?: string[];
  delegationSize?: number;
  outcome?: LocalText;
}

/** The list's filters; `year` and a from-to period exclude each other (the service answers 400). */
export interface ActivityFilter {
  partnerCityId?: string;
  direction?: Direction;
  status?: ActivityStatus;
  field?: CooperationField;
  tag?: string;
  year?: number;
  from?: string;
  to?: string;
}

export const ACTIVITIES = `${BASE}/activities`;

export function useActivities(filter: ActivityFilter, page: number, size: number) {
  return useQuery({
    queryKey: [NS, 'activities', 'list', filter, { page, size }],
    queryFn: ({ signal }) => get<Page<Activity>>(`${ACTIVITIES}${query({ ...filter, page, size })}`, signal),
    placeholderData: (previous) => previous,
  });
}
