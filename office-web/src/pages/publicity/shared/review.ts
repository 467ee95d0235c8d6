import { hasAny, PUBLICITY, type Me, type Role } from '../../../me';
import type { Review, ReviewDecision, ReviewStep } from '../api/types';
import { REVIEW_STEPS } from '../api/types';

/** Who reviews at each step (三审): the editor's first review, the section head's second, the leader's final. */
export const STEP_REVIEWER: Record<ReviewStep, Role> = {
  FIRST_REVIEW: 'PUBLICITY_EDITOR',
  SECOND_REVIEW: 'PUBLICITY_SECTION_HEAD',
  FINAL_REVIEW: 'PUBLICITY_LEADER',
};

/** Who reads content items (the service's READERS). */
export const ITEM_READERS: Role[] = [...PUBLICITY, 'FAO_DIRECTOR', 'AUDITOR', 'ADMIN'];
/** Who reads country profiles: the item readers and the FAO officers who advise travellers. */
export const COUNTRY_READERS: Role[] = [...ITEM_READERS, 'FAO_OFFICER'];
/** Who sees the publicity card on the home page. */
export const HOME_READERS: Role[] = [...PUBLICITY, 'FAO_DIRECTOR', 'AUDITOR'];

/** An auditor changes nothing, whatever other roles the token holds (the services answer 403). */
export function mayChange(me: Me | undefined): boolean {
  return me !== undefined && !hasAny(me, 'AUDITOR');
}

export function mayAct(me: Me | undefined, role: Role): boolean {
  return mayChange(me) && hasAny(me, role);
}

/** The review step the user's role reviews: an editor the first, a section head the second, a leader the final. */
export function stepOf(me: Me | undefined): ReviewStep | undefined {
  return REVIEW_STEPS.find((step) => hasAny(me, STEP_REVIEWER[step]));
}

export interface ReviewActs {
  submit: boolean;
  approve: boolean;
  sendBack: boolean;
}

/**
 * The review acts the service allows this user on a text now: an editor submits a draft or a text sent back;
 * only the reviewer of the waiting step approves or sends back — so an editor never gives the final approval.
 */
export function reviewActs(me: Me | undefined, review: Review, open: boolean): ReviewActs {
  const submit = open && (review.state === 'DRAFT' || review.state === 'SENT_BACK') && mayAct(me, 'PUBLICITY_EDITOR');
  const reviewer = open && review.state === 'IN_REVIEW' && review.step !== undefined && mayAct(me, STEP_REVIEWER[review.step]);
  return { submit, approve: reviewer, sendBack: reviewer };
}

/** The last decision that sent the current text back, with its step. */
export function lastSendBack(review: Review): ReviewDecision | undefined {
  return [...(review.decisions ?? [])].reverse().find((decision) => decision.outcome === 'SENT_BACK');
}

/** Whether a text still needs its editor: never submitted, or sent back. */
export function needsEditor(review: Review): boolean {
  return review.state === 'DRAFT' || review.state === 'SENT_BACK';
}
