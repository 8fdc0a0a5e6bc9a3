import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setPrincipalForTest, usePrincipal } from '../../api/principal';
import { keyPrincipal, userPrincipal } from './account.fixture';
import AccountMenu from './AccountMenu.vue';

afterEach(() => {
  vi.unstubAllGlobals();
  setPrincipalForTest(null);
});
enableAutoUnmount(afterEach);

/** Records every request: GraphQL by operation name, other paths as they are. */
function stubFetch(answers: Record<string, () => Response>): string[] {
  const sent: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      const name = url === '/graphql' ? (/^(?:query|mutation)\s+(\w+)/m.exec(JSON.parse(String(init.body)).query)?.[1] ?? '') : url;
      sent.push(`${init.method} ${name} ${init.credentials}`);
      return answers[name]?.() ?? new Response(null, { status: 204 });
    }),
  );
  return sent;
}

describe('AccountMenu', () => {
  it('says who is signed in, with the role here and their other workspaces', async () => {
    setPrincipalForTest(
      userPrincipal({
        role: 'ANALYST',
        memberships: [
          { __typename: 'Membership', workspaceId: 'ws1', workspaceName: 'Acme', role: 'ANALYST' },
          { __typename: 'Membership', workspaceId: 'ws2', workspaceName: 'Globex', role: 'VIEWER' },
        ],
      }),
    );
    const w = mount(AccountMenu);
    expect(w.get('[data-testid="account-toggle"]').text()).toBe('ada@example.com · Analyst');
    expect(w.find('[data-testid="account-panel"]').exists()).toBe(false);
    await w.get('[data-testid="account-toggle"]').trigger('click');
    expect(w.get('[data-testid="account-toggle"]').attributes('aria-expanded')).toBe('true');
    expect(w.get('[data-testid="account-email"]').text()).toBe('ada@example.com');
    expect(w.get('[data-testid="account-role"]').text()).toBe('Analyst in Acme');
    expect(w.findAll('[data-testid="account-workspace"]').map((x) => x.text())).toEqual(['Globex · Viewer']);
    await w.get('[data-testid="account-panel"]').trigger('keydown', { key: 'Escape' });
    expect(w.find('[data-testid="account-panel"]').exists()).toBe(false);
  });

  it("switches the session to another of the person's workspaces, then asks for a reload", async () => {
    setPrincipalForTest(
      userPrincipal({
        memberships: [
          { __typename: 'Membership', workspaceId: 'ws1', workspaceName: 'Acme', role: 'ADMIN' },
          { __typename: 'Membership', workspaceId: 'ws2', workspaceName: 'Globex', role: 'VIEWER' },
        ],
      }),
    );
    const sent = stubFetch({
      SwitchWorkspace: () =>
        Response.json({ data: { switchWorkspace: { __typename: 'Me', kind: 'user', workspaceId: 'ws2', role: 'VIEWER' } } }),
    });
    const w = mount(AccountMenu);
    await w.get('[data-testid="account-toggle"]').trigger('click');
    expect(w.find('[data-testid="switch-workspace-ws1"]').exists()).toBe(false);
    await w.get('[data-testid="switch-workspace-ws2"]').trigger('click');
    await flushPromises();
    expect(sent).toEqual(['POST SwitchWorkspace include']);
    expect(w.emitted('switched')).toHaveLength(1);
    expect(usePrincipal().principal.value).toBeNull();
  });

  it('shows why a switch was refused and stays in this workspace', async () => {
    setPrincipalForTest(
      userPrincipal({
        memberships: [
          { __typename: 'Membership', workspaceId: 'ws1', workspaceName: 'Acme', role: 'ADMIN' },
          { __typename: 'Membership', workspaceId: 'ws2', workspaceName: 'Globex', role: 'VIEWER' },
        ],
      }),
    );
    const message = "This session was started with this workspace's single sign-on: sign in with an email link to open another workspace.";
    stubFetch({ SwitchWorkspace: () => Response.json({ errors: [{ message, extensions: { code: 'REAUTHENTICATION_REQUIRED' } }] }) });
    const w = mount(AccountMenu);
    await w.get('[data-testid="account-toggle"]').trigger('click');
    await w.get('[data-testid="switch-workspace-ws2"]').trigger('click');
    await flushPromises();
    expect(w.get('[data-testid="account-error"]').text()).toBe(message);
    expect(w.emitted('switched')).toBeUndefined();
  });

  it('signs out everywhere: every session ended, then this browser signed out', async () => {
    setPrincipalForTest(userPrincipal());
    const sent = stubFetch({ SignOutEverywhere: () => Response.json({ data: { signOutEverywhere: 2 } }) });
    const w = mount(AccountMenu);
    await w.get('[data-testid="account-toggle"]').trigger('click');
    await w.get('[data-testid="sign-out-everywhere"]').trigger('click');
    await flushPromises();
    expect(sent).toEqual(['POST SignOutEverywhere include', 'POST /auth/sign-out include']);
    expect(w.emitted('signed-out')).toHaveLength(1);
    expect(usePrincipal().principal.value).toBeNull();
  });

  it('shows a refusal and stays signed in when signing out everywhere fails', async () => {
    setPrincipalForTest(userPrincipal());
    stubFetch({ SignOutEverywhere: () => Response.json({ errors: [{ message: 'down', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }) });
    const w = mount(AccountMenu);
    await w.get('[data-testid="account-toggle"]').trigger('click');
    await w.get('[data-testid="sign-out-everywhere"]').trigger('click');
    await flushPromises();
    expect(w.get('[data-testid="account-error"]').text()).toBe('down');
    expect(w.emitted('signed-out')).toBeUndefined();
  });

  it('for an API key: no person, no "everywhere"; sign out forgets the key', async () => {
    localStorage.setItem('ladder.apiKey', 'ldr_secret');
    setPrincipalForTest(keyPrincipal('VIEWER'));
    const sent = stubFetch({});
    const w = mount(AccountMenu);
    expect(w.get('[data-testid="account-toggle"]').text()).toBe('API key · Viewer');
    await w.get('[data-testid="account-toggle"]').trigger('click');
    expect(w.find('[data-testid="account-key"]').exists()).toBe(true);
    expect(w.find('[data-testid="sign-out-everywhere"]').exists()).toBe(false);
    await w.get('[data-testid="sign-out"]').trigger('click');
    await flushPromises();
    expect(sent).toEqual(['POST /auth/sign-out include']);
    expect(localStorage.getItem('ladder.apiKey')).toBeNull();
    expect(w.emitted('signed-out')).toHaveLength(1);
  });
});
