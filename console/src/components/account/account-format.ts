import type { ApiKeyRole, MemberRole } from '../../gql/graphql';
import type { Principal } from '../../api/principal';

export const ROLE_LABELS: Record<ApiKeyRole | MemberRole, string> = {
  ADMIN: 'Admin',
  ANALYST: 'Analyst',
  VIEWER: 'Viewer',
  INGEST: 'Ingest',
};

/** The top bar's short name for who is signed in: the person's email (names may repeat), or "API key". */
export const principalLabel = (p: Principal): string => p.user?.email ?? 'API key';

/** The workspace this session acts in, by name when the person's memberships say it. */
export const currentWorkspaceName = (p: Principal): string | null =>
  p.memberships.find((m) => m.workspaceId === p.workspaceId)?.workspaceName ?? null;
