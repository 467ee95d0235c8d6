import { describe, expect, it } from 'vitest';
import { call, Problem, query, signingOut, whenSignedOut } from './http';
import { fakeServer } from '../test/render';

describe('calls to the suite', () => {
  it('echo the CSRF cookie and send a fresh Idempotency-Key on every POST', async () => {
    document.cookie = 'XSRF-TOKEN=abc%2Fdef; path=/';
    const server = fakeServer({ 'POST /api/travel/delegations': () => ({ status: 201, body: { id: 'D1' } }) });
    await call('/api/travel/delegations', { method: 'POST', body: { title: 'x' } });
    await call('/api/travel/delegations', { method: 'POST', body: { title: 'x' } });
    const [first, second] = server.calls;
    expect(first.headers.get('X-XSRF-TOKEN')).toBe('abc/def');
    expect(first.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.headers.get('Idempotency-Key')).not.toBe(first.headers.get('Idempotency-Key'));
  });

  it('send no CSRF header and no key on a read', async () => {
    document.cookie = 'XSRF-TOKEN=abc; path=/';
    const server = fakeServer({ 'GET /api/me': { subject: 'clerk' } });
    await call('/api/me');
    expect(server.calls[0].headers.get('X-XSRF-TOKEN')).toBeNull();
    expect(server.calls[0].headers.get('Idempotency-Key')).toBeNull();
  });

  it('turn a rule violation into a problem with every rule broken', async () => {
    fakeServer({
      'POST /api/travel/delegations/D1/submit': () => ({
        status: 422,
        body: {
          type: 'urn:waishi:problem:rule-violation',
          title: 'Rules broken',
          status: 422,
          violations: [{ code: 'MAX_COUNTRIES', field: 'destinationCountries', message: { zh: '最多两国', en: 'At most 2' } }],
        },
      }),
    });
    const error = await call('/api/travel/delegations/D1/submit', { method: 'POST', body: {} }).catch((e) => e);
    expect(error).toBeInstanceOf(Problem);
    expect(error.kind).toBe('rule-violation');
    expect(error.violations[0].field).toBe('destinationCountries');
  });

  it('hand a lost session to the sign-in handler', async () => {
    let signedOut = false;
    whenSignedOut(() => {
      signedOut = true;
    });
    fakeServer({ 'GET /api/me': () => ({ status: 401, body: { type: 'urn:waishi:problem:unauthorized', status: 401 } }) });
    await expect(call('/api/me')).rejects.toBeInstanceOf(Problem);
    expect(signedOut).toBe(true);
  });

  it('leave a sign-out under way alone when calls come back 401', async () => {
    let signInAgain = 0;
    whenSignedOut(() => {
      signInAgain++;
    });
    fakeServer({ 'GET /api/me': () => ({ status: 401, body: { type: 'urn:waishi:problem:unauthorized', status: 401 } }) });
    signingOut();
    try {
      await expect(call('/api/me')).rejects.toBeInstanceOf(Problem);
      expect(signInAgain).toBe(0);
    } finally {
      signingOut(false);
    }
    await expect(call('/api/me')).rejects.toBeInstanceOf(Problem);
    expect(signInAgain).toBe(1);
  });

  it('build a query of the values that are set', () => {
    expect(query({ status: ['DRAFT', 'SUBMITTED'], unit: undefined, page: 0, q: '' })).toBe('?status=DRAFT&status=SUBMITTED&page=0');
    expect(query({})).toBe('');
  });
});
