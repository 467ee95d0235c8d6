import { useQuery } from '@tanstack/react-query';
import { get, post, query, type Page } from '../../../../api/http';
import type { AuthorisationStatus, Category } from '../shared/enums';
import { versionTag } from '../shared/useCommand';

export interface AuthorisedPerson {
  personId: string;
  name: string;
  post?: string;
}

/** One trip registered under an authorisation instead of a full review. */
export interface AuthorisedTrip {
  tripId: string;
  personIds: string[];
  countries: string[];
  departureDate: string;
  returnDate: string;
  purpose: string;
  registeredBy: string;
  registeredAt: string;
}

/** A multi-trip authorisation (一次审批、多次有效): `validUntil` once granted. */
export interface Authorisation {
  id: string;
  unit: string;
  category: Category;
  purpose: string;
  people: AuthorisedPerson[];
  countries: string[];
  validFrom: string;
  validUntil?: string;
  status: AuthorisationStatus;
  requestedBy: string;
  requestedAt: string;
  decidedBy?: string;
  decidedAt?: string;
  reason?: string;
  trips: AuthorisedTrip[];
  version: number;
}

export interface AuthorisationRequest {
  category: Category;
  purpose: string;
  people: AuthorisedPerson[];
  countries: string[];
  validFrom: string;
}

export interface TripRequest {
  personIds: string[];
  countries: string[];
  departureDate: string;
  returnDate: string;
  purpose: string;
}

const BASE = '/api/travel/authorisations';
export const AUTHORISATIONS_KEY = ['travel-records', 'authorisations'] as const;

export function useAuthorisations(filter: { status?: string; unit?: string; page: number; size: number }) {
  return useQuery({
    queryKey: [...AUTHORISATIONS_KEY, 'list', filter],
    queryFn: ({ signal }) => get<Page<Authorisation>>(`${BASE}${query(filter)}`, signal),
  });
}

export function useAuthorisation(id: string) {
  return useQuery({ queryKey: [...AUTHORISATIONS_KEY, 'one', id], queryFn: ({ signal }) => get<Authorisation>(`${BASE}/${encodeURIComponent(id)}`, signal) });
}

const at = (authorisation: Authorisation, act: string) => `${BASE}/${encodeURIComponent(authorisation.id)}/${act}`;

export const authorisations = {
  request: (request: AuthorisationRequest) => post<Authorisation>(BASE, request),
  grant: (authorisation: Authorisation) => post<Authorisation>(at(authorisation, 'grant'), {}, versionTag(authorisation.version)),
  refuse: (authorisation: Authorisation, reason: string) => post<Authorisation>(at(authorisation, 'refuse'), { reason }, versionTag(authorisation.version)),
  revoke: (authorisation: Authorisation, reason: string) => post<Authorisation>(at(authorisation, 'revoke'), { reason }, versionTag(authorisation.version)),
  registerTrip: (authorisation: Authorisation, trip: TripRequest) => post<Authorisation>(at(authorisation, 'trips'), trip, versionTag(authorisation.version)),
};
