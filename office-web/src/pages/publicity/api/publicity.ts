import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { get, post, put, query, type Page } from '../../../api/http';
import type {
  AlertLevelRequest,
  ChannelView,
  CreateItemRequest,
  ItemKind,
  ItemPublicationsView,
  ItemStatus,
  ItemView,
  PartnerCity,
  ProfileRequest,
  ProfileSummary,
  ProfileView,
  PublicationView,
  PublishedItem,
  PublishRequest,
  ReviewStep,
  RevisionDiff,
  RevisionView,
  VersionRequest,
} from './types';

/** Typed calls to publicity-service and the react-query hooks the pages read them through. */

const ITEMS = '/api/publicity/items';
const COUNTRIES = '/api/publicity/countries';

/** Every query of this area starts with this key, so one act refreshes whatever the page shows. */
export const AREA_KEY = 'publicity';

/** The ETag the service gives an object of this version: sent back as If-Match on every command. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

export interface ItemFilter {
  kind?: ItemKind;
  tag?: string;
  state?: ItemStatus;
  language?: string;
  partnerCityId?: string;
  q?: string;
  waitingFor?: ReviewStep;
  page?: number;
  size?: number;
}

export function itemsPath(filter: ItemFilter): string {
  return `${ITEMS}${query({ ...filter })}`;
}

export function useItems(filter: ItemFilter, enabled = true) {
  return useQuery({
    queryKey: [AREA_KEY, 'items', filter],
    queryFn: ({ signal }) => get<Page<ItemView>>(itemsPath(filter), signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/**
 * The newest open items (at most 100, the largest page the service gives): the API has no filter for "not yet
 * submitted", so drafts to write are picked from these.
 */
export const NEWEST_OPEN: ItemFilter = { state: 'DRAFT', size: 100 };

export function useItem(id: string | undefined) {
  return useQuery({
    queryKey: [AREA_KEY, 'item', id],
    queryFn: ({ signal }) => get<ItemView>(`${ITEMS}/${id}`, signal),
    enabled: id !== undefined,
  });
}

export function usePublications(id: string | undefined) {
  return useQuery({
    queryKey: [AREA_KEY, 'item', id, 'publications'],
    queryFn: ({ signal }) => get<ItemPublicationsView>(`${ITEMS}/${id}/publications`, signal),
    enabled: id !== undefined,
  });
}

export function fetchPublications(id: string, signal?: AbortSignal) {
  return get<ItemPublicationsView>(`${ITEMS}/${id}/publications`, signal);
}

export function useRevisions(id: string, language: string, enabled: boolean) {
  return useQuery({
    queryKey: [AREA_KEY, 'item', id, 'revisions', language],
    queryFn: ({ signal }) => get<RevisionView[]>(`${ITEMS}/${id}/versions/${language}/revisions`, signal),
    enabled,
  });
}

export function useDiff(id: string, language: string, from: number | undefined, to: number | undefined) {
  return useQuery({
    queryKey: [AREA_KEY, 'item', id, 'diff', language, from, to],
    queryFn: ({ signal }) => get<RevisionDiff>(`${ITEMS}/${id}/versions/${language}/diff${query({ from, to })}`, signal),
    enabled: from !== undefined && to !== undefined && from !== to,
  });
}

export function useChannels() {
  return useQuery({
    queryKey: [AREA_KEY, 'channels'],
    queryFn: ({ signal }) => get<ChannelView[]>('/api/publicity/channels', signal),
    staleTime: Infinity,
  });
}

/** The office's publicity languages: Chinese (the source) and every language a channel takes. */
export function useLanguages(): string[] {
  const channels = useChannels().data ?? [];
  const languages = ['zh'];
  for (const channel of channels) {
    for (const language of channel.languages) {
      if (!languages.includes(language)) languages.push(language);
    }
  }
  return languages;
}

