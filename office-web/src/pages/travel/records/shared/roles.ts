import { hasAny, type Me, type Role } from '../../../../me';

/** Everyone who reads the office's travel records: the office, its auditors and administrators, every unit's staff (their unit's only). */
export const RECORD_READERS: Role[] = ['FAO_OFFICER', 'FAO_DIRECTOR', 'AUDITOR', 'ADMIN', 'UNIT_CLERK', 'UNIT_SIGNATORY'];

/** Who reads every unit's records, not just one unit's. */
export const OFFICE_WIDE: Role[] = ['FAO_OFFICER', 'FAO_DIRECTOR', 'AUDITOR', 'ADMIN'];

/**
 * Whether the user may perform an act reserved to `roles`. An AUDITOR changes nothing whatever other roles the
 * token carries (the services refuse it), so the console never offers them an act.
 */
export function mayAct(me: Me | undefined, ...roles: Role[]): boolean {
  return hasAny(me, ...roles) && !hasAny(me, 'AUDITOR');
}

/** Whether the user acts for the given unit as one of its own staff in one of `roles`. */
export function actsForUnit(me: Me | undefined, unit: string | undefined, ...roles: Role[]): boolean {
  return mayAct(me, ...roles) && me?.unit !== undefined && me.unit === unit;
}

export function readsEveryUnit(me: Me | undefined): boolean {
  return hasAny(me, ...OFFICE_WIDE);
}
