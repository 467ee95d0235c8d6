import type { TFunction } from 'i18next';
import { Problem, type Violation } from '../../api/http';
import { local, type Language } from '../../text';

/**
 * Rule problems as people read them, and where on the form they belong. Every answer that reports a broken rule
 * (a 422 and the precheck alike) carries the service's own words for it (`message {zh, en}`, naming the rule's
 * parameter and source); a violation without words is shown with its data.
 */

/** The violation's words in the interface language: the service's own, else its parameters as data. */
export function violationText(violation: Violation, t: TFunction, language: Language): string {
  const given = local(violation.message, language);
  if (given) return given;
  const data = Object.entries(violation.parameters ?? {})
    .map(([key, value]) => `${key} = ${Array.isArray(value) ? value.join(', ') : String(value)}`)
    .join(', ');
  return data ? `${t('rule.unknown', { ns: 'travel' })} (${data})` : t('rule.unknown', { ns: 'travel' });
}

/** One problem the user should see: from a rule (with its code) or from a field's validation. */
export interface FieldProblem {
  code?: string;
  field?: string;
  text: string;
}

/** Every rule and field problem of a failed call, in the interface language. */
export function problemsOf(error: unknown, t: TFunction, language: Language): FieldProblem[] {
  if (!(error instanceof Problem)) return [];
  return [
    ...error.violations.map((violation) => ({
      code: violation.code,
      field: violation.field,
      text: `${violation.code}: ${violationText(violation, t, language)}`,
    })),
    ...error.errors.map((fieldError) => ({ field: fieldError.field, text: fieldError.message })),
  ];
}

export function violationsAsProblems(violations: Violation[], t: TFunction, language: Language): FieldProblem[] {
  return violations.map((violation) => ({
    code: violation.code,
    field: violation.field,
    text: `${violation.code}: ${violationText(violation, t, language)}`,
  }));
}

/** `members[0].personId` → `members.0.personId`: the form's name path, dotted. */
export function fieldKey(field: string): string {
  return field.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '');
}

/** The places on the editor a problem can be shown at; `*` stands for a row of a list. */
export const EDITOR_ANCHORS = [
  'title.zh',
  'title.en',
  'category',
  'beltAndRoad',
  'urgent',
  'partnerCityId',
  'signsAgreement',
  'destinationCountries',
  'departureDate',
  'returnDate',
  'members',
  'members.*.name',
  'members.*.unit',
  'members.*.post',
  'members.*.rank',
  'members.*.role',
  'members.*.unitHead',
  'members.*.personId',
  'legs',
  'legs.*.country',
  'legs.*.city',
  'legs.*.arrival',
  'legs.*.departure',
  'schedule',
  'schedule.*.date',
  'schedule.*.activity',
  'schedule.*.hours',
  'tasks',
  'tasks.*',
  'invitation',
  'invitation.invitingBody',
  'invitation.signer',
  'invitation.relationship',
  'invitation.inviterKind',
  'invitation.translationAttached',
  'budget',
  'budget.items.*.description',
  'budget.items.*.amountYuan',
  'budget.fundingSource',
  'budget.financeSealConfirmed',
  'planItemId',
  'replacesPlannedTrip',
  'attachments',
  'attachments.*.kind',
  'attachments.*.ref',
  'attachments.*.title',
];

function matchesAnchor(key: string[], anchor: string[]): boolean {
  return key.length === anchor.length && anchor.every((part, index) => (part === '*' ? /^\d+$/.test(key[index]) : part === key[index]));
}

/**
 * Where a problem about `field` is shown: the field itself when the form has it, else the nearest enclosing
 * place (`destinationCountries[2]` → `destinationCountries`, `budget.items` → `budget`); undefined when none.
 */
export function anchorOf(field: string | undefined, anchors: string[] = EDITOR_ANCHORS): string | undefined {
  if (!field) return undefined;
  const parts = fieldKey(field).split('.');
  const patterns = anchors.map((anchor) => anchor.split('.'));
  for (let length = parts.length; length > 0; length--) {
    const key = parts.slice(0, length);
    if (patterns.some((pattern) => matchesAnchor(key, pattern))) return key.join('.');
  }
  return undefined;
}

/** The problems grouped by the place they are shown at. */
export function problemsByAnchor(problems: FieldProblem[], anchors: string[] = EDITOR_ANCHORS): Map<string, FieldProblem[]> {
  const grouped = new Map<string, FieldProblem[]>();
  for (const problem of problems) {
    const anchor = anchorOf(problem.field, anchors);
    if (anchor === undefined) continue;
    grouped.set(anchor, [...(grouped.get(anchor) ?? []), problem]);
  }
  return grouped;
}
