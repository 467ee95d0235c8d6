/**
 * Typed calls to reception-service and the react-query hooks the pages use. Every command sends the version
 * the user saw as `If-Match` (the views carry it as `version`), so a stale page gets 412 instead of
 * overwriting someone else's change; every answer replaces the cached object and refreshes the lists.
 */
import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { call, get, post, Problem, put, query, type LocalText, type Page } from '../../api/http';
import {
  ACT_PATH,
  BASE,
  type Declaration,
  type DeclarationStatus,
  type GuestList,
  type GuestRequest,
  type Guest,
  type Host,
  type Hospitality,
  type HospitalityKind,
  type Interpreter,
  type Letter,
  type LetterRequest,
  type PartnerCity,
  type Plan,
  type PlanRequest,
  type Revision,
  type RevisionSummary,
  type SeatingOrder,
  type Venue,
  type Visit,
  type VisitAct,
  type VisitRequest,
  type VisitStatus,
  type ChecklistState,
  type ItemKind,
} from './model';

/** The `If-Match` value for a view's version. */
export function tag(version: number): string {
  return `"${version}"`;
}

/**
 * After a 412 (the version sent is no longer current) or a 409 (changed meanwhile, or the state moved on),
 * the object is read again, so the page shows what is current while the problem says what happened.
 */
function refreshWhenStale(client: ReturnType<typeof useQueryClient>, key: QueryKey) {
  return (error: Error) => {
    if (error instanceof Problem && (error.status === 412 || error.status === 409)) void client.invalidateQueries({ queryKey: key });
  };
}

/** Every key of this area starts here, so an act can refresh all reception lists at once. */
const AREA = 'reception';

export const keys = {
  visits: (status?: VisitStatus, page = 0, size = 20): QueryKey => [AREA, 'visits', { status, page, size }],
  upcoming: (withinDays: number): QueryKey => [AREA, 'visits', 'upcoming', withinDays],
  visit: (id: string): QueryKey => [AREA, 'visit', id],
  guests: (id: string): QueryKey => [AREA, 'visit', id, 'guests'],
  precedence: (id: string, version: number, hosts: Host[]): QueryKey => [AREA, 'visit', id, 'precedence', version, hosts],
  plan: (id: string): QueryKey => [AREA, 'visit', id, 'plan'],
  revisions: (id: string): QueryKey => [AREA, 'visit', id, 'plan', 'versions'],
  revision: (id: string, number: number): QueryKey => [AREA, 'visit', id, 'plan', 'versions', number],
  hospitality: (id: string): QueryKey => [AREA, 'visit', id, 'hospitality'],
  letters: (id: string): QueryKey => [AREA, 'visit', id, 'letters'],
  venues: (page: number, size: number): QueryKey => [AREA, 'venues', page, size],
  interpreters: (page: number, size: number): QueryKey => [AREA, 'interpreters', page, size],
  declarations: (status: DeclarationStatus | undefined, overdue: boolean, page: number, size: number): QueryKey => [
    AREA,
    'declarations',
    { status, overdue, page, size },
  ],
  partnerCities: (): QueryKey => [AREA, 'partner-cities'],
};

// ---- visits -------------------------------------------------------------------------------------------------

export function useVisits(status: VisitStatus | undefined, page: number, size: number, enabled = true) {
  return useQuery({
    queryKey: keys.visits(status, page, size),
    queryFn: ({ signal }) => get<Page<Visit>>(`${BASE}/visits${query({ status, page, size })}`, signal),
    enabled,
  });
}

export function useUpcoming(withinDays: number) {
  return useQuery({
    queryKey: keys.upcoming(withinDays),
    queryFn: ({ signal }) => get<Visit[]>(`${BASE}/visits/upcoming${query({ withinDays })}`, signal),
  });
}

export function useVisit(id: string) {
  return useQuery({ queryKey: keys.visit(id), queryFn: ({ signal }) => get<Visit>(`${BASE}/visits/${id}`, signal) });
}

export function useRequestVisit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: VisitRequest) => post<Visit>(`${BASE}/visits`, request),
    onSuccess: (visit) => {
      client.setQueryData(keys.visit(visit.id), visit);
      void client.invalidateQueries({ queryKey: [AREA, 'visits'] });
    },
  });
}

/** The body each act takes: cancel a reason, complete a summary, a plan submission an optional note. */
export interface ActInput {
  act: VisitAct;
  body?: { reason?: string; note?: string; summary?: { zh: string; en?: string } };
}

export function useVisitAct(visit: Visit) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ act, body }: ActInput) =>
      post<Visit>(`${BASE}/visits/${visit.id}/${ACT_PATH[act]}`, body ?? {}, tag(visit.version)),
    onSuccess: (changed) => {
      client.setQueryData(keys.visit(changed.id), changed);
      void client.invalidateQueries({ queryKey: [AREA, 'visits'] });
    },
    onError: refreshWhenStale(client, keys.visit(visit.id)),
  });
}

// ---- guests and precedence ----------------------------------------------------------------------------------

