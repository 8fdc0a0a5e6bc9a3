import { requirePermission, type Caller, type RequestContext } from '../common/context.js';
import { ApiKeyRole } from '../common/enums.js';
import { LadderError } from '../common/errors.js';

/** Erasing people and deciding how long interviews are kept are admin decisions. */
export function requireAdmin(ctx: RequestContext, what: string): Caller {
  const p = ctx.principal;
  if (p.kind !== 'anonymous' && p.role !== ApiKeyRole.ADMIN)
    throw new LadderError('FORBIDDEN', `Only an admin ${p.kind === 'user' ? 'member' : 'key'} may ${what}.`);
  return requirePermission(ctx, 'write');
}
