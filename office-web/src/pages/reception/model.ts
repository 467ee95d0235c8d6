/**
 * The JSON shapes of reception-service (records `*View`, `*Request` under reception-service's `web` packages),
 * and the workflow facts the pages need to name things. JSON omits null fields, so optional here means
 * "absent when the service has nothing".
 */
import type { LocalText } from '../../api/http';
import type { Role } from '../../me';

export const BASE = '/api/receptions';

export const VISIT_STATUSES = [
  'REQUESTED',
  'INVITATION_APPROVED',
  'INVITED',
  'VISA_LETTERS_ISSUED',
  'PLAN_DRAFTED',
  'PLAN_APPROVED',
  'IN_PROGRESS',
  'COMPLETED',
  'ARCHIVED',
  'CANCELLED',
] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

/** The main line of a visit, in order (cancelled is a side exit from any open state). */
export const MAIN_LINE: VisitStatus[] = VISIT_STATUSES.filter((status) => status !== 'CANCELLED');

export const VISIT_ACTS = [
  'APPROVE_INVITATION',
  'SEND_INVITATION',
  'ISSUE_VISA_LETTERS',
  'DRAFT_PLAN',
  'APPROVE_PLAN',
  'START',
  'COMPLETE',
  'ARCHIVE',
  'CANCEL',
] as const;
export type VisitAct = (typeof VISIT_ACTS)[number];

/** The command path of each act under `/visits/{id}/` (VisitController). */
export const ACT_PATH: Record<VisitAct, string> = {
  APPROVE_INVITATION: 'approve-invitation',
  SEND_INVITATION: 'send-invitation',
  ISSUE_VISA_LETTERS: 'visa-letters-issued',
  DRAFT_PLAN: 'submit-plan',
  APPROVE_PLAN: 'approve-plan',
  START: 'start',
  COMPLETE: 'complete',
  ARCHIVE: 'archive',
  CANCEL: 'cancel',
};

/**
 * The act that moves a visit on along the main line from each state (VisitStatus lists it first): a visit
 * "waits" for whoever may perform it. Other acts a state allows are side acts (cancel, a plan revision).
 */
export const NEXT_STEP: Partial<Record<VisitStatus, VisitAct>> = {
  REQUESTED: 'APPROVE_INVITATION',
  INVITATION_APPROVED: 'SEND_INVITATION',
  INVITED: 'ISSUE_VISA_LETTERS',
  VISA_LETTERS_ISSUED: 'DRAFT_PLAN',
  PLAN_DRAFTED: 'APPROVE_PLAN',
  PLAN_APPROVED: 'START',
  IN_PROGRESS: 'COMPLETE',
  COMPLETED: 'ARCHIVE',
};

/** Whether the visit is still being prepared or held: guests, plan and hospitality may change. */
export function isOpen(status: VisitStatus): boolean {
  return status !== 'COMPLETED' && status !== 'ARCHIVED' && status !== 'CANCELLED';
}

/** Whether hosting is approved and still stands: plans, bookings, letters and hospitality only then. */
export function isApproved(status: VisitStatus): boolean {
  return status !== 'REQUESTED' && status !== 'CANCELLED';
}

/** Who reads visits, guests (masked passports), plans, hospitality, venues and interpreters. */
export const VISIT_READERS: Role[] = ['RECEPTION_OFFICER', 'FAO_OFFICER', 'FAO_DIRECTOR', 'AUDITOR', 'ADMIN'];
/** Who may request a visit. */
export const VISIT_REQUESTERS: Role[] = ['RECEPTION_OFFICER', 'FAO_OFFICER'];
/** Who reads gift declarations and printed visa letters. */
export const DECLARATION_READERS: Role[] = ['RECEPTION_OFFICER', 'AUDITOR'];
export const LETTER_READERS: Role[] = ['RECEPTION_OFFICER', 'AUDITOR'];

export type HostingMode = 'FULL' | 'PARTIAL' | 'SELF_PAID';
export const HOSTING_MODES: HostingMode[] = ['FULL', 'PARTIAL', 'SELF_PAID'];

export const RANKS = ['MINISTER', 'VICE_MINISTER', 'BUREAU', 'DIVISION', 'OTHER'] as const;
export type Rank = (typeof RANKS)[number];

export interface StatusChange {
  from?: VisitStatus;
  to: VisitStatus;
  by: string;
  at: string;
  note?: string;
}