export function useGuests(visitId: string) {
  return useQuery({
    queryKey: keys.guests(visitId),
    queryFn: ({ signal }) => get<GuestList>(`${BASE}/visits/${visitId}/guests`, signal),
  });
}

/**
 * The guests (and the hosts given) in the order of precedence the service computes (RULES.md §3). It is a
 * POST because hosts travel in the body; it changes nothing, so it is cached like a read, per list version.
 */
export function usePrecedence(visitId: string, listVersion: number | undefined, hosts: Host[], enabled: boolean) {
  return useQuery({
    queryKey: keys.precedence(visitId, listVersion ?? -1, hosts),
    queryFn: () => post<SeatingOrder>(`${BASE}/visits/${visitId}/precedence`, { hosts }),
    enabled: enabled && listVersion !== undefined,
  });
}

export function useSaveGuest(visitId: string, list: GuestList | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ guestId, request }: { guestId?: string; request: GuestRequest }) =>
      guestId
        ? put<Guest>(`${BASE}/visits/${visitId}/guests/${guestId}`, request, list && tag(list.version))
        : post<Guest>(`${BASE}/visits/${visitId}/guests`, request, list && tag(list.version)),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.guests(visitId) }),
    onError: refreshWhenStale(client, keys.guests(visitId)),
  });
}

export function useRemoveGuest(visitId: string, list: GuestList | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (guestId: string) =>
      call<void>(`${BASE}/visits/${visitId}/guests/${guestId}`, { method: 'DELETE', ifMatch: list && tag(list.version) }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.guests(visitId) }),
    onError: refreshWhenStale(client, keys.guests(visitId)),
  });
}

// ---- reception plan -----------------------------------------------------------------------------------------

/** The plan, or null before its first save (the service answers 404 then). */
export function usePlan(visitId: string) {
  return useQuery({
    queryKey: keys.plan(visitId),
    queryFn: async ({ signal }) => {
      try {
        return await get<Plan>(`${BASE}/visits/${visitId}/plan`, signal);
      } catch (error) {
        if (error instanceof Problem && error.status === 404) return null;
        throw error;
      }
    },
  });
}

export function useRevisions(visitId: string, enabled: boolean) {
  return useQuery({
    queryKey: keys.revisions(visitId),
    queryFn: ({ signal }) => get<RevisionSummary[]>(`${BASE}/visits/${visitId}/plan/versions`, signal),
    enabled,
  });
}

export function useRevision(visitId: string, number: number | undefined) {
  return useQuery({
    queryKey: keys.revision(visitId, number ?? 0),
    queryFn: ({ signal }) => get<Revision>(`${BASE}/visits/${visitId}/plan/versions/${number}`, signal),
    enabled: number !== undefined,
  });
}

function usePlanAnswer(visitId: string) {
  const client = useQueryClient();
  return {
    onSuccess: (plan: Plan) => {
      client.setQueryData(keys.plan(visitId), plan);
      void client.invalidateQueries({ queryKey: keys.revisions(visitId) });
    },
    // A stale save is not refreshed away: the draft stays for the officer to compare with the current plan.
    refreshWhenStale: refreshWhenStale(client, keys.plan(visitId)),
  };
}

/** Saves the plan as its next revision; the first save goes without If-Match (there is no version yet). */
export function useSavePlan(visitId: string, plan: Plan | null | undefined) {
  const answer = usePlanAnswer(visitId);
  return useMutation({
    mutationFn: (request: PlanRequest) => put<Plan>(`${BASE}/visits/${visitId}/plan`, request, plan ? tag(plan.version) : undefined),
    onSuccess: answer.onSuccess,
  });
}

export function useUpdateChecklist(visitId: string, plan: Plan | null | undefined) {
  const answer = usePlanAnswer(visitId);
  return useMutation({
    mutationFn: ({ task, owner, state }: { task: string; owner?: string; state: ChecklistState }) =>
      put<Plan>(`${BASE}/visits/${visitId}/plan/checklist/${task}`, { owner, state }, plan ? tag(plan.version) : undefined),
    onSuccess: answer.onSuccess,
    onError: answer.refreshWhenStale,
  });
}

// ---- hospitality --------------------------------------------------------------------------------------------

export function useHospitality(visitId: string) {
  return useQuery({
    queryKey: keys.hospitality(visitId),
    queryFn: ({ signal }) => get<Hospitality>(`${BASE}/visits/${visitId}/hospitality`, signal),
  });
}

export function useRecordHospitality(visitId: string, hospitality: Hospitality | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, body }: { kind: HospitalityKind; body: Record<string, unknown> }) =>
      post<Hospitality>(`${BASE}/visits/${visitId}/hospitality/${kind}`, body, hospitality && tag(hospitality.version)),
    onSuccess: (changed) => {
      client.setQueryData(keys.hospitality(visitId), changed);
      void client.invalidateQueries({ queryKey: [AREA, 'declarations'] });
    },
    onError: refreshWhenStale(client, keys.hospitality(visitId)),
  });
}

