import type { Role } from '../../../me';

/**
 * The vocabulary of sister-city-service (its enums, in the order the service declares them) and who may do
 * what. The service decides every act; these lists only build selects, columns and the buttons worth showing.
 */

/** Who reads relationships, activities, projects, plans and care lists (docs/api.md, "who"). */
export const READERS: Role[] = ['SISTER_CITY_OFFICER', 'FAO_OFFICER', 'FAO_DIRECTOR', 'AUDITOR', 'ADMIN'];
/** The only role that changes the partner files, activities, projects and plans. */
export const OFFICER: Role = 'SISTER_CITY_OFFICER';
/** Adopts plans and records the approvals of a relationship. */
export const DIRECTOR: Role = 'FAO_DIRECTOR';
/** Whose work queue the home card is. */
export const HOME_ROLES: Role[] = ['SISTER_CITY_OFFICER', 'FAO_DIRECTOR', 'AUDITOR'];

export const COOPERATION_FIELDS = [
  'TRADE',
  'INVESTMENT',
  'TOURISM',
  'POLITICS',
  'ENERGY',
  'SCIENCE_AND_TECHNOLOGY',
  'ENVIRONMENT',
  'SPORT',
  'CULTURE_AND_ARTS',
  'HEALTH',
  'TRANSPORT',
  'URBAN_CONSTRUCTION',
  'EDUCATION',
  'TALENT',
] as const;
export type CooperationField = (typeof COOPERATION_FIELDS)[number];

export const ADMINISTRATIVE_LEVELS = ['PROVINCE_OR_STATE', 'PREFECTURE_CITY', 'COUNTY_OR_DISTRICT', 'TOWN'] as const;
export type AdministrativeLevel = (typeof ADMINISTRATIVE_LEVELS)[number];

export const RELATIONSHIP_KINDS = ['LETTER_OF_INTENT', 'FRIENDLY_EXCHANGE', 'SISTER_CITY', 'FRIENDLY_COOPERATION'] as const;
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];

/** The stages in path order: the approval path up to the CPAFFC, the agreement, then life in force. */
export const RELATIONSHIP_STAGES = [
  'INTENT_SIGNED',
  'EXCHANGING',
  'CITY_APPROVED',
  'PROVINCE_REVIEWED',
  'CPAFFC_APPROVED',
  'AGREEMENT_SIGNED',
  'ACTIVE',
  'DORMANT',
  'TERMINATED',
] as const;
export type RelationshipStage = (typeof RELATIONSHIP_STAGES)[number];

export const DIRECTIONS = ['OUTBOUND', 'INBOUND'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const ACTIVITY_STATUSES = ['PLANNED', 'HELD', 'CANCELLED'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/** The main line of a project, then the side stage it can stall into. */
export const PROJECT_STAGES = ['IDEA', 'NEGOTIATING', 'AGREED', 'IMPLEMENTING', 'COMPLETED', 'STALLED'] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];

export const PLAN_STATUSES = ['DRAFT', 'ADOPTED', 'CLOSED'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const TARGET_MEASURES = ['ACTIVITIES_HELD', 'RELATIONSHIPS_SIGNED', 'PROJECTS_REACHING_STAGE'] as const;
export type TargetMeasure = (typeof TARGET_MEASURES)[number];
