import type { Me, Role } from '../../../me';
import { hasAny } from '../../../me';

/** Who reads the audit trails and dead letters. */
export const OVERSEERS: Role[] = ['ADMIN', 'AUDITOR'];

/**
 * Whether the buttons that change things show: ADMIN only, and never for a token that also holds AUDITOR (the
 * services refuse any change by such a token, whatever other roles it holds).
 */
export function mayAdminister(me: Me | undefined): boolean {
  return hasAny(me, 'ADMIN') && !hasAny(me, 'AUDITOR');
}
