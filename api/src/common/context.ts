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

/**
 * A person signed in to the console (a session cookie), acting in the session's selected
 * workspace with their member role there (admin, analyst or viewer; never ingest). `keyId` is null:
 * code that records "which key" records none, and `actorOf` names the user.
 */
export interface UserPrincipal {
  kind: 'user';
  userId: string;
  sessionId: string;
  workspaceId: string;
  role: ApiKeyRole;
  keyId: null;
}

/** Anyone who holds a workspace credential: an API key or a person's session. */
export type Caller = ApiKeyPrincipal | UserPrincipal;

export type Principal = Caller | { kind: 'anonymous' };

/** Who did it, as the text columns that record it hold it: "user:<id>" or "api-key:<id>". */
export const actorOf = (p: Caller): string => (p.kind === 'user' ? `user:${p.userId}` : `api-key:${p.keyId}`);

/**
 * The `createdBy` of guide and taxonomy versions: "api key <prefix of its id>" (as before people
 * signed in) or "user:<id>"; null for an anonymous caller.
 */
export const versionAuthor = (p: Principal): string | null =>
  p.kind === 'api-key' ? `api key ${p.keyId.slice(0, 8)}` : p.kind === 'user' ? actorOf(p) : null;

/**
 * The bucket a caller's allowances are counted in (rate limits, concurrent queries, live
 * connections, concurrent exports): the API key's id, or "user:<id>" (all of a person's sessions).
 */
export const allowanceOf = (p: Caller): string => (p.kind === 'user' ? `user:${p.userId}` : p.keyId);

/** The caller, or null for an anonymous one (respondent pages). */
export const callerOf = (p: Principal): Caller | null => (p.kind === 'anonymous' ? null : p);

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

/** The caller (key or session), after checking the permission: UNAUTHENTICATED without one, FORBIDDEN without the grant. */
export function requirePermission(ctx: RequestContext, permission: Permission): Caller {
  const p = ctx.principal;
  if (p.kind === 'anonymous') {
    throw new LadderError('UNAUTHENTICATED', 'An API key is required: send "Authorization: Bearer <key>".');
  }
  if (!roleMay(p.role, permission)) {
    throw new LadderError('FORBIDDEN', `A ${p.role} ${p.kind === 'user' ? 'member' : 'key'} may not ${DENIED[permission]}.`);
  }
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
