/**
 * The codes travel-service answers with, one list per kind. The texts name each of them under
 * `records.enum.<group>.<CODE>` (a test checks that every code has its Chinese and English name), and the
 * selects offer them in this order.
 */
export const ENUMS = {
  custody: ['IN_CUSTODY', 'ON_LOAN', 'CANCELLED'],
  passportType: ['DIPLOMATIC', 'SERVICE', 'ORDINARY_OFFICIAL'],
  rank: ['MINISTER', 'VICE_MINISTER', 'BUREAU', 'DEPUTY_BUREAU', 'DIVISION', 'DEPUTY_DIVISION', 'SECTION', 'STAFF', 'NONE'],
  passportAct: ['REGISTER', 'LEND', 'RETURN', 'RECALL', 'ALERT_OVERDUE', 'CANCEL'],
  deadlineKind: ['CORRECTION', 'GREEN_CHANNEL_DECISION', 'TRIP_REPORT', 'POST_TRIP_NOTICE'],
  deadlineState: ['DUE', 'DUE_SOON', 'MISSED'],
  delegationStatus: [
    'DRAFT',
    'SUBMITTED',
    'SIGNED',
    'CORRECTION_REQUESTED',
    'ACCEPTED',
    'APPROVED',
    'REJECTED',
    'WITHDRAWN',
    'PASSPORTS_ISSUED',
    'DEPARTED',
    'BACK_HOME',
    'PASSPORTS_BACK',
    'REPORTED',
    'RESULTS_PUBLISHED',
    'CLOSED',
    'CANCELLED',
  ],
  authorisationStatus: ['REQUESTED', 'GRANTED', 'REFUSED', 'REVOKED'],
  category: [
    'GOVERNMENT_EXCHANGE',
    'ECONOMIC_AND_TRADE',
    'BUSINESS',
    'TECHNICAL',
    'AFTER_SALES',
    'CULTURAL_PERFORMANCE',
    'ACADEMIC_EXCHANGE',
    'SISTER_CITY',
  ],
  planStatus: ['DRAFT', 'SUBMITTED', 'APPROVED'],
  planAct: ['DRAFT', 'ADD_ITEM', 'CHANGE_ITEM', 'REMOVE_ITEM', 'REVISE_ITEMS', 'SUBMIT', 'APPROVE', 'RETURN'],
  unitKind: ['GOVERNMENT_BUREAU', 'CITY_OWNED_ENTERPRISE', 'UNIVERSITY', 'OTHER'],
  unitAct: ['REGISTER', 'UPDATE', 'REGISTER_SIGNATORY', 'REMOVE_SIGNATORY', 'REGISTER_CLERK', 'REMOVE_CLERK', 'RAISE_QUOTA'],
  quotaSource: ['DEFAULT_UNIT_ANNUAL_QUOTA', 'RAISED'],
} as const;

export type EnumGroup = keyof typeof ENUMS;
export type EnumValue<G extends EnumGroup> = (typeof ENUMS)[G][number];

export type CustodyState = EnumValue<'custody'>;
export type PassportType = EnumValue<'passportType'>;
export type RankLevel = EnumValue<'rank'>;
export type DeadlineKind = EnumValue<'deadlineKind'>;
export type DeadlineState = EnumValue<'deadlineState'>;
export type DelegationStatus = EnumValue<'delegationStatus'>;
export type AuthorisationStatus = EnumValue<'authorisationStatus'>;
export type Category = EnumValue<'category'>;
export type PlanStatus = EnumValue<'planStatus'>;
export type UnitKind = EnumValue<'unitKind'>;

/** Tag colours of the codes that carry a judgement (a state); the others are plain. */
const COLOURS: Record<string, string> = {
  IN_CUSTODY: 'green',
  ON_LOAN: 'blue',
  CANCELLED: 'default',
  DUE: 'blue',
  DUE_SOON: 'orange',
  MISSED: 'red',
  REQUESTED: 'processing',
  GRANTED: 'success',
  REFUSED: 'error',
  REVOKED: 'default',
  DRAFT: 'default',
  SUBMITTED: 'processing',
  APPROVED: 'success',
  RAISED: 'gold',
};

export function colourOf(code: string): string | undefined {
  return COLOURS[code];
}
