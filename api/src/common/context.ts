import type { DataSource } from 'typeorm';
import type { ApiKeyPrincipal } from '../api-key/api-key.service.js';
import { ApiKeyRole } from './enums.js';
import { LadderError } from './errors.js';
import type { Loaders } from './loaders.js';
import type { EventPubSub } from '../interview/session-events.js';

export type Principal = ApiKeyPrincipal | { kind: 'anonymous' };

export interface RequestContext {
  principal: Principal;
  db: DataSource;
  loaders: Loaders;
  events: EventPubSub;
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
