/**
 * The one way the console talks to the suite: same-origin calls through the gateway with the session cookie,
 * the CSRF token echoed on every change, an Idempotency-Key on every POST (a retry never acts twice), and every
 * error turned into a {@link Problem} (RFC 9457) the pages can show next to the fields it names.
 */

export interface LocalText {
  zh?: string;
  en?: string;
}

/** One business rule broken (422 rule-violation): the rule, the field it concerns, its parameters. */
export interface Violation {
  code: string;
  field?: string;
  parameters?: Record<string, unknown>;
  message?: LocalText | string;
}

/** One invalid field (400 validation). */
export interface FieldError {
  field: string;
  message: string;
}

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

export class Problem extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail?: string;
  readonly errors: FieldError[];
  readonly violations: Violation[];
  readonly body: Record<string, unknown>;

  constructor(status: number, body: Record<string, unknown>) {
    const title = typeof body.title === 'string' ? body.title : `HTTP ${status}`;
    const detail = typeof body.detail === 'string' ? body.detail : undefined;
    super(detail ?? title);
    this.status = status;
    this.type = typeof body.type === 'string' ? body.type : 'about:blank';
    this.title = title;
    this.detail = detail;
    this.errors = Array.isArray(body.errors) ? (body.errors as FieldError[]) : [];
    this.violations = Array.isArray(body.violations) ? (body.violations as Violation[]) : [];
    this.body = body;
  }

  /** The short name of the problem type: `urn:waishi:problem:wrong-state` → `wrong-state`. */
  get kind(): string {
    return this.type.replace('urn:waishi:problem:', '');
  }
}

export const SIGN_IN_PATH = '/oauth2/authorization/waishi-console';

function cookie(name: string): string | undefined {
  return document.cookie
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name}=`))
    ?.slice(name.length + 1);
}

/** The CSRF token the gateway sets for a signed-in session (readable by design, echoed in a header). */
export function csrfToken(): string | undefined {
  const value = cookie('XSRF-TOKEN');
  return value === undefined ? undefined : decodeURIComponent(value);
}

export interface CallOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** The version the user saw (ETag); a stale one gets 412 instead of overwriting someone else's change. */
  ifMatch?: string;
  signal?: AbortSignal;
}

export interface Answer<T> {
  status: number;
  body: T;
  etag?: string;
  location?: string;
}

/** Called when the session is gone (401): the default sends the browser to sign in again, then back here. */
let onSignedOut: () => void = () => {
  window.location.assign(SIGN_IN_PATH);
};

export function whenSignedOut(handler: () => void): void {
  onSignedOut = handler;
}

let leaving = false;

/**
 * The user is signing out: the gateway ends the session first, so the page's calls still in flight come back
 * 401, and sending the browser to sign in then would cut short the sign-out at the provider (the provider's
 * session would live on and sign the user straight back in).
 */
export function signingOut(leavingNow = true): void {
  leaving = leavingNow;
}

export async function call<T>(path: string, options: CallOptions = {}): Promise<Answer<T>> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (method !== 'GET') {
    const token = csrfToken();
    if (token) {
      headers['X-XSRF-TOKEN'] = token;
    }
  }
  if (method === 'POST') {
    headers['Idempotency-Key'] = crypto.randomUUID();
  }
  if (options.ifMatch) {
    headers['If-Match'] = options.ifMatch;
  }
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  });
  const text = await response.text();
  const body = text.length > 0 && isJson(response) ? JSON.parse(text) : text;
  if (!response.ok) {
    if (response.status === 401 && !leaving) {
      onSignedOut();
    }
    throw new Problem(response.status, typeof body === 'object' && body !== null ? body : { title: String(body) });
  }
  return {
    status: response.status,
    body: body as T,
    etag: response.headers.get('ETag') ?? undefined,
    location: response.headers.get('Location') ?? undefined,
  };
}

function isJson(response: Response): boolean {
  return (response.headers.get('Content-Type') ?? '').includes('json');
}

export async function get<T>(path: string, signal?: AbortSignal): Promise<T> {
  return (await call<T>(path, { signal })).body;
}

export async function post<T>(path: string, body?: unknown, ifMatch?: string): Promise<T> {
  return (await call<T>(path, { method: 'POST', body: body ?? {}, ifMatch })).body;
}

export async function put<T>(path: string, body: unknown, ifMatch?: string): Promise<T> {
  return (await call<T>(path, { method: 'PUT', body, ifMatch })).body;
}

/** Query string from the set values only: `query({status: ['A', 'B'], q: undefined})` → `?status=A&status=B`. */
export function query(params: Record<string, string | number | boolean | string[] | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    for (const one of Array.isArray(value) ? value : [value]) {
      search.append(key, String(one));
    }
  }
  const text = search.toString();
  return text.length > 0 ? `?${text}` : '';
}
