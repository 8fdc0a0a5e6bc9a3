import type { Caller, RequestContext } from '../common/context.js';
import { ApiKeyRole } from '../common/enums.js';
import { LadderError } from '../common/errors.js';

/** Webhooks are managed and read by admin keys only: an endpoint sends the workspace's events wherever its URL points. */
export function requireWebhookAdmin(ctx: RequestContext): Caller {
  const p = ctx.principal;
  if (p.kind === 'anonymous') throw new LadderError('UNAUTHENTICATED', 'An API key is required: send "Authorization: Bearer <key>".');
  if (p.role !== ApiKeyRole.ADMIN) throw new LadderError('FORBIDDEN', 'Only admin keys may manage webhooks or read their deliveries.');
  return p;
}