/** The item as the public read API gives it in a language (only once it is published there). */
export function usePublicItem(id: string, language: string, enabled: boolean) {
  return useQuery({
    queryKey: [AREA_KEY, 'public', id, language],
    queryFn: ({ signal }) => get<PublishedItem>(`/public/items/${id}${query({ language })}`, signal),
    enabled,
  });
}

export function useCountries(page: number, size: number) {
  return useQuery({
    queryKey: [AREA_KEY, 'countries', page, size],
    queryFn: ({ signal }) => get<Page<ProfileSummary>>(`${COUNTRIES}${query({ page, size })}`, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCountry(code: string | undefined) {
  return useQuery({
    queryKey: [AREA_KEY, 'country', code],
    queryFn: ({ signal }) => get<ProfileView>(`${COUNTRIES}/${code}`, signal),
    enabled: code !== undefined,
  });
}

/** Partner cities (sister-city service), to name and choose the partner an item is about. */
export function usePartnerCities() {
  return useQuery({
    queryKey: [AREA_KEY, 'partner-cities'],
    queryFn: ({ signal }) => get<Page<PartnerCity>>(`/api/sister-cities/partner-cities${query({ size: 100 })}`, signal),
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/**
 * A command of this area: on success every publicity query is refreshed and the user told it is done; the
 * error stays on the mutation for the form to show next to its fields.
 */
export function useAct<V, R>(act: (variables: V) => Promise<R>, done?: (result: R) => void) {
  const queries = useQueryClient();
  const { message } = App.useApp();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: act,
    onSuccess: async (result) => {
      await queries.invalidateQueries({ queryKey: [AREA_KEY] });
      void message.success(t('done'));
      done?.(result);
    },
  });
}

export const itemCalls = {
  create: (body: CreateItemRequest) => post<ItemView>(ITEMS, body),
  writeVersion: (item: ItemView, language: string, body: VersionRequest) =>
    put<ItemView>(`${ITEMS}/${item.id}/versions/${language}`, body, etagOf(item.version)),
  submit: (item: ItemView, language: string) =>
    post<ItemView>(`${ITEMS}/${item.id}/versions/${language}/submit`, {}, etagOf(item.version)),
  approve: (item: ItemView, language: string, comment?: string) =>
    post<ItemView>(`${ITEMS}/${item.id}/versions/${language}/review/approve`, comment ? { comment } : {}, etagOf(item.version)),
  sendBack: (item: ItemView, language: string, comment: string) =>
    post<ItemView>(`${ITEMS}/${item.id}/versions/${language}/review/send-back`, { comment }, etagOf(item.version)),
  retract: (item: ItemView, reason: string) => post<ItemView>(`${ITEMS}/${item.id}/retract`, { reason }, etagOf(item.version)),
  publish: (itemId: string, body: PublishRequest) => post<PublicationView>(`${ITEMS}/${itemId}/publications`, body),
  withdraw: (publicationId: string) => post<PublicationView>(`/api/publicity/publications/${publicationId}/withdraw`, {}),
};

export const countryCalls = {
  open: (countryCode: string, profile: ProfileRequest) => post<ProfileView>(COUNTRIES, { countryCode, profile }),
  edit: (profile: ProfileView, body: ProfileRequest) =>
    put<ProfileView>(`${COUNTRIES}/${profile.countryCode}`, body, etagOf(profile.version)),
  submit: (profile: ProfileView) => post<ProfileView>(`${COUNTRIES}/${profile.countryCode}/submit`, {}, etagOf(profile.version)),
  approve: (profile: ProfileView, comment?: string) =>
    post<ProfileView>(`${COUNTRIES}/${profile.countryCode}/review/approve`, comment ? { comment } : {}, etagOf(profile.version)),
  sendBack: (profile: ProfileView, comment: string) =>
    post<ProfileView>(`${COUNTRIES}/${profile.countryCode}/review/send-back`, { comment }, etagOf(profile.version)),
  setAlertLevel: (profile: ProfileView, body: AlertLevelRequest) =>
    post<ProfileView>(`${COUNTRIES}/${profile.countryCode}/alert-level`, body, etagOf(profile.version)),
};
