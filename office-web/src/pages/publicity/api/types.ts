import type { LocalText } from '../../../api/http';

/** The JSON shapes of publicity-service (records `*View` in its `web` packages); JSON omits null fields. */

export type ItemKind = 'NEWS' | 'STORY' | 'CULTURAL_SHOWCASE' | 'EVENT_NOTICE' | 'PARTNER_CITY_FEATURE';
export const ITEM_KINDS: ItemKind[] = ['NEWS', 'STORY', 'CULTURAL_SHOWCASE', 'EVENT_NOTICE', 'PARTNER_CITY_FEATURE'];

export type ItemStatus = 'DRAFT' | 'RETRACTED';
export const ITEM_STATUSES: ItemStatus[] = ['DRAFT', 'RETRACTED'];

export type ReviewStep = 'FIRST_REVIEW' | 'SECOND_REVIEW' | 'FINAL_REVIEW';
export const REVIEW_STEPS: ReviewStep[] = ['FIRST_REVIEW', 'SECOND_REVIEW', 'FINAL_REVIEW'];

export type ReviewState = 'DRAFT' | 'IN_REVIEW' | 'SENT_BACK' | 'APPROVED';

export interface ReviewDecision {
  /** Absent on the submission itself. */
  step?: ReviewStep;
  by: string;
  at: string;
  outcome: 'SUBMITTED' | 'APPROVED' | 'SENT_BACK';
  comment?: string;
  revision: number;
}

export interface Review {
  state: ReviewState;
  /** The step waiting for its reviewer, while in review. */
  step?: ReviewStep;
  revision: number;
  decisions?: ReviewDecision[];
}

export interface VersionView {
  language: string;
  source: boolean;
  title: string;
  summary?: string;
  /** Safe HTML, sanitised by the service when written. */
  body?: string;
  translator?: string;
  revision: number;
  review: Review;
  publishable: boolean;
}

export interface ImageRef {
  ref: string;
  caption?: LocalText;
  credit?: string;
}

export interface ItemLinks {
  partnerCityId?: string;
  visitId?: string;
  delegationId?: string;
}

export interface ItemOrigin {
  kind: 'MANUAL' | 'EVENT';
  /** The CloudEvents type of the event that suggested the draft, e.g. `waishi.travel.delegation.approved.v1`. */
  eventType?: string;
  eventId?: string;
  /** The id of the file the event was about (delegation, visit, relationship). */
  subject?: string;
}

export type HistoryAct =
  | 'DRAFTED'
  | 'SUGGESTED'
  | 'EDITED'
  | 'CORRECTED'
  | 'TRANSLATED'
  | 'SUBMITTED'
  | 'APPROVED'
  | 'SENT_BACK'
  | 'RETRACTED';

export interface ItemHistory {
  act: HistoryAct;
  language?: string;
  by: string;
  at: string;
  note?: string;
  revision?: number;
}

export interface ItemView {
  id: string;
  kind: ItemKind;
  title: LocalText;
  summary?: LocalText;
  status: ItemStatus;
  tags?: string[];
  images?: ImageRef[];
  about?: ItemLinks;
  versions: VersionView[];
  origin: ItemOrigin;
  draftedBy?: string;
  draftedAt?: string;
  retractionReason?: string;
  history?: ItemHistory[];
  /** The optimistic-locking version: the ETag is `"<version>"`. */
  version: number;
}

export interface RevisionView {
  number: number;
  by: string;
  at: string;
  title: string;
  summary?: string;
  body?: string;
}

export interface DiffLine {
  op: 'SAME' | 'REMOVED' | 'ADDED';
  text: string;
}

export interface RevisionDiff {
  language: string;
  from: number;
  to: number;
  title: DiffLine[];
  summary: DiffLine[];
  body: DiffLine[];
}

export type Channel = 'WEBSITE' | 'WECHAT' | 'WEIBO' | 'FOREIGN_SITE' | 'PARTNER_CITY_SITES' | 'OVERSEAS_MEDIA';

export interface ChannelView {
  channel: Channel;
  languages: string[];
}

