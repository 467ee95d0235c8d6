import { useQuery } from '@tanstack/react-query';
import { get, query, type Page } from '../../../api/http';
import { BASE, NS, getAll } from '../shared/api';
import type { CooperationField, RelationshipKind, RelationshipStage } from '../shared/model';

export type RelationshipAct =
  | 'START_EXCHANGES'
  | 'APPLY_AS'
  | 'RECORD_CITY_APPROVAL'
  | 'RECORD_PROVINCIAL_REVIEW'
  | 'RECORD_CPAFFC_APPROVAL'
  | 'SIGN_AGREEMENT'
  | 'ACTIVATE'
  | 'MARK_DORMANT'
  | 'REVIVE'
  | 'TERMINATE';

export interface Signatory {
  side: 'OUR_CITY' | 'PARTNER_CITY';
  name: string;
  title?: string;
}

export interface SignedDocument {
  language: string;
  ref: string;
  title?: string;
}

/** A letter of intent or an agreement as signed. */
export interface Signing {
  date: string;
  place: string;
  signatories: Signatory[];
  documents?: SignedDocument[];
}

/** One step of the path; the first has no `from`; a change of kind is a step within the stage. */
export interface StageChange {
  from?: RelationshipStage;
  to: RelationshipStage;
  by: string;
  at: string;
  reference?: string;
  note?: string;
}

/** `RelationshipView`, with the acts the caller may perform now. */
export interface Relationship {
  id: string;
  partnerCityId: string;
  kind: RelationshipKind;
  cooperationFields?: CooperationField[];
  intent?: Signing;
  agreement?: Signing;
  stage: RelationshipStage;
  createdBy?: string;
  createdAt?: string;
  history?: StageChange[];
  actions?: RelationshipAct[];
  version: number;
}

export const RELATIONSHIPS = `${BASE}/relationships`;

/** The act that moves a relationship on along its path at each stage (RelationshipStage's first act). */
export const NEXT_STEP: Partial<Record<RelationshipStage, RelationshipAct>> = {
  INTENT_SIGNED: 'START_EXCHANGES',
  EXCHANGING: 'RECORD_CITY_APPROVAL',
  CITY_APPROVED: 'RECORD_PROVINCIAL_REVIEW',
  PROVINCE_REVIEWED: 'RECORD_CPAFFC_APPROVAL',
  CPAFFC_APPROVED: 'SIGN_AGREEMENT',
  AGREEMENT_SIGNED: 'ACTIVATE',
};

/** The stages where a relationship waits for an act of the office before it is in force. */
export const WAITING_STAGES = Object.keys(NEXT_STEP) as RelationshipStage[];

/** Every relationship (of one partner, or all of them) for overviews and the partner page. */
export function useAllRelationships(partnerCityId?: string) {
  return useQuery({
    queryKey: [NS, 'relationships', 'all', partnerCityId ?? null],
    queryFn: ({ signal }) => getAll<Relationship>(RELATIONSHIPS, { partnerCityId }, signal),
  });
}

/** One page of the relationships at a stage: its `total` counts them, its items show the first. */
export function relationshipsAtStage(stage: RelationshipStage, size: number) {
  return {
    queryKey: [NS, 'relationships', 'stage', stage, size],
    queryFn: ({ signal }: { signal: AbortSignal }) =>
      get<Page<Relationship>>(`${RELATIONSHIPS}${query({ stage, page: 0, size })}`, signal),
  };
}
