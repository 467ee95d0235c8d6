import dayjs, { type Dayjs } from 'dayjs';
import type { Attachment, DelegationCategory, DelegationPlan, Invitation, Member } from '../model';

/** The editor's form values: the plan as the inputs hold it (dates as dayjs, rows possibly half filled). */
export interface EditorValues {
  title?: { zh?: string; en?: string };
  category?: DelegationCategory;
  beltAndRoad?: boolean;
  urgent?: boolean;
  partnerCityId?: string;
  signsAgreement?: boolean;
  destinationCountries?: string[];
  departureDate?: Dayjs | null;
  returnDate?: Dayjs | null;
  members?: Partial<Member>[];
  legs?: { country?: string; city?: string; arrival?: Dayjs | null; departure?: Dayjs | null; transit?: boolean; exitsAirport?: boolean }[];
  schedule?: { date?: Dayjs | null; activity?: string; hours?: number | null; official?: boolean }[];
  tasks?: (string | undefined)[];
  invitation?: Partial<Invitation>;
  budget?: { items?: { description?: string; amountYuan?: number | null }[]; fundingSource?: string; financeSealConfirmed?: boolean };
  planItemId?: string;
  replacesPlannedTrip?: boolean;
  attachments?: Partial<Attachment>[];
}

export const NEW_PLAN: EditorValues = {
  title: {},
  destinationCountries: [],
  members: [{ role: 'LEADER' }],
  legs: [],
  schedule: [],
  tasks: [],
  invitation: {},
  budget: { items: [] },
  attachments: [],
};

const DAY = 'YYYY-MM-DD';

