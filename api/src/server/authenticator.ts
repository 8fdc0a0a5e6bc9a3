import type { IncomingHttpHeaders } from 'node:http';
import type { ApiKeyService } from '../api-key/api-key.service.js';
import type { Principal } from '../common/context.js';
import { principalFrom } from './context.js';
import { cookieValue, SESSION_COOKIE } from '../account/session-cookies.js';
import type { SessionService } from '../account/session.service.js';

/** How a request proved who it is: an Authorization header (API key), the session cookie, or nothing. */
export type CredentialSource = 'header' | 'cookie' | 'none';

export interface Authenticated {
  principal: Principal;
  via: CredentialSource;
}

/**
 * One answer to "who is calling" for every transport (HTTP, WebSocket upgrade, SSE, exports): an
 * Authorization header wins (a bad key is refused outright); without one, the console's session
 * cookie; an unknown, expired or revoked session is an anonymous caller (the fields it asks for
 * then answer UNAUTHENTICATED, and respondent pages keep working). Answers are kept per request
 * (its headers object), so the rate limiter, the body parser and the context look a session up once.
 */
export class Authenticator {
  private readonly seen = new WeakMap<IncomingHttpHeaders, Promise<Authenticated>>();

  constructor(
    readonly apiKeys: ApiKeyService,
    readonly sessions: SessionService,
  ) {}

  authenticate(headers: IncomingHttpHeaders): Promise<Authenticated> {
    let answer = this.seen.get(headers);
    if (!answer) {
      answer = this.resolve(headers);
      this.seen.set(headers, answer);
    }
    return answer;
  }

  async principalOf(headers: IncomingHttpHeaders): Promise<Principal> {
    return (await this.authenticate(headers)).principal;
  }

  private async resolve(headers: IncomingHttpHeaders): Promise<Authenticated> {
    if (headers.authorization) return { principal: await principalFrom(headers.authorization, this.apiKeys), via: 'header' };
    const secret = cookieValue(headers.cookie, SESSION_COOKIE);
    const principal = secret ? await this.sessions.authenticate(secret) : null;
    return principal ? { principal, via: 'cookie' } : { principal: { kind: 'anonymous' }, via: 'none' };
  }
}

/**
 * The CSRF rule of Apollo's csrfPrevention, for the routes outside Apollo that a cookie
 * authenticates (SSE, sign-out): a request a page of another site could send without a CORS
 * preflight (a form post, an image) carries a simple content type or none, and no custom header.
 * Such a request is refused when it relies on the cookie; a JSON body or the
 * `apollo-require-preflight` / `x-apollo-operation-name` header shows a preflight already passed
 * the Origin allow-list.
 */
export function preflighted(headers: IncomingHttpHeaders): boolean {
  if (headers['apollo-require-preflight'] || headers['x-apollo-operation-name']) return true;
  const type = headers['content-type']?.split(';')[0].trim().toLowerCase();
  return !!type && !['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data'].includes(type);
}