export type PublicationStatus = 'SCHEDULED' | 'PUBLISHED' | 'WITHDRAWN';

export interface PublicationView {
  publicationId: string;
  itemId: string;
  channel: Channel;
  language: string;
  revision?: number;
  status: PublicationStatus;
  scheduledAt: string;
  /** The same moment on the office clock (a local date-time). */
  scheduledAtLocal?: string;
  publishedAt?: string;
  scheduledBy?: string;
  withdrawnAt?: string;
  withdrawnBy?: string;
  withdrawal?: 'UNSCHEDULED' | 'ITEM_RETRACTED';
}

export interface ItemPublicationsView {
  itemId: string;
  publications: PublicationView[];
  retractionNoticedAt?: string;
}

/** One item as the public read API (`/public/items/{id}?language=`) answers it. */
export interface PublishedItem {
  id: string;
  language: string;
  kind: ItemKind;
  tags?: string[];
  title: string;
  summary?: string;
  body?: string;
  images?: ImageRef[];
  partnerCityId?: string;
  revision: number;
  publishedAt?: string;
}

export interface ContactView {
  name: LocalText;
  address?: LocalText;
  phone?: string;
  website?: string;
  emergencyHotline?: string;
}

export interface SourceView {
  title: string;
  address: string;
}

export interface ProfileTextView {
  name: LocalText;
  basics?: LocalText;
  economyAndTrade?: LocalText;
  cultureAndEtiquette?: LocalText;
  entryRequirements?: LocalText;
  consularContacts?: ContactView[];
  sources?: SourceView[];
  lastReviewedOn?: string;
}

export type AlertLevelNumber = 1 | 2 | 3 | 4;

export interface LevelView {
  level: AlertLevelNumber;
  label?: LocalText;
}

export interface AlertView {
  level: AlertLevelNumber;
  label?: LocalText;
  summary?: LocalText;
  effectiveFrom: string;
  setBy?: string;
  setAt: string;
}

export interface ProfileView {
  countryCode: string;
  name: LocalText;
  draft: ProfileTextView;
  review: Review;
  published?: ProfileTextView;
  /** 0 while none is published. */
  publishedRevision: number;
  publishedAt?: string;
  alert?: AlertView;
  alertHistory?: AlertView[];
  openedBy?: string;
  openedAt?: string;
  version: number;
}

export interface ProfileSummary {
  countryCode: string;
  name: LocalText;
  reviewState: ReviewState;
  revision: number;
  publishedRevision: number;
  level?: LevelView;
}

/** The request bodies. */

export interface TextRequest {
  title: string;
  summary?: string;
  body?: string;
}

export interface CreateItemRequest {
  kind: ItemKind;
  tags?: string[];
  images?: { ref: string; caption?: { zh: string; en?: string }; credit?: string }[];
  about?: ItemLinks;
  zh: TextRequest;
}

export interface VersionRequest extends TextRequest {
  /** Needed when the request adds a translation. */
  translator?: string;
}

export interface PublishRequest {
  channel: Channel;
  language: string;
  /** A local date-time on the office clock (`2026-11-20T10:00:00`), absent to publish now. */
  at?: string;
}

export interface BilingualRequest {
  zh: string;
  en?: string;
}

export interface ProfileRequest {
  name: BilingualRequest;
  basics?: BilingualRequest;
  economyAndTrade?: BilingualRequest;
  cultureAndEtiquette?: BilingualRequest;
  entryRequirements?: BilingualRequest;
  consularContacts?: {
    name: BilingualRequest;
    address?: BilingualRequest;
    phone?: string;
    website?: string;
    emergencyHotline?: string;
  }[];
  sources?: SourceView[];
  lastReviewedOn?: string;
}

export interface AlertLevelRequest {
  level: AlertLevelNumber;
  summary?: BilingualRequest;
  /** An instant in UTC; absent for now. */
  effectiveFrom?: string;
}

/** What the sister-city service tells about a partner city (only what these pages show). */
export interface PartnerCity {
  id: string;
  names: { zh: string; en?: string; local?: string };
  country: string;
}