export function useRemoveHospitality(visitId: string, hospitality: Hospitality | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ kind, entryId }: { kind: HospitalityKind; entryId: string }) =>
      (
        await call<Hospitality>(`${BASE}/visits/${visitId}/hospitality/${kind}/${entryId}`, {
          method: 'DELETE',
          ifMatch: hospitality && tag(hospitality.version),
        })
      ).body,
    onSuccess: (changed) => {
      client.setQueryData(keys.hospitality(visitId), changed);
      void client.invalidateQueries({ queryKey: [AREA, 'declarations'] });
    },
    onError: refreshWhenStale(client, keys.hospitality(visitId)),
  });
}

// ---- visa letters -------------------------------------------------------------------------------------------

export function useLetters(visitId: string) {
  return useQuery({
    queryKey: keys.letters(visitId),
    queryFn: async ({ signal }) => (await get<{ letters: Letter[] }>(`${BASE}/visits/${visitId}/letters`, signal)).letters,
  });
}

export function useIssueLetters(visitId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: LetterRequest) =>
      post<{ numbers: string[]; letters: Letter[] }>(`${BASE}/visits/${visitId}/letters`, request),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.letters(visitId) }),
  });
}

/** Where the printable documents are: plain links, so the browser fetches them with the session cookie. */
export const documents = {
  letter: (visitId: string, number: string) => `${BASE}/visits/${visitId}/letters/${encodeURIComponent(number)}`,
  agendaHtml: (visitId: string) => `${BASE}/visits/${visitId}/agenda.html`,
  agendaIcs: (visitId: string) => `${BASE}/visits/${visitId}/agenda.ics`,
};

// ---- venues and interpreters --------------------------------------------------------------------------------

export function useVenues(page = 0, size = 100) {
  return useQuery({
    queryKey: keys.venues(page, size),
    queryFn: ({ signal }) => get<Page<Venue>>(`${BASE}/venues${query({ page, size })}`, signal),
  });
}

export function useInterpreters(page = 0, size = 100) {
  return useQuery({
    queryKey: keys.interpreters(page, size),
    queryFn: ({ signal }) => get<Page<Interpreter>>(`${BASE}/interpreters${query({ page, size })}`, signal),
  });
}

export type ResourceKind = 'venues' | 'interpreters';

/** Registers a venue or interpreter, or corrects one (PUT with the version the user saw). */
export function useSaveResource<R>(kind: ResourceKind) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ existing, request }: { existing?: { id: string; version: number }; request: R }) =>
      existing
        ? put<Venue | Interpreter>(`${BASE}/${kind}/${existing.id}`, request, tag(existing.version))
        : post<Venue | Interpreter>(`${BASE}/${kind}`, request),
    onSuccess: () => client.invalidateQueries({ queryKey: [AREA, kind] }),
  });
}

export interface Booking {
  visitId: string;
  itemId: string;
  start: string;
  end: string;
  zone: string;
  title: LocalText;
  kind: ItemKind;
  language?: string;
}

/** What the venue or interpreter is booked for on the office days from–to (inclusive). */
export function useBookings(kind: ResourceKind, id: string | undefined, from: string, to: string) {
  return useQuery({
    queryKey: [AREA, kind, id, 'bookings', from, to],
    queryFn: ({ signal }) => get<Booking[]>(`${BASE}/${kind}/${id}/bookings${query({ from, to })}`, signal),
    enabled: id !== undefined,
  });
}

export function useDeactivateResource(kind: ResourceKind) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => post(`${BASE}/${kind}/${id}/deactivate`, {}, tag(version)),
    onSuccess: () => client.invalidateQueries({ queryKey: [AREA, kind] }),
    onError: refreshWhenStale(client, [AREA, kind]),
  });
}

// ---- gift declarations --------------------------------------------------------------------------------------

export function useDeclarations(status: DeclarationStatus | undefined, overdue: boolean, page: number, size: number, enabled = true) {
  return useQuery({
    queryKey: keys.declarations(status, overdue, page, size),
    queryFn: ({ signal }) =>
      get<Page<Declaration>>(`${BASE}/gift-declarations${query({ status, overdue: overdue || undefined, page, size })}`, signal),
    enabled,
  });
}

export function useDeclare() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ declaration, body }: { declaration: Declaration; body: { handedInOn: string; handedInBy: string; handedTo: string } }) =>
      post<Declaration>(`${BASE}/gift-declarations/${declaration.declarationId}/declared`, body, tag(declaration.version)),
    onSuccess: (declared) => {
      void client.invalidateQueries({ queryKey: [AREA, 'declarations'] });
      void client.invalidateQueries({ queryKey: keys.hospitality(declared.visitId) });
    },
    onError: refreshWhenStale(client, [AREA, 'declarations']),
  });
}

// ---- partner cities (sister-city-service; staff read them) --------------------------------------------------

export function usePartnerCities(enabled: boolean) {
  return useQuery({
    queryKey: keys.partnerCities(),
    queryFn: ({ signal }) => get<Page<PartnerCity>>(`/api/sister-cities/partner-cities${query({ size: 100 })}`, signal),
    enabled,
    staleTime: 5 * 60_000,
  });
}
