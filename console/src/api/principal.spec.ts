import { afterEach, describe, expect, it, vi } from 'vitest';
import { keyPrincipal, userPrincipal } from '../components/account/account.fixture';
import { forgetPrincipal, loadPrincipal, setPrincipalForTest, useCan } from './principal';

afterEach(() => {
  vi.unstubAllGlobals();
  setPrincipalForTest(null);
  localStorage.clear();
});

const unauthenticated = () => Response.json({ data: null, errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] });

describe('useCan', () => {
  it.each([
    ['ADMIN', true, true],
    ['ANALYST', true, false],
    ['VIEWER', false, false],
    ['INGEST', false, false],
  ] as const)('%s: write %s, admin %s', (role, write, admin) => {
    setPrincipalForTest(userPrincipal({ role }));
    const can = useCan();
    expect([can.write.value, can.admin.value]).toEqual([write, admin]);
    setPrincipalForTest(keyPrincipal(role));
    expect([can.write.value, can.admin.value]).toEqual([write, admin]);
  });
});

describe('loadPrincipal', () => {
  it('asks me once with the cookie (no Authorization without a key), and again after forgetPrincipal', async () => {
    const fetch = vi.fn(async () => Response.json({ data: { me: userPrincipal({ role: 'VIEWER' }) } }));
    vi.stubGlobal('fetch', fetch);
    expect((await loadPrincipal())?.role).toBe('VIEWER');
    await loadPrincipal();
    expect(fetch).toHaveBeenCalledTimes(1);
    const init = (fetch.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect(init.credentials).toBe('include');
    expect(init.headers).not.toHaveProperty('authorization');
    forgetPrincipal();
    await loadPrincipal();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('drops a stored key the API refuses and tries the session cookie; neither: null (signed out)', async () => {
    localStorage.setItem('ladder.apiKey', 'ldr_revoked');
    const auths: (string | undefined)[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit) => {
        auths.push((init.headers as Record<string, string>).authorization);
        return unauthenticated();
      }),
    );
    expect(await loadPrincipal()).toBeNull();
    expect(auths).toEqual(['Bearer ldr_revoked', undefined]);
    expect(localStorage.getItem('ladder.apiKey')).toBeNull();
  });
});
