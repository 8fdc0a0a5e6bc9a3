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

/**
 * Who may do what. Writes are admin/analyst; ingest may only import and start interviews.
 * `transcripts` reads what respondents said (turns, codings, quotes, comments, escalations);
 * `contact` reads how to reach them (email, SMTP errors that quote it): admin and analyst only.
 */
export type Permission = 'read' | 'write' | 'ingest' | 'transcripts' | 'contact';

const GRANTS: Record<ApiKeyRole, Permission[]> = {
  [ApiKeyRole.ADMIN]: ['read', 'write', 'ingest', 'transcripts', 'contact'],
  [ApiKeyRole.ANALYST]: ['read', 'write', 'ingest', 'transcripts', 'contact'],
  [ApiKeyRole.VIEWER]: ['read', 'transcripts'],
  [ApiKeyRole.INGEST]: ['ingest'],
};

const DENIED: Record<Permission, string> = {
  read: 'read data',
  write: 'make this change',
  ingest: 'make this change',
  transcripts: "read respondents' words",
  contact: "read respondents' contact details",
};

/** Whether a role holds a permission (the role matrix in the README is this table). */
export const roleMay = (role: ApiKeyRole, permission: Permission): boolean => GRANTS[role].includes(permission);

/** The caller's key, after checking the permission: UNAUTHENTICATED without a key, FORBIDDEN without the grant. */
export function requirePermission(ctx: RequestContext, permission: Permission): ApiKeyPrincipal {
  const p = ctx.principal;
  if (p.kind !== 'api-key') {
    throw new LadderError('UNAUTHENTICATED', 'An API key is required: send "Authorization: Bearer <key>".');
  }
  if (!roleMay(p.role, permission)) throw new LadderError('FORBIDDEN', `A ${p.role} key may not ${DENIED[permission]}.`);
  return p;
}

/** The caller's workspace, after checking the permission. Every scoped query starts from this. */
export function requireWorkspace(ctx: RequestContext, permission: Permission): string {
  return requirePermission(ctx, permission).workspaceId;
}

/**
 * type-graphql's check for `@Authorized<Permission>(...)` on object fields: a field that returns
 * personal data names the permission it needs, so every path to it (root query, a mutation's
 * payload, a subscription) is checked at the field, not only at the root. An arrow function:
 * type-graphql takes anything with a prototype for a class to instantiate.
 */
export const fieldAuthChecker = ({ context }: { context: RequestContext }, permissions: Permission[]): boolean => {
  for (const permission of permissions) requirePermission(context, permission);
  return true;
};
