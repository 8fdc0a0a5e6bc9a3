import type { DataSource } from 'typeorm';
import { ApiKeyRole } from './enums.js';
import { LadderError } from './errors.js';

/** A caller authenticated by one of a workspace's API keys. */
export interface ApiKeyPrincipal {
  kind: 'api-key';
  keyId: string;
  workspaceId: string;
  role: ApiKeyRole;
}

export type Principal = ApiKeyPrincipal | { kind: 'anonymous' };

/**
 * Per-request batch loaders. Each module declares its own in its `*.loaders.ts` by merging into
 * this interface, and server/context.ts assembles them (the compiler checks none is missing), so
 * this leaf module names no domain module.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface Loaders {}

/**
 * What every resolver receives. Modules above `common` add what they own by declaration merging
 * (events/ adds `events`); server/context.ts builds it.
 */
export interface RequestContext {
  principal: Principal;
  db: DataSource;
  loaders: Loaders;
  /** New batch loaders with the same workspace scope. */
  freshLoaders(): Loaders;
}

/**
 * A subscription keeps one context for its whole life; each event must read fresh rows, so its
 * resolver starts with new batch loaders (same workspace scope) instead of the cached ones.
 */
export function refreshLoaders(ctx: RequestContext): void {
  ctx.loaders = ctx.freshLoaders();
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
