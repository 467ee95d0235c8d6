import { useQuery } from '@tanstack/react-query';
import { get } from './api/http';

export type Role =
  | 'UNIT_CLERK'
  | 'UNIT_SIGNATORY'
  | 'FAO_OFFICER'
  | 'FAO_DIRECTOR'
  | 'SISTER_CITY_OFFICER'
  | 'RECEPTION_OFFICER'
  | 'PUBLICITY_EDITOR'
  | 'PUBLICITY_SECTION_HEAD'
  | 'PUBLICITY_LEADER'
  | 'ADMIN'
  | 'AUDITOR';

/** Who is signed in, as the gateway reads it from the session's ID token (`GET /api/me`). */
export interface Me {
  subject: string;
  name: string;
  roles: Role[];
  unit?: string;
  session: boolean;
}

export function useMe() {
  return useQuery({ queryKey: ['me'], queryFn: ({ signal }) => get<Me>('/api/me', signal), staleTime: Infinity });
}

export function hasAny(me: Me | undefined, ...roles: Role[]): boolean {
  return me !== undefined && me.roles.some((role) => roles.includes(role));
}

/** The office's own staff (not a unit's), who see every unit's travel files. */
export const FAO_STAFF: Role[] = ['FAO_OFFICER', 'FAO_DIRECTOR'];
export const UNIT_STAFF: Role[] = ['UNIT_CLERK', 'UNIT_SIGNATORY'];
export const PUBLICITY: Role[] = ['PUBLICITY_EDITOR', 'PUBLICITY_SECTION_HEAD', 'PUBLICITY_LEADER'];