function text(value: string | undefined | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function day(value: Dayjs | null | undefined): string | undefined {
  return value ? value.format(DAY) : undefined;
}

/** A row the user has not touched at all is not part of the plan. */
function filled(row: object | undefined): boolean {
  return row !== undefined && Object.values(row).some((value) => value !== undefined && value !== null && value !== '' && value !== false);
}

/**
 * The plan to send. `forCheck` leaves out rows that are still half written (a stop without dates, a cost
 * without an amount), so the precheck judges the rules on what is there instead of refusing the whole plan;
 * saving sends every row, and the form's own validation stops incomplete ones first.
 */
export function toPlan(values: EditorValues, forCheck = false): DelegationPlan {
  const members = (values.members ?? []).filter(filled).map((member) => ({
    name: text(member.name) as string,
    unit: text(member.unit),
    post: text(member.post) as string,
    rank: member.rank,
    role: member.role,
    unitHead: Boolean(member.unitHead),
    personId: text(member.personId),
  }));
  const legs = (values.legs ?? [])
    .filter(filled)
    .map((leg) => ({
      country: text(leg.country)?.toUpperCase() as string,
      city: text(leg.city),
      arrival: day(leg.arrival) as string,
      departure: day(leg.departure) as string,
      transit: Boolean(leg.transit),
      exitsAirport: Boolean(leg.exitsAirport),
    }))
    .filter((leg) => !forCheck || (leg.country && leg.arrival && leg.departure));
  const schedule = (values.schedule ?? [])
    .filter(filled)
    .map((item) => ({ date: day(item.date) as string, activity: text(item.activity) as string, hours: item.hours as number, official: Boolean(item.official) }))
    .filter((item) => !forCheck || (item.date && item.activity && item.hours));
  const tasks = (values.tasks ?? []).map((task) => text(task)).filter((task): task is string => task !== undefined);
  const invitation = values.invitation ?? {};
  const hasInvitation = forCheck ? Boolean(text(invitation.invitingBody) && invitation.inviterKind) : Boolean(text(invitation.invitingBody) || invitation.inviterKind);
  const budget = values.budget ?? {};
  const costs = (budget.items ?? [])
    .filter(filled)
    .map((item) => ({ description: text(item.description) as string, amountYuan: item.amountYuan as number }))
    .filter((item) => !forCheck || (item.description && item.amountYuan !== undefined && item.amountYuan !== null));
  const hasBudget = costs.length > 0 || Boolean(text(budget.fundingSource)) || Boolean(budget.financeSealConfirmed);
  const attachments = (values.attachments ?? [])
    .filter(filled)
    .map((attachment) => ({ kind: attachment.kind as Attachment['kind'], ref: text(attachment.ref) as string, title: text(attachment.title) }))
    .filter((attachment) => !forCheck || (attachment.kind && attachment.ref));
  return {
    title: { zh: text(values.title?.zh), en: text(values.title?.en) },
    category: values.category as DelegationCategory,
    beltAndRoad: Boolean(values.beltAndRoad),
    urgent: Boolean(values.urgent),
    partnerCityId: text(values.partnerCityId),
    signsAgreement: Boolean(values.signsAgreement),
    destinationCountries: (values.destinationCountries ?? []).map((code) => code.trim().toUpperCase()),
    departureDate: day(values.departureDate) as string,
    returnDate: day(values.returnDate) as string,
    members,
    legs,
    schedule,
    tasks,
    invitation: hasInvitation
      ? {
          invitingBody: text(invitation.invitingBody) as string,
          signer: text(invitation.signer),
          relationship: text(invitation.relationship),
          inviterKind: invitation.inviterKind as Invitation['inviterKind'],
          translationAttached: Boolean(invitation.translationAttached),
        }
      : undefined,
    budget: hasBudget ? { items: costs, fundingSource: text(budget.fundingSource), financeSealConfirmed: Boolean(budget.financeSealConfirmed) } : undefined,
    planItemId: text(values.planItemId),
    replacesPlannedTrip: Boolean(values.replacesPlannedTrip),
    attachments,
  };
}

/** Whether the plan has what the service needs to judge it at all (else the precheck would only say 400). */
export function checkable(plan: DelegationPlan): boolean {
  return Boolean(
    plan.title.zh &&
      plan.category &&
      plan.destinationCountries.length > 0 &&
      plan.destinationCountries.every((code) => /^[A-Z]{2}$/.test(code)) &&
      plan.departureDate &&
      plan.returnDate &&
      plan.members.length > 0 &&
      plan.members.every((member) => member.name && member.post),
  );
}

/** A stored plan back into the form. */
export function fromPlan(plan: DelegationPlan): EditorValues {
  const date = (value: string | undefined) => (value ? dayjs(value) : undefined);
  return {
    title: { zh: plan.title.zh, en: plan.title.en },
    category: plan.category,
    beltAndRoad: plan.beltAndRoad,
    urgent: plan.urgent,
    partnerCityId: plan.partnerCityId,
    signsAgreement: plan.signsAgreement,
    destinationCountries: plan.destinationCountries,
    departureDate: date(plan.departureDate),
    returnDate: date(plan.returnDate),
    members: plan.members.map((member) => ({ ...member })),
    legs: (plan.legs ?? []).map((leg) => ({ ...leg, arrival: date(leg.arrival), departure: date(leg.departure) })),
    schedule: (plan.schedule ?? []).map((item) => ({ ...item, date: date(item.date) })),
    tasks: plan.tasks ?? [],
    invitation: plan.invitation ? { ...plan.invitation } : {},
    budget: plan.budget ? { ...plan.budget, items: plan.budget.items.map((item) => ({ ...item })) } : { items: [] },
    planItemId: plan.planItemId,
    replacesPlannedTrip: plan.replacesPlannedTrip,
    attachments: (plan.attachments ?? []).map((attachment) => ({ ...attachment })),
  };
}

/** Days abroad as the rules count them: departure and return day included. */
export function daysAbroad(departure: Dayjs | null | undefined, back: Dayjs | null | undefined): number | undefined {
  if (!departure || !back) return undefined;
  return back.startOf('day').diff(departure.startOf('day'), 'day') + 1;
}
