import { GraphQLRequestError, messageFor } from '../../api/client';
import type { ApiKeyFieldsFragment, ApiKeyRole, AuditAction, AuditEventFilter } from '../../gql/graphql';

export type ApiKeyRow = ApiKeyFieldsFragment;

/** The workspace page's three areas, also its `?tab=` values. */
export type WorkspaceArea = 'keys' | 'audit' | 'retention';

export const ROLES: readonly ApiKeyRole[] = ['ADMIN', 'ANALYST', 'VIEWER', 'INGEST'];
export const ROLE_HINTS: Record<ApiKeyRole, string> = {
  ADMIN: 'manages keys, settings and the audit log; reads and writes everything',
  ANALYST: 'reads and writes studies, imports, interviews',
  VIEWER: 'reads; no contact details, no writes',
  INGEST: 'only imports responses and starts interviews',
};

export const ACTIONS: readonly AuditAction[] = ['MUTATION', 'EXPORT', 'TRANSCRIPT_READ', 'ERASURE'];
export const ACTION_LABELS: Record<AuditAction, string> = {
  MUTATION: 'change',
  EXPORT: 'CSV export',
  TRANSCRIPT_READ: 'transcript read',
  ERASURE: 'erasure',
};

const FORBIDDEN: Record<WorkspaceArea, string> = {
  keys: 'Only admins can manage keys. Sign in with an admin API key to see and change them.',
  audit: 'Only admins can read the audit log. Sign in with an admin API key to see it.',
  retention: 'Only admins can change the workspace settings.',
};

/** The message for an error of one area, chosen by its code (never by the server's wording). */
export function workspaceError(error: unknown, area: WorkspaceArea): string {
  if (!(error instanceof GraphQLRequestError)) return messageFor(error);
  switch (error.code) {
    case 'FORBIDDEN':
      return FORBIDDEN[area];
    case 'LAST_ADMIN_KEY':
      return 'This is the last working admin key of the workspace: create another admin key, sign in with it, then revoke this one.';
    case 'API_KEY_NOT_FOUND':
      return 'This key no longer exists. Reload the page.';
    default:
      return messageFor(error);
  }
}

export const isForbidden = (error: unknown): boolean => error instanceof GraphQLRequestError && error.code === 'FORBIDDEN';

const DATE_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export const formatWhen = (iso: string | null | undefined, never = 'never'): string => (iso ? DATE_TIME.format(new Date(iso)) : never);

/** The console holds the secret it signed in with; a key's prefix is the secret's first 8 characters. */
export const isSignedInKey = (key: Pick<ApiKeyRow, 'prefix' | 'revokedAt'>, secret: string | null): boolean =>
  !!secret && !key.revokedAt && secret.slice(0, key.prefix.length) === key.prefix;

export const keyStatus = (key: Pick<ApiKeyRow, 'revokedAt'>): 'active' | 'revoked' => (key.revokedAt ? 'revoked' : 'active');

/** `{"input.waveId": "w1"}` as `input.waveId: w1`; lists joined by commas. */
export function formatTarget(target: Record<string, unknown>): string {
  const entries = Object.entries(target);
  if (!entries.length) return '—';
  return entries.map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`).join(' · ');
}

/** The audit filter form: '' for "any"; times as `<input type="datetime-local">` values, in the browser's zone. */
export interface AuditFilterForm {
  action: AuditAction | '';
  keyId: string;
  since: string;
  until: string;
}

export const emptyAuditFilter = (): AuditFilterForm => ({ action: '', keyId: '', since: '', until: '' });

const toIso = (local: string): string | null => {
  if (!local) return null;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
};

export function auditFilterVariables(form: AuditFilterForm): AuditEventFilter | null {
  const filter: AuditEventFilter = {
    action: form.action || null,
    keyId: form.keyId || null,
    since: toIso(form.since),
    until: toIso(form.until),
  };
  return Object.values(filter).some((v) => v !== null) ? filter : null;
}

/** Retention as typed in the form: '' keeps interviews forever. */
export type RetentionInput = number | '';
export const MAX_RETENTION_DAYS = 36500;

/** What the form settles before sending: a whole number of days in the API's range, or empty. */
export function retentionProblem(value: RetentionInput): string | null {
  if (value === '') return null;
  if (!Number.isInteger(value) || value < 1 || value > MAX_RETENTION_DAYS) {
    return `Enter a whole number of days from 1 to ${MAX_RETENTION_DAYS}, or leave it empty to keep interviews.`;
  }
  return null;
}
