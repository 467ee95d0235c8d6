import type { Dayjs } from 'dayjs';
import type { DelegationAct } from '../model';

/** What a command asks of the user before it is sent: nothing, or one of these small forms. */
export type ActInput =
  | 'none'
  | 'reason'
  | 'optionalReason'
  | 'correction'
  | 'approve'
  | 'waive'
  | 'day'
  | 'report'
  | 'results'
  | 'objection'
  | 'resolution';

export interface ActDefinition {
  act: DelegationAct;
  /** The command's path under `/api/travel/delegations/{id}/`. */
  path: string;
  input: ActInput;
  primary?: boolean;
  danger?: boolean;
}

/**
 * The workflow commands in the order their buttons appear: the main line first, side acts after, the ones
 * that end a file last. REVISE opens the editor and RESOLVE_OBJECTION sits on each open objection instead.
 */
export const ACT_DEFINITIONS: ActDefinition[] = [
  { act: 'SUBMIT', path: 'submit', input: 'none', primary: true },
  { act: 'SIGN', path: 'sign', input: 'none', primary: true },
  { act: 'ACCEPT', path: 'accept', input: 'none', primary: true },
  { act: 'RESUBMIT', path: 'resubmit', input: 'none', primary: true },
  { act: 'APPROVE', path: 'approve', input: 'approve', primary: true },
  { act: 'ISSUE_PASSPORTS', path: 'issue-passports', input: 'none', primary: true },
  { act: 'DEPART', path: 'depart', input: 'day', primary: true },
  { act: 'RECORD_RETURN', path: 'record-return', input: 'day', primary: true },
  { act: 'RETURN_PASSPORTS', path: 'return-passports', input: 'none', primary: true },
  { act: 'SUBMIT_REPORT', path: 'report', input: 'report', primary: true },
  { act: 'PUBLISH_RESULTS', path: 'publish-results', input: 'results', primary: true },
  { act: 'CLOSE', path: 'close', input: 'none', primary: true },
  { act: 'RETURN_FOR_CORRECTION', path: 'return-for-correction', input: 'correction' },
  { act: 'RECORD_OBJECTION', path: 'objections', input: 'objection' },
  { act: 'WAIVE', path: 'waivers', input: 'waive' },
  { act: 'REJECT', path: 'reject', input: 'reason', danger: true },
  { act: 'WITHDRAW', path: 'withdraw', input: 'optionalReason', danger: true },
  { act: 'CANCEL', path: 'cancel', input: 'reason', danger: true },
];

export const RESOLVE_OBJECTION: ActDefinition = { act: 'RESOLVE_OBJECTION', path: 'objections/{objectionId}/resolve', input: 'resolution' };

/** The values of the act forms (each form uses the few it needs). */
export interface ActValues {
  reason?: string;
  items?: string;
  authorityReference?: string;
  ruleCode?: string;
  date?: Dayjs | null;
  summaryZh?: string;
  summaryEn?: string;
  facts?: string;
  tasksDone?: string;
  disciplineNote?: string;
  fundsUsedYuan?: number | null;
  followUps?: string;
  photoRefs?: string;
  publishedOn?: Dayjs | null;
  where?: string;
  summary?: string;
  receivedOn?: Dayjs | null;
  resolution?: string;
}

function lines(text: string | undefined): string[] {
  return (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

function trimmed(text: string | undefined): string | undefined {
  const value = text?.trim();
  return value ? value : undefined;
}

function day(value: Dayjs | null | undefined): string | undefined {
  return value ? value.format('YYYY-MM-DD') : undefined;
}

/** The command's body from the form's values (JSON leaves the unset ones out). */
export function bodyOf(input: ActInput, values: ActValues): unknown {
  switch (input) {
    case 'none':
      return {};
    case 'reason':
    case 'optionalReason':
      return { reason: trimmed(values.reason) };
    case 'correction':
      return { items: lines(values.items) };
    case 'approve':
      return { authorityReference: trimmed(values.authorityReference) };
    case 'waive':
      return { ruleCode: values.ruleCode, reason: trimmed(values.reason) };
    case 'day':
      return { date: day(values.date) };
    case 'report':
      return {
        summary: { zh: trimmed(values.summaryZh), en: trimmed(values.summaryEn) },
        facts: trimmed(values.facts),
        tasksDone: lines(values.tasksDone),
        disciplineNote: trimmed(values.disciplineNote),
        fundsUsedYuan: values.fundsUsedYuan ?? undefined,
        followUps: lines(values.followUps),
        photoRefs: lines(values.photoRefs),
      };
    case 'results':
      return { publishedOn: day(values.publishedOn), where: trimmed(values.where) };
    case 'objection':
      return { summary: trimmed(values.summary), receivedOn: day(values.receivedOn) };
    case 'resolution':
      return { resolution: trimmed(values.resolution) };
  }
}
