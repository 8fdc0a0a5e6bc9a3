const STORAGE_KEY = 'ladder.apiKey';

export const getApiKey = (): string | null => localStorage.getItem(STORAGE_KEY);
export const setApiKey = (key: string) => localStorage.setItem(STORAGE_KEY, key.trim());
export const clearApiKey = () => localStorage.removeItem(STORAGE_KEY);

/**
 * The Authorization header when the console holds an API key. Without one the calls rely on the
 * session cookie (`ladder_session`, httpOnly: the page never sees it), which goes along with
 * `credentials: 'include'` and with the WebSocket upgrade.
 */
export const authHeaders = (): Record<string, string> => {
  const key = getApiKey();
  return key ? { authorization: `Bearer ${key}` } : {};
};

/**
 * The launcher prints a sign-in link carrying the key in the URL fragment (never sent to a
 * server). Store it and drop it from the address bar and history.
 */
export function takeKeyFromFragment(): boolean {
  const match = /(?:^#|&)key=([^&]+)/.exec(window.location.hash);
  if (!match) return false;
  setApiKey(decodeURIComponent(match[1]));
  history.replaceState(null, '', window.location.pathname + window.location.search);
  return true;
}

/** What asking for a magic link came to: sent (whatever the address: the API never says), or refused with a code. */
export type MagicLinkOutcome =
  | { ok: true }
  | { ok: false; code: 'RATE_LIMITED'; retryAfter: number }
  | { ok: false; code: 'BAD_USER_INPUT' | 'NETWORK_ERROR' | string; message: string };

interface AuthErrorBody {
  errors?: { message: string; extensions?: { code?: string; retryAfter?: number } }[];
}

/**
 * `POST /auth/magic-link`: the API emails a link that works once, for 15 minutes, in this browser only. `next`: the
 * console path to open once signed in (the API keeps only a relative path).
 */
export async function requestMagicLink(email: string, next?: string | null): Promise<MagicLinkOutcome> {
  let response: Response;
  try {
    response = await fetch('/auth/magic-link', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: email.trim(), ...(next ? { next } : {}) }),
    });
  } catch {
    return { ok: false, code: 'NETWORK_ERROR', message: 'The server cannot be reached. Check your connection and try again.' };
  }
  if (response.status === 202) return { ok: true };
  const body = (await response.json().catch(() => ({}))) as AuthErrorBody;
  const first = body.errors?.[0];
  const code = first?.extensions?.code ?? (response.status === 429 ? 'RATE_LIMITED' : 'UNKNOWN');
  if (code === 'RATE_LIMITED') {
    const retryAfter = first?.extensions?.retryAfter ?? Number(response.headers.get('retry-after') ?? 60);
    return { ok: false, code, retryAfter };
  }
  return { ok: false, code, message: first?.message ?? `The server answered ${response.status}` };
}

/** The sign-in page's words for a refused request, chosen by code. */
export function magicLinkError(outcome: Exclude<MagicLinkOutcome, { ok: true }>): string {
  if (outcome.code === 'RATE_LIMITED' && 'retryAfter' in outcome) {
    const minutes = Math.ceil(outcome.retryAfter / 60);
    return `Too many sign-in requests. Try again in ${minutes > 1 ? `${minutes} minutes` : 'a minute'}.`;
  }
  if (outcome.code === 'BAD_USER_INPUT') return 'Enter a valid email address, like name@company.com.';
  return 'message' in outcome ? outcome.message : 'Something went wrong. Please try again.';
}

/** Ends this browser's session (`POST /auth/sign-out`, JSON for its CSRF rule) and forgets a stored key. */
export async function endSession(): Promise<void> {
  clearApiKey();
  await fetch('/auth/sign-out', { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: '{}' });
}

/** A workspace whose single sign-on accepts an address (`GET /auth/sso?email=`). */
export interface SsoProvider {
  workspace: string;
  workspaceName: string;
  startPath: string;
}

/** The workspaces whose SSO accepts this address's domain; none when there are none or the API cannot say. */
export async function ssoProvidersFor(email: string): Promise<SsoProvider[]> {
  try {
    const response = await fetch(`/auth/sso?email=${encodeURIComponent(email.trim())}`, { credentials: 'include' });
    if (!response.ok) return [];
    return ((await response.json()) as { providers?: SsoProvider[] }).providers ?? [];
  } catch {
    return [];
  }
}

/** Where the SSO button goes: the API's start, with the page to open afterwards and the address as the provider's hint. */
export function ssoStartUrl(provider: SsoProvider, email: string, next?: string | null): string {
  const query = new URLSearchParams({ email: email.trim(), ...(next ? { next } : {}) });
  return `${provider.startPath}?${query.toString()}`;
}
