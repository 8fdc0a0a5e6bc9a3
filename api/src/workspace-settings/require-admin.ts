import { requireWorkspace, type RequestContext } from '../common/context.js';
import { ApiKeyRole } from '../common/enums.js';
import { LadderError } from '../common/errors.js';

/** Erasing people and deciding how long interviews are kept are admin decisions. */
export function requireAdmin(ctx: RequestContext, what: string): { workspaceId: string; keyId: string } {
  const p = ctx.principal;
  if (p.kind === 'api-key' && p.role !== ApiKeyRole.ADMIN) throw new LadderError('FORBIDDEN', `Only an admin key may ${what}.`);
  const workspaceId = requireWorkspace(ctx, 'write');
  return { workspaceId, keyId: p.kind === 'api-key' ? p.keyId : '' };
}
