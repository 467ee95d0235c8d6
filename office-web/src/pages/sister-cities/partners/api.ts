import { useQuery } from '@tanstack/react-query';
import { get, query, type LocalText, type Page } from '../../../api/http';
import { local, type Language } from '../../../text';
import { BASE, NS, getAll } from '../shared/api';
import type { AdministrativeLevel } from '../shared/model';
import type { Activity } from '../activities/api';

export interface PartnerCityNames {
  zh: string;
  en: string;
  local?: string;
}

export interface Contact {
  name: string;
  role?: string;
  organisation?: string;
  email?: string;
  phone?: string;
  languages?: string[];
}

/** `PartnerCityView`: contacts come only to the roles that deal with partners (an empty list for others). */
export interface PartnerCity {
  id: string;
  names: PartnerCityNames;
  country: string;
  region?: string;
  administrativeLevel: AdministrativeLevel;
  diplomaticRelations: boolean;
  otherChineseSisterCity: boolean;
  profile?: LocalText;
  website?: string;
  contacts?: Contact[];
  registeredBy?: string;
  registeredAt?: string;
  revisedBy?: string;
  revisedAt?: string;
  version: number;
}

/** `RegisterPartnerCity`. */
export interface RegisterPartnerCity {
  names: PartnerCityNames;
  country: string;
  region?: string;
  administrativeLevel: AdministrativeLevel;
  diplomaticRelations: boolean;
  otherChineseSisterCity?: boolean;
}

/** `RevisePartnerCity`: the whole file but its country. */
export interface RevisePartnerCity {
  names: PartnerCityNames;
  region?: string;
  administrativeLevel: AdministrativeLevel;
  diplomaticRelations: boolean;
  otherChineseSisterCity: boolean;
  profile?: LocalText;
  website?: string;
  contacts: Contact[];
}

export const PARTNERS = `${BASE}/partner-cities`;

/** The partner's name in the interface language. */
export function partnerName(names: PartnerCityNames | undefined, language: Language): string {
  return local(names, language);
}

/**
 * The name in the interface language with the partner's own spelling beside it (约巴林达市 · Yorba Linda,
 * Bonghwa · 봉화군), so the office finds a partner under either name.
 */
export function fullName(names: PartnerCityNames, language: Language): string {
  const shown = partnerName(names, language);
  const other = names.local ?? (language === 'zh' ? names.en : undefined);
  return other && other !== shown ? `${shown} · ${other}` : shown;
}

export function usePartnerPage(country: string | undefined, page: number, size: number) {
  return useQuery({
    queryKey: [NS, 'partners', 'page', { country, page, size }],
    queryFn: ({ signal }) => get<Page<PartnerCity>>(`${PARTNERS}${query({ country, page, size })}`, signal),
    placeholderData: (previous) => previous,
  });
}

/** All partners: for the overview by country and to name partners wherever only their id is at hand. */
export function useAllPartners() {
  return useQuery({
    queryKey: [NS, 'partners', 'all'],
    queryFn: ({ signal }) => getAll<PartnerCity>(PARTNERS, {}, signal),
    staleTime: 60_000,
  });
}

/** Partner id → partner, from {@link useAllPartners}. */
export function usePartnerDirectory(): Map<string, PartnerCity> {
  const { data } = useAllPartners();
  return new Map((data ?? []).map((partner) => [partner.id, partner]));
}

export function usePartner(id: string) {
  return useQuery({
    queryKey: [NS, 'partners', 'one', id],
    queryFn: ({ signal }) => get<PartnerCity>(`${PARTNERS}/${encodeURIComponent(id)}`, signal),
  });
}

/** The partner's exchanges, latest first (`GET …/partner-cities/{id}/activities`). */
export function usePartnerActivities(id: string, page: number, size: number) {
  return useQuery({
    queryKey: [NS, 'activities', 'partner', id, { page, size }],
    queryFn: ({ signal }) =>
      get<Page<Activity>>(`${PARTNERS}/${encodeURIComponent(id)}/activities${query({ page, size })}`, signal),
    placeholderData: (previous) => previous,
  });
}