export interface Visit {
  id: string;
  title: LocalText;
  invitingDepartment: string;
  purpose?: LocalText;
  partnerCityId?: string;
  countries: string[];
  arrivalDate: string;
  departureDate: string;
  hostedDays: number;
  guestCount: number;
  hostingMode: HostingMode;
  reciprocityAgreement: boolean;
  budgetYuan?: number;
  status: VisitStatus;
  summary?: LocalText;
  requestedBy: string;
  requestedAt: string;
  history: StatusChange[];
  actions: VisitAct[];
  version: number;
}

export interface VisitRequest {
  title: LocalText;
  invitingDepartment: string;
  purpose?: LocalText;
  partnerCityId?: string;
  countries: string[];
  arrivalDate: string;
  departureDate: string;
  guestCount: number;
  hostingMode: HostingMode;
  reciprocityAgreement?: boolean;
  budgetYuan?: number;
}

// ---- guests -------------------------------------------------------------------------------------------------

export interface Passport {
  number?: string;
  masked: boolean;
  dateOfBirth?: string;
  nationality: string;
  expiryDate: string;
  issuingPost?: string;
}

export interface Guest {
  id: string;
  nativeName?: string;
  latinName?: string;
  title?: string;
  organisation?: string;
  country: string;
  rank: Rank;
  rankSince?: string;
  serving: boolean;
  headOfDelegation: boolean;
  spouseOf?: string;
  dietaryNeeds?: string;
  religiousNeeds?: string;
  firstVisitToCity: boolean;
  needsVisaLetter: boolean;
  passport?: Passport;
}

export interface GuestList {
  visitId: string;
  guests: Guest[];
  version: number;
}

export interface GuestRequest {
  nativeName?: string;
  latinName?: string;
  title?: string;
  organisation?: string;
  country: string;
  rank: Rank;
  rankSince?: string;
  serving?: boolean;
  headOfDelegation?: boolean;
  spouseOf?: string;
  dietaryNeeds?: string;
  religiousNeeds?: string;
  firstVisitToCity?: boolean;
  passport?: { number?: string; dateOfBirth?: string; nationality: string; expiryDate: string; issuingPost?: string };
}

export interface Host {
  name: string;
  title?: string;
  rank: Rank;
  rankSince?: string;
  serving?: boolean;
}

/** One place in the order of precedence; `position` counts from 1, `ref` is the guest id (or `host-n`). */
export interface Seat {
  position: number;
  ref: string;
  name: string;
  title?: string;
  organisation?: string;
  country: string;
  rank: Rank;
  rankSince?: string;
  serving: boolean;
  headOfDelegation: boolean;
  spouseOf?: string;
}

export interface SeatingOrder {
  visitId: string;
  multilateral: boolean;
  guests: Seat[];
  hosts: Seat[];
}

// ---- reception plan -----------------------------------------------------------------------------------------

