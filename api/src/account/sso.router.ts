import type { NextFunction, Request, Response, Router } from 'express';
import { clearCookie, cookieValue, SESSION_COOKIE, setCookie } from './session-cookies.js';
import type { SessionService } from './session.service.js';
import { normalizeEmail, safeNextPath } from './sign-in.service.js';
import { SSO_REFUSAL_MESSAGES, SSO_REFUSAL_STATUS, SSO_SIGN_IN_TTL_MS, type SsoRefusal, type SsoService } from './sso.service.js';

/** The browser that started an SSO sign-in: only that browser may finish it (sso_sign_in.binding_hash). */
export const SSO_BINDING_COOKIE = 'ladder_sso';
const SSO_PATH = '/auth/sso';

interface Deps {
  sso: SsoService;
  sessions: SessionService;
  publicUrl: string;
  secure: boolean;
  /** The sign-in limiter per client address (auth.router): false once it has answered 429. */
  charge: (req: Request, res: Response) => Promise<boolean>;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The callback's answer to a person: what happened, and the way back to the sign-in page. */
const refusalPage = (code: SsoRefusal, signInUrl: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Single sign-on refused</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem">
<h1>Single sign-on did not sign you in</h1>
<p>${escapeHtml(SSO_REFUSAL_MESSAGES[code])}</p>
<p><a href="${escapeHtml(signInUrl)}">Back to sign-in</a></p>
<p style="color: #666"><small>Code: ${code}</small></p>
</body></html>`;

/**
 * The single sign-on routes, under `/auth` beside the magic link's (docs/decisions.md, "Team accounts, third part: SSO"):
 * - `GET /auth/sso?email=`: `{"providers": [{workspace, workspaceName, startPath}]}`, the workspaces whose enabled SSO
 *   accepts the address's domain (the same answer for members and strangers).
 * - `GET /auth/sso/:workspace/start?next=&email=`: 302 to the provider, with state, nonce and PKCE kept in `sso_sign_in`
 *   and bound to this browser by an httpOnly cookie (path /auth/sso, 10 minutes); `email` becomes the provider's login_hint.
 * - `GET /auth/sso/callback`: the session cookie and a 303 to the console (`next` when it is a relative path).
 * Refusals: a page with the message and code, or for `Accept: application/json` the GraphQL-shaped JSON error. All three
 * count in the sign-in limit per client address and take no body (413 for one).
 */
export function mountSsoRoutes(router: Router, d: Deps): void {
  const signInUrl = `${d.publicUrl}/sign-in`;
  const refuse = (req: Request, res: Response, code: SsoRefusal) => {
    res.status(SSO_REFUSAL_STATUS[code]).set('Cache-Control', 'no-store');
    if (req.accepts(['html', 'json']) === 'json') {
      return void res.json({ errors: [{ message: SSO_REFUSAL_MESSAGES[code], extensions: { code } }] });
    }
    res.type('html').send(refusalPage(code, signInUrl));
  };
  // GET routes: a body is never expected, so any is refused before anything is read (the body limit of these routes).
  const guard = async (req: Request, res: Response, next: NextFunction) => {
    try {
      if (!(await d.charge(req, res))) return;
      if (Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding']) {
        return void res
          .status(413)
          .json({ errors: [{ message: 'These requests take no body', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
      }
      next();
    } catch (e) {
      next(e);
    }
  };
  const one = (v: unknown) => (typeof v === 'string' ? v : null);

  router.get('/sso', guard, async (req, res, next) => {
    try {
      res.set('Cache-Control', 'no-store').json({ providers: await d.sso.optionsFor(one(req.query.email)) });
    } catch (e) {
      next(e);
    }
  });

  router.get('/sso/callback', guard, async (req, res, next) => {
    try {
      const query = new URLSearchParams(req.url.slice(req.url.indexOf('?') + 1 || req.url.length));
      const result = await d.sso.finish(query, cookieValue(req.headers.cookie, SSO_BINDING_COOKIE));
      // Kept on a refusal: another sign-in started in this browser may still be on its way back.
      if (!result.ok) return refuse(req, res, result.code);
      clearCookie(res, SSO_BINDING_COOKIE, SSO_PATH, d);
      setCookie(res, SESSION_COOKIE, result.sessionSecret, d.sessions.limits.absoluteMs, '/', d);
      res.set('Cache-Control', 'no-store').redirect(303, `${d.publicUrl}${result.next ?? '/'}`);
    } catch (e) {
      next(e);
    }
  });

  router.get('/sso/:workspace/start', guard, async (req, res, next) => {
    try {
      const workspace = String(req.params.workspace);
      const result = await d.sso.start(
        workspace,
        cookieValue(req.headers.cookie, SSO_BINDING_COOKIE),
        safeNextPath(one(req.query.next)),
        normalizeEmail(one(req.query.email)),
      );
      if (!result.ok) return refuse(req, res, result.code);
      setCookie(res, SSO_BINDING_COOKIE, result.bindingSecret, SSO_SIGN_IN_TTL_MS, SSO_PATH, d);
      res.set('Cache-Control', 'no-store').redirect(302, result.url);
    } catch (e) {
      next(e);
    }
  });
}
