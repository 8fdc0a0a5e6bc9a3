import type { DataSource } from 'typeorm';
import type { ApiKeyPrincipal } from '../api-key/api-key.service.js';
import { ApiKeyRole } from './enums.js';
import { LadderError } from './errors.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { EventPubSub } from '../events/session-events.js';

export type Principal = ApiKeyPrincipal | { kind: 'anonymous' };

export interface RequestContext {
  principal: Principal;
  db: DataSource;
  loaders: Loaders;
  events: EventPubSub;
}

/**
 * A subscription keeps one context for its whole life; each event must read fresh rows, so its
 * resolver starts with new batch loaders (same workspace scope) instead of the cached ones.
 */
export function refreshLoaders(ctx: RequestContext): void {
  ctx.loaders = createLoaders(ctx.db, ctx.principal.kind === 'api-key' ? ctx.principal.workspaceId : null);
}

/** Who may do what. Writes are admin/analyst; ingest may only import and start interviews. */
export type Permission = 'read' | 'write' | 'ingest';

const GRANTS: Record<ApiKeyRole, Permission[]> = {
  [ApiKeyRole.ADMIN]: ['read', 'write', 'ingest'],
  [ApiKeyRole.ANALYST]: ['read', 'write', 'ingest'],
  [ApiKeyRole.VIEWER]: ['read'],
  [ApiKeyRole.INGEST]: ['ingest'],
};

/** The caller's workspace, after checking the permission. Every scoped query starts from this. */
export function requireWorkspace(ctx: RequestContext, permission: Permission): string {
  const p = ctx.principal;
  if (p.kind !== 'api-key') {
    throw new LadderError('UNAUTHENTICATED', 'An API key is required: send "Authorization: Bearer <key>".');
  }
  if (!GRANTS[p.role].includes(permission)) {
    throw new LadderError('FORBIDDEN', `A ${p.role} key may not ${permission === 'read' ? 'read data' : 'make this change'}.`);
  }
  return p.workspaceId;
}
