import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import type { MenuEntry } from '../../../area';
import { RequireRoles } from '../../../components/RequireRoles';
import { hasAny, type Role } from '../../../me';
import { AuthorisationList } from './authorisations/AuthorisationList';
import { AuthorisationPage } from './authorisations/AuthorisationPage';
import { DeadlineList } from './deadlines/DeadlineList';
import { PassportList } from './passports/PassportList';
import { PassportPage } from './passports/PassportPage';
import { PlanList } from './plans/PlanList';
import { PlanPage } from './plans/PlanPage';
import { RECORD_READERS } from './shared/roles';
import { recordTexts as texts } from './texts';
import { UnitList } from './units/UnitList';
import { UnitPage } from './units/UnitPage';

/**
 * The unit register is the office's: administrators and FAO officers keep it, the director raises quotas,
 * auditors read it. (A unit's own staff see their quota on their annual plan.)
 */
const UNIT_REGISTER_READERS: Role[] = ['ADMIN', 'FAO_OFFICER', 'FAO_DIRECTOR', 'AUDITOR'];

const only = (roles: Role[], page: ReactNode) => <RequireRoles roles={roles}>{page}</RequireRoles>;

/**
 * Travel's records beside the delegation files: passports, deadlines, multi-trip authorisations, annual plans,
 * units. Merged into the travel area by ../index.tsx; texts live under the `records` key of the travel namespace.
 */
export const recordRoutes: RouteObject[] = [
  { path: 'travel/passports', element: only(RECORD_READERS, <PassportList />) },
  { path: 'travel/passports/:id', element: only(RECORD_READERS, <PassportPage />) },
  { path: 'travel/deadlines', element: only(RECORD_READERS, <DeadlineList />) },
  { path: 'travel/authorisations', element: only(RECORD_READERS, <AuthorisationList />) },
  { path: 'travel/authorisations/:id', element: only(RECORD_READERS, <AuthorisationPage />) },
  { path: 'travel/plans', element: only(RECORD_READERS, <PlanList />) },
  { path: 'travel/plans/:unit/:year', element: only(RECORD_READERS, <PlanPage />) },
  { path: 'travel/units', element: only(UNIT_REGISTER_READERS, <UnitList />) },
  { path: 'travel/units/:code', element: only(UNIT_REGISTER_READERS, <UnitPage />) },
];

export const recordMenu: MenuEntry[] = [
  { path: '/travel/deadlines', label: 'records.menu.deadlines', visible: (me) => hasAny(me, ...RECORD_READERS) },
  { path: '/travel/passports', label: 'records.menu.passports', visible: (me) => hasAny(me, ...RECORD_READERS) },
  { path: '/travel/authorisations', label: 'records.menu.authorisations', visible: (me) => hasAny(me, ...RECORD_READERS) },
  { path: '/travel/plans', label: 'records.menu.plans', visible: (me) => hasAny(me, ...RECORD_READERS) },
  { path: '/travel/units', label: 'records.menu.units', visible: (me) => hasAny(me, ...UNIT_REGISTER_READERS) },
];

export const recordTexts = texts;
