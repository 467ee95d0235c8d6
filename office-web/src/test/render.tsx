import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { StyleProvider } from '@ant-design/cssinjs';
import { App as AntApp, ConfigProvider } from 'antd';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { vi } from 'vitest';
import i18n from '../i18n';
import type { Me } from '../me';

/** A fetch that answers each call from `answers` by method and path, and records every request. */
export function fakeServer(answers: Record<string, unknown | ((body: unknown, url: URL) => { status: number; body: unknown })>) {
  const calls: { method: string; url: URL; headers: Headers; body: unknown }[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://console.test');
    const method = init?.method ?? 'GET';
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    calls.push({ method, url, headers: new Headers(init?.headers), body });
    const key = Object.keys(answers).find((pattern) => matches(pattern, method, url));
    if (key === undefined) {
      return json(404, { type: 'urn:waishi:problem:not-found', title: 'Not Found', status: 404 });
    }
    const answer = answers[key];
    if (typeof answer === 'function') {
      const { status, body: reply } = answer(body, url);
      return json(status, reply);
    }
    return json(200, answer);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls };
}

/** `GET /api/travel/delegations` matches that path with any query; `POST /x/*` matches one segment. */
function matches(pattern: string, method: string, url: URL): boolean {
  const [patternMethod, patternPath] = pattern.split(' ');
  if (patternMethod !== method) return false;
  const [path, search] = patternPath.split('?');
  const regex = new RegExp(`^${path.replace(/\*/g, '[^/]+')}$`);
  if (!regex.test(url.pathname)) return false;
  return search === undefined || new URLSearchParams(search).toString() === url.searchParams.toString();
}

function json(status: number, body: unknown): Response {
  const problem = status >= 400;
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': problem ? 'application/problem+json' : 'application/json', ETag: '"1"' },
  });
}

export const ME: Record<string, Me> = {
  clerk: { subject: 'clerk', name: 'clerk', roles: ['UNIT_CLERK'], unit: 'U-EDU', session: true },
  director: { subject: 'director', name: 'director', roles: ['FAO_DIRECTOR'], session: true },
};

/**
 * antd's CSS-in-JS styles go here, outside the document: jsdom would otherwise match every one of its thousands of
 * rules against every element each time a query asks whether an element is visible, which made a page's test take
 * a minute. What the tests check — roles, names, texts, requests — does not depend on those styles.
 */
const DETACHED_STYLES = document.createElement('div');

/** Renders a page as the console does (router, queries, antd, texts) for a given user at a given address. */
export function renderPage(element: ReactElement, options: { me?: Me; path?: string; route?: string; routes?: RouteObject[]; language?: 'zh' | 'en' } = {}) {
  void i18n.changeLanguage(options.language ?? 'en');
  const queries = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  if (options.me) queries.setQueryData(['me'], options.me);
  const routes = options.routes ?? [{ path: options.route ?? '/', element }, { path: '*', element: <div>elsewhere</div> }];
  const router = createMemoryRouter(routes, { initialEntries: [options.path ?? '/'] });
  const view = render(
    <StyleProvider container={DETACHED_STYLES}>
      <ConfigProvider>
        <AntApp>
          <QueryClientProvider client={queries}>
            <RouterProvider router={router} />
          </QueryClientProvider>
        </AntApp>
      </ConfigProvider>
    </StyleProvider>,
  );
  return { ...view, router, queries };
}
