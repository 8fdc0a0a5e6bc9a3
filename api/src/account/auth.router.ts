import express, { type Request, type Response, type Router } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { BINDING_COOKIE, clearCookie, cookieValue, isSecret, newSecret, SESSION_COOKIE, setCookie } from './session-cookies.js';
import type { SessionService } from './session.service.js';
import {
  normalizeEmail,
  REFUSAL_MESSAGES,
  safeNextPath,
  SIGN_IN_TTL_MS,
  type SignInRefusal,
  type SignInService,
} from './sign-in.service.js';
import { mountSsoRoutes } from './sso.router.js';
import type { SsoService } from './sso.service.js';

/** Sign-in requests allowed per address and per client address, per 15 minutes (each API process counts its own). */
export interface SignInRateLimits {
  perAddress: number;
  perIp: number;
}

export const DEFAULT_SIGN_IN_RATE_LIMITS: SignInRateLimits = { perAddress: 5, perIp: 30 };

/** `{"email": "..."}` needs a few hundred bytes. */
export const AUTH_MAX_BODY = '2kb';

const WINDOW_SECONDS = 15 * 60;
const BINDING_PATH = '/auth/magic-link';

interface Options {
  signIn: SignInService;
  sessions: SessionService;
  limits: SignInRateLimits;
  /** The console, where a signed-in browser is sent. */
  publicUrl: string;
  secure: boolean;
  /** True when a request may rely on the session cookie for a change (server/authenticator's preflighted). */
  preflighted: (req: Request) => boolean;
  /** Single sign-on (`/auth/sso`, `/auth/sso/:workspace/start`, `/auth/sso/callback`); absent, those routes are not served. */
  sso?: SsoService;
}

const error = (res: Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}) =>
  res.status(status).json({ errors: [{ message, extensions: { code, ...extra } }] });

const STATUS: Record<SignInRefusal, number> = {
  SIGN_IN_LINK_INVALID: 400,
  SIGN_IN_LINK_USED: 410,
  SIGN_IN_LINK_EXPIRED: 410,
  SIGN_IN_LINK_OTHER_BROWSER: 403,
};

