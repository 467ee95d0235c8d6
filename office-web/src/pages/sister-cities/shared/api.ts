import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { call, get, query, type Page } from '../../../api/http';

/** The area's i18next namespace and the first part of every query key, so one act refreshes the whole area. */
export const NS = 'sisterCities';
export const BASE = '/api/sister-cities';

export type Params = Record<string, string | number | boolean | string[] | undefined | null>;

/** The ETag the service sends for an object of this version (`"3"`): the views carry `version`, so lists need no extra read. */
export function versionTag(version: number): string {
  return `"${version}"`;
}

/** Pages the API allows at most (size ≤ 100); a whole list beyond this is not something the console draws. */
const MAX_PAGES = 20;

/**
 * Every item of a paged list (partners, relationships: the office has dozens, not thousands), for overviews
 * that count or look up across all of them.
 */
export async function getAll<T>(path: string, params: Params = {}, signal?: AbortSignal): Promise<T[]> {
  const items: T[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await get<Page<T>>(`${path}${query({ ...params, page, size: 100 })}`, signal);
    items.push(...answer.items);
    if (answer.items.length === 0 || items.length >= answer.total) break;
  }
  return items;
}

/** One command to the service: where, what, and the version the user saw (sent as If-Match). */
export interface Act {
  path: string;
  method?: 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  version?: number;
}

/**
 * Runs a command, then refreshes everything the area shows (an act on one object moves counts, care lists and
 * timelines elsewhere) and says it is done. Errors are left to the caller, which shows them by field.
 */
export function useAct() {
  const client = useQueryClient();
  const { message } = App.useApp();
  const { t } = useTranslation(NS);
  return useMutation({
    mutationFn: (act: Act) => {
      const method = act.method ?? 'POST';
      return call<unknown>(act.path, {
        method,
        body: method === 'DELETE' ? undefined : (act.body ?? {}),
        ifMatch: act.version === undefined ? undefined : versionTag(act.version),
      });
    },
    onSuccess: async () => {
      void message.success(t('actDone'));
      await client.invalidateQueries({ queryKey: [NS] });
    },
  });
}