export const ITEM_KINDS = ['MEETING', 'TALKS', 'BANQUET', 'SITE_VISIT', 'SIGNING', 'MEDIA', 'OTHER'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export interface InterpreterAssignment {
  interpreterId: string;
  language: string;
}

export interface Official {
  name: string;
  title?: string;
}

/** A schedule item; `start`/`end` are office time without zone (`2027-03-10T09:00:00`). */
export interface ScheduleItem {
  id: string;
  start: string;
  end: string;
  kind: ItemKind;
  title: LocalText;
  place?: string;
  venueId?: string;
  officials?: Official[];
  interpreters?: InterpreterAssignment[];
}

export interface Vehicle {
  description: string;
  plate?: string;
  seats?: number;
  driver?: string;
}

export interface Lodging {
  hotel: string;
  address?: string;
  checkIn?: string;
  checkOut?: string;
  rooms?: number;
}

export interface Revision {
  number: number;
  zone: string;
  items: ScheduleItem[];
  vehicles: Vehicle[];
  lodging: Lodging[];
  note?: string;
  savedBy: string;
  savedAt: string;
}

export interface RevisionSummary {
  number: number;
  savedBy: string;
  savedAt: string;
  items: number;
  note?: string;
}

export const CHECKLIST_STATES = ['OPEN', 'IN_PROGRESS', 'DONE', 'NOT_NEEDED'] as const;
export type ChecklistState = (typeof CHECKLIST_STATES)[number];

export interface ChecklistItem {
  task: string;
  owner?: string;
  state: ChecklistState;
  updatedBy?: string;
  updatedAt?: string;
}

export interface Plan {
  visitId: string;
  visitTitle: LocalText;
  arrivalDate: string;
  departureDate: string;
  revision: number;
  current?: Revision;
  checklist: ChecklistItem[];
  version: number;
}

export interface PlanRequest {
  items: ScheduleItem[];
  vehicles: Vehicle[];
  lodging: Lodging[];
  note?: string;
}

// ---- hospitality --------------------------------------------------------------------------------------------

export const BANQUET_KINDS = ['BANQUET', 'BUFFET', 'COCKTAIL', 'TEA_PARTY'] as const;
export type BanquetKind = (typeof BANQUET_KINDS)[number];
export const RECIPIENT_ROLES = ['HEAD_OF_DELEGATION', 'SPOUSE', 'KEY_MEMBER', 'OTHER'] as const;
export type RecipientRole = (typeof RECIPIENT_ROLES)[number];

export interface Banquet {
  entryId: string;
  kind: BanquetKind;
  date: string;
  hostName: string;
  hostRank: Rank;
  headcount: number;
  costPerHeadYuan: number;
  totalYuan: number;
  capPerHead: number;
  capParameter: string;
  countsAsBanquet: boolean;
  recordedBy?: string;
  recordedAt?: string;
}

export interface GiftGiven {
  entryId: string;
  guestId: string;
  recipientRole: RecipientRole;
  recipientRank: Rank;
  giverRank: Rank;
  valueYuan: number;
  cap: number;
  capParameter: string;
  firstVisit: boolean;
  inReturn: boolean;
  description?: string;
  givenOn?: string;
  recordedBy?: string;
  recordedAt?: string;
}

export type DeclarationStatus = 'DUE' | 'DECLARED';

export interface GiftReceived {
  entryId: string;
  from: string;
  receivedBy: string;
  valueYuan: number;
  receivedOn: string;
  description: string;
  declarationThreshold: number;
  declarationId?: string;
  declarationStatus?: DeclarationStatus;
  declarationDueDate?: string;
  recordedBy?: string;
  recordedAt?: string;
}

export interface Hospitality {
  visitId: string;
  banquets: Banquet[];
  banquetsCounted: number;
  banquetsPerStay: number;
  giftsGiven: GiftGiven[];
  giftsReceived: GiftReceived[];
  giftDeclarationThreshold: number;
  giftDeclarationMonths: number;
  version: number;
}

/** The three kinds of hospitality entry, as their paths under `/hospitality/` name them. */
export type HospitalityKind = 'banquets' | 'gifts-given' | 'gifts-received';

export interface Declaration {
  declarationId: string;
  visitId: string;
  giftEntryId: string;
  valueYuan: number;
  receivedOn: string;
  dueDate: string;
  status: DeclarationStatus;
  overdue: boolean;
  daysOverdue: number;
  late: boolean;
  from?: string;
  receivedBy?: string;
  description?: string;
  handedInOn?: string;
  handedInBy?: string;
  handedTo?: string;
  declaredBy?: string;
  declaredAt?: string;
  createdAt?: string;
  version: number;
}

// ---- letters ------------------------------------------------------------------------------------------------

export interface Letter {
  number: string;
  visitId: string;
  year: number;
  issuingPost: string;
  invitees: { guestId: string; name: string }[];
  issuedBy: string;
  issuedAt: string;
}

export interface LetterRequest {
  purpose?: LocalText;
  places?: LocalText;
  itinerary?: LocalText;
}

// ---- resources ----------------------------------------------------------------------------------------------

export interface Period {
  from: string;
  to: string;
}

export interface Interpreter {
  id: string;
  name: string;
  languages: string[];
  unavailable: Period[];
  active: boolean;
  createdBy?: string;
  createdAt?: string;
  version: number;
}

export interface Venue {
  id: string;
  name: LocalText;
  address: string;
  capacity: number;
  active: boolean;
  createdBy?: string;
  createdAt?: string;
  version: number;
}

/** A partner city as sister-city-service lists it (only what a visit request needs). */
export interface PartnerCity {
  id: string;
  names: { zh?: string; en?: string; local?: string };
  country: string;
}
