import type { Principal } from '../../api/principal';

/** Specs only: a signed-in person (a session) with a role, and optionally more workspaces. */
export const userPrincipal = (overrides: Partial<Principal> = {}): Principal => ({
  __typename: 'Me',
  kind: 'user',
  apiKeyId: null,
  workspaceId: 'ws1',
  role: 'ADMIN',
  user: { __typename: 'User', id: 'u1', email: 'ada@example.com', name: 'Ada Lovelace' },
  memberships: [{ __typename: 'Membership', workspaceId: 'ws1', workspaceName: 'Acme', role: 'ADMIN' }],
  ...overrides,
});

export const keyPrincipal = (role: Principal['role'] = 'ADMIN'): Principal => ({
  __typename: 'Me',
  kind: 'api-key',
  apiKeyId: 'k1',
  workspaceId: 'ws1',
  role,
  user: null,
  memberships: [],
});
