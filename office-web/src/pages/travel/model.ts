import type { LocalText, Violation } from '../../api/http';

/**
 * The travel-service's JSON shapes (travel-service `delegation/web/DelegationRequests.java`,
 * `DeadlineController.java`) and the code lists the pages offer. JSON omits null fields, hence the optionals.
 */

export const STATUSES = [
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
] as const;
export type DelegationStatus = (typeof STATUSES)[number];

/** The main line of a file, in order; city-owned enterprises and universities go from SIGNED to APPROVED. */
export const APPROVAL_PATH: DelegationStatus[] = [
  'DRAFT',
  'SUBMITTED',
  'SIGNED',
  'ACCEPTED',
  'APPROVED',
  'PASSPORTS_ISSUED',
  'DEPARTED',
  'BACK_HOME',
  'PASSPORTS_BACK',
  'REPORTED',
  'RESULTS_PUBLISHED',
  'CLOSED',
];

/** The states in which a file is still moving (the home card counts these). */
export const OPEN_STATUSES: DelegationStatus[] = APPROVAL_PATH.filter((status) => status !== 'CLOSED').concat('CORRECTION_REQUESTED');

export const ACTS = [
  'REVISE',
  'WAIVE',
  'SUBMIT',
  'SIGN',
  'RECORD_OBJECTION',
  'RESOLVE_OBJECTION',
  'ACCEPT',
  'RETURN_FOR_CORRECTION',
  'RESUBMIT',
  'APPROVE',
  'REJECT',
  'WITHDRAW',
  'ISSUE_PASSPORTS',
  'CANCEL',
  'DEPART',
  'RECORD_RETURN',
  'RETURN_PASSPORTS',
  'SUBMIT_REPORT',
  'PUBLISH_RESULTS',
  'CLOSE',
] as const;
export type DelegationAct = (typeof ACTS)[number];

export const CATEGORIES = [
  'GOVERNMENT_EXCHANGE',
  'ECONOMIC_AND_TRADE',
  'BUSINESS',
  'TECHNICAL',
  'AFTER_SALES',
  'CULTURAL_PERFORMANCE',
  'ACADEMIC_EXCHANGE',
  'SISTER_CITY',
] as const;
export type DelegationCategory = (typeof CATEGORIES)[number];

export const RANKS = ['MINISTER', 'VICE_MINISTER', 'BUREAU', 'DEPUTY_BUREAU', 'DIVISION', 'DEPUTY_DIVISION', 'SECTION', 'STAFF', 'NONE'] as const;
export const MEMBER_ROLES = ['LEADER', 'MEMBER', 'INTERPRETER'] as const;
export const INVITER_KINDS = [
  'GOVERNMENT_BODY',
  'PARTNER_CITY',
  'UNIVERSITY_OR_INSTITUTE',
  'ENTERPRISE',
  'INTERNATIONAL_ORGANISATION',
  'INTERMEDIARY_AGENCY',
  'OVERSEAS_CHINESE_ORGANISATION',
  'FOREIGN_MISSION_IN_CHINA',
] as const;
export const ATTACHMENT_KINDS = [
  'FILING_FORM',
  'REQUEST_LETTER',
  'MEMBER_LIST',
  'INVITATION',
  'INVITATION_TRANSLATION',
  'INVITER_NOTE',
  'BUDGET_NOTE',
  'OVERSEAS_SCHEDULE',
  'TASK_AND_BUDGET_FORM',
  'OTHER',
] as const;
export const DEADLINE_KINDS = ['CORRECTION', 'GREEN_CHANNEL_DECISION', 'TRIP_REPORT', 'POST_TRIP_NOTICE'] as const;
export type DeadlineState = 'DUE' | 'DUE_SOON' | 'MISSED' | 'MET' | 'MET_LATE';

export interface Member {
  name: string;
  unit?: string;
  post: string;
  rank?: (typeof RANKS)[number];
  role?: (typeof MEMBER_ROLES)[number];
  unitHead?: boolean;
  personId?: string;
}

export interface ItineraryLeg {
  country: string;
  city?: string;
  arrival: string;
  departure: string;
  transit?: boolean;
  exitsAirport?: boolean;
}

export interface ScheduleItem {
  date: string;
  activity: string;
  hours: number;
  official?: boolean;
}

export interface Invitation {
  invitingBody: string;
  signer?: string;
  relationship?: string;
  inviterKind: (typeof INVITER_KINDS)[number];
  translationAttached?: boolean;
}

export interface Budget {
  items: { description: string; amountYuan: number }[];
  fundingSource?: string;
  financeSealConfirmed?: boolean;
}

export interface Attachment {
  kind: (typeof ATTACHMENT_KINDS)[number];
  ref: string;
  title?: string;
}

