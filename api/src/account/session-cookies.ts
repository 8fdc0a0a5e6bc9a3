import { createHash, randomBytes } from 'node:crypto';
import type { Response } from 'express';

/** The console session: an opaque id, stored hashed (user_session.token_hash). */
export const SESSION_COOKIE = 'ladder_session';
/** The browser that asked for a magic link: only that browser may use it (sign_in_token.binding_hash). */
export const BINDING_COOKIE = 'ladder_sign_in';

/** 32 random bytes: nothing to brute-force, so a fast hash is enough (as for API keys). */
export const newSecret = () => randomBytes(32).toString('base64url');
export const hashToken = (secret: string) => createHash('sha256').update(secret, 'utf8').digest('hex');

/** A well-formed secret of ours: anything else is not looked up. */
export const isSecret = (value: unknown): value is string => typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);

/** One cookie's value from a Cookie header; undefined when absent or repeated (a cookie set by another path or host). */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  const values = header
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part.startsWith(`${name}=`))
    .map((part) => part.slice(name.length + 1));
  return values.length === 1 ? values[0] : undefined;
}

/** Cookies are Secure except on a localhost API (browsers treat http://localhost as secure, but tests and curl do not need it). */
export const secureCookies = (apiUrl: string) => !['localhost', '127.0.0.1', '[::1]'].includes(new URL(apiUrl).hostname);

export interface CookieOptions {
  secure: boolean;
}

export function setCookie(res: Response, name: string, value: string, maxAgeMs: number, path: string, o: CookieOptions): void {
  res.cookie(name, value, { httpOnly: true, secure: o.secure, sameSite: 'lax', path, maxAge: maxAgeMs });
}

export function clearCookie(res: Response, name: string, path: string, o: CookieOptions): void {
  res.clearCookie(name, { httpOnly: true, secure: o.secure, sameSite: 'lax', path });
}