/** The callback's answer to a person: a page that says what happened and where to go. */
const refusalPage = (code: SignInRefusal, signInUrl: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Sign-in link refused</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem">
<h1>This link cannot sign you in</h1>
<p>${REFUSAL_MESSAGES[code]}</p>
<p><a href="${signInUrl}">Back to sign-in</a></p>
<p style="color: #666"><small>Code: ${code}</small></p>
</body></html>`;

/**
 * The magic-link routes (docs/decisions.md, "Team accounts"):
 * - `POST /auth/magic-link {"email"}`: 202 whatever the address (no account enumeration), and a
 *   short-lived httpOnly cookie binding the link to this browser; the email leaves after the
 *   answer, so its timing says nothing either. JSON only (415 otherwise), 2 kB, rate limited per
 *   client address before the body is read and per address after (429 RATE_LIMITED).
 * - `GET /auth/magic-link/callback?token=`: in the browser that asked, within 15 minutes, once:
 *   the session cookie and a 303 to the console (to the request's `next` when it was a relative path).
 *   Otherwise a page (or JSON, for `Accept: application/json`) with a stable code, and nothing created or consumed.
 * - `POST /auth/sign-out`: ends this browser's session (a JSON request, for CSRF), 204.
 * - Single sign-on under `/auth/sso` (sso.router), counted in the same limit per client address.
 */
export function createAuthRouter(o: Options): Router {
  const perIp = new RateLimiterMemory({ keyPrefix: 'sign-in-ip', points: o.limits.perIp, duration: WINDOW_SECONDS });
  const perAddress = new RateLimiterMemory({ keyPrefix: 'sign-in-address', points: o.limits.perAddress, duration: WINDOW_SECONDS });
  const charge = async (limiter: RateLimiterMemory, subject: string, res: Response): Promise<boolean> => {
    try {
      await limiter.consume(subject);
      return true;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      res.set('Retry-After', String(retryAfter));
      error(res, 429, 'RATE_LIMITED', `Too many sign-in requests; retry in ${retryAfter} s`, { retryAfter });
      return false;
    }
  };
  const ipOf = (req: Request) => req.ip ?? req.socket.remoteAddress ?? 'unknown';
  const signInUrl = `${o.publicUrl}/sign-in`;
  const router = express.Router();

  router.post('/magic-link', async (req, res, next) => {
    try {
      if (!(await charge(perIp, ipOf(req), res))) return;
      if (!req.is('application/json')) return void error(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send JSON: {"email": "..."}');
      next();
    } catch (e) {
      next(e);
    }
  });
  router.post('/magic-link', express.json({ limit: AUTH_MAX_BODY }), async (req, res, next) => {
    try {
      const body = req.body as { email?: unknown; next?: unknown } | undefined;
      const email = normalizeEmail(body?.email);
      if (!email) return void error(res, 400, 'BAD_USER_INPUT', 'Give an email address: {"email": "..."}', { field: 'email' });
      if (!(await charge(perAddress, email, res))) return;
      const existing = cookieValue(req.headers.cookie, BINDING_COOKIE);
      const binding = isSecret(existing) ? existing : newSecret();
      setCookie(res, BINDING_COOKIE, binding, SIGN_IN_TTL_MS, BINDING_PATH, o);
      res.status(202).json({ accepted: true });
      // After the answer: the time a mail takes must not tell members from strangers.
      // Where the console goes after the link: a relative path only (anything else is dropped, the console's home instead).
      o.signIn.request(email, binding, safeNextPath(body?.next)).catch((e: unknown) => {
        console.error('sign-in: the link could not be sent: %s', e instanceof Error ? e.message.replace(/\S+@\S+/g, '<address>') : e);
      });
    } catch (e) {
      next(e);
    }
  });

  router.get('/magic-link/callback', async (req, res, next) => {
    try {
      if (!(await charge(perIp, ipOf(req), res))) return;
      const result = await o.signIn.consume(req.query.token, cookieValue(req.headers.cookie, BINDING_COOKIE));
      if (!result.ok) {
        res.status(STATUS[result.code]).set('Cache-Control', 'no-store');
        if (req.accepts(['html', 'json']) === 'json')
          return void error(res, STATUS[result.code], result.code, REFUSAL_MESSAGES[result.code]);
        return void res.type('html').send(refusalPage(result.code, signInUrl));
      }
      setCookie(res, SESSION_COOKIE, result.sessionSecret, o.sessions.limits.absoluteMs, '/', o);
      clearCookie(res, BINDING_COOKIE, BINDING_PATH, o);
      res.set('Cache-Control', 'no-store').redirect(303, `${o.publicUrl}${result.next ?? '/'}`);
    } catch (e) {
      next(e);
    }
  });

  if (o.sso)
    mountSsoRoutes(router, {
      sso: o.sso,
      sessions: o.sessions,
      publicUrl: o.publicUrl,
      secure: o.secure,
      charge: (req, res) => charge(perIp, ipOf(req), res),
    });

  router.post('/sign-out', async (req, res, next) => {
    try {
      if (!o.preflighted(req)) return void error(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the request as JSON');
      const secret = cookieValue(req.headers.cookie, SESSION_COOKIE);
      if (secret) await o.sessions.revokeSecret(secret);
      clearCookie(res, SESSION_COOKIE, '/', o);
      res.status(204).end();
    } catch (e) {
      next(e);
    }
  });
  router.use((e: { type?: string }, _req: Request, res: Response, next: express.NextFunction) => {
    if (e?.type === 'entity.too.large')
      return void error(res, 413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${AUTH_MAX_BODY}`);
    if (e?.type === 'entity.parse.failed') return void error(res, 400, 'BAD_USER_INPUT', 'The body is not valid JSON');
    next(e);
  });
  return router;
}