/** What the clerk writes: the body of POST/PUT /api/travel/delegations and of the precheck. */
export interface DelegationPlan {
  title: LocalText;
  category: DelegationCategory;
  beltAndRoad?: boolean;
  urgent?: boolean;
  partnerCityId?: string;
  signsAgreement?: boolean;
  destinationCountries: string[];
  departureDate: string;
  returnDate: string;
  members: Member[];
  legs?: ItineraryLeg[];
  schedule?: ScheduleItem[];
  tasks?: string[];
  invitation?: Invitation;
  budget?: Budget;
  planItemId?: string;
  replacesPlannedTrip?: boolean;
  attachments?: Attachment[];
}

export interface Objection {
  id: string;
  summary: string;
  receivedOn?: string;
  recordedBy?: string;
  recordedAt?: string;
  resolution?: string;
  resolvedBy?: string;
  resolvedAt?: string;
}

export interface PreTripNotice {
  postedOn: string;
  requiredDays: number;
  endsOn: string;
  objections: Objection[];
}

export interface CorrectionNotice {
  items: string[];
  requestedBy?: string;
  requestedAt?: string;
  dueOn?: string;
  resubmittedAt?: string;
}

export interface Decision {
  approved: boolean;
  approvingLevel?: string;
  authorityReference?: string;
  reason?: string;
  decidedBy?: string;
  decidedAt?: string;
}

export interface Trip {
  passportsIssued: number;
  passportsDueBack?: string;
  departedOn?: string;
  returnedOn?: string;
  passportsReturnedOn?: string;
}

export interface TripReport {
  summary: LocalText;
  facts: string;
  tasksDone: string[];
  disciplineNote?: string;
  fundsUsedYuan?: number;
  followUps: string[];
  photoRefs: string[];
  submittedBy?: string;
  submittedAt?: string;
}

export interface ResultsNotice {
  publishedOn?: string;
  where: string;
  publishedBy?: string;
  recordedAt?: string;
}

export interface DeadlineView {
  kind: (typeof DEADLINE_KINDS)[number];
  dueOn: string;
  metAt?: string;
  state: DeadlineState;
}

export interface SafetyAlert {
  eventId?: string;
  countryCode: string;
  level: number;
  previousLevel?: number;
  changedAt?: string;
}

export interface StatusChange {
  from?: DelegationStatus;
  to: DelegationStatus;
  by: string;
  at: string;
  note?: string;
}

export interface Waiver {
  ruleCode: string;
  reason: string;
  grantedBy: string;
  grantedAt: string;
}

/** One file as the caller sees it, with the acts they may perform on it now. */
export interface Delegation extends DelegationPlan {
  id: string;
  unit: string;
  greenChannel: boolean;
  daysAbroad: number;
  status: DelegationStatus;
  actions: DelegationAct[];
  mostSeniorRank?: string;
  approvingLevel?: 'PROVINCIAL_GOVERNMENT' | 'CITY_GOVERNMENT' | 'FOREIGN_AFFAIRS_OFFICE';
  createdBy?: string;
  createdAt?: string;
  submittedAt?: string;
  preTripNotice?: PreTripNotice;
  correctionNotice?: CorrectionNotice;
  decision?: Decision;
  trip?: Trip;
  report?: TripReport;
  resultsNotice?: ResultsNotice;
  endReason?: string;
  deadlines: DeadlineView[];
  safetyWarnings: SafetyAlert[];
  history: StatusChange[];
  waivers: Waiver[];
  version: number;
}

export interface Precheck {
  submittable: boolean;
  violations: Violation[];
}

/** A row of GET /api/travel/deadlines. */
export interface DeadlineRow {
  delegationId: string;
  unit: string;
  title: LocalText;
  status: DelegationStatus;
  greenChannel: boolean;
  kind: DeadlineView['kind'];
  dueOn: string;
  state: DeadlineState;
}

/** A partner city as sister-city-service lists it (only what the editor needs). */
export interface PartnerCity {
  id: string;
  names: { zh?: string; en?: string; local?: string };
  country: string;
}

export interface PlanItem {
  itemId: string;
  title: LocalText;
  countries: string[];
  category: DelegationCategory;
  plannedQuarter: number;
  plannedSize: number;
  note?: string;
}

export interface AnnualPlan {
  id: string;
  unit: string;
  year: number;
  status: string;
  items: PlanItem[];
}

export interface Unit {
  code: string;
  name: LocalText;
  kind: string;
  simplifiedApprovalPath: boolean;
}

/** A published country profile (publicity-service, `GET /public/countries`): its name and alert level. */
export interface CountrySummary {
  countryCode: string;
  name?: LocalText;
  level?: { level: number; label?: LocalText };
}

/** The open deadline that needs attention first: missed before due soon before due. */
export function mostUrgentDeadline(deadlines: DeadlineView[] | undefined): DeadlineView | undefined {
  const rank: Record<DeadlineState, number> = { MISSED: 0, DUE_SOON: 1, DUE: 2, MET_LATE: 9, MET: 9 };
  return [...(deadlines ?? [])]
    .filter((deadline) => rank[deadline.state] < 9)
    .sort((a, b) => rank[a.state] - rank[b.state] || a.dueOn.localeCompare(b.dueOn))[0];
}
