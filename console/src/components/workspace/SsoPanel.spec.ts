import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setPrincipalForTest } from '../../api/principal';
import { userPrincipal } from '../account/account.fixture';
import { stubGraphQL } from '../live/fake-fetch';
import SsoPanel from './SsoPanel.vue';
import { failure } from './workspace-fixtures';

afterEach(() => {
  vi.unstubAllGlobals();
  setPrincipalForTest(null);
});
enableAutoUnmount(afterEach);

const stored = {
  __typename: 'WorkspaceSso',
  issuer: 'https://login.acme.example',
  clientId: 'ladder',
  clientSecretSet: true,
  allowedDomains: ['acme.example', 'acme.org'],
  enabled: true,
  redirectUri: 'https://ladder.acme.example/auth/sso/callback',
  startPath: '/auth/sso/acme/start',
  updatedAt: '2026-12-07T10:00:00.000Z',
};
const field = (w: ReturnType<typeof mount>, id: string) => w.get(`[data-testid="sso-${id}"]`);

describe('SsoPanel', () => {
  it('configures a provider the first time: issuer, client, secret and domains, and shows the redirect URI to register', async () => {
    const sent = stubGraphQL({
      WorkspaceSso: { data: { workspaceSso: null } },
      ConfigureWorkspaceSso: { data: { configureWorkspaceSso: stored } },
    });
    const w = mount(SsoPanel);
    await flushPromises();
    await field(w, 'issuer').setValue('https://login.acme.example');
    await field(w, 'client-id').setValue('ladder');
    await field(w, 'client-secret').setValue('s3cret');
    await field(w, 'domains').setValue('acme.example, acme.org');
    await w.get('form').trigger('submit');
    await flushPromises();
    expect(sent.at(-1)).toEqual({
      operation: 'ConfigureWorkspaceSso',
      variables: {
        input: {
          issuer: 'https://login.acme.example',
          clientId: 'ladder',
          clientSecret: 's3cret',
          allowedDomains: ['acme.example', 'acme.org'],
          enabled: true,
        },
      },
    });
    expect(field(w, 'saved').text()).toBe('Saved.');
    expect(field(w, 'redirect-uri').text()).toBe('https://ladder.acme.example/auth/sso/callback');
    expect((field(w, 'client-secret').element as HTMLInputElement).value).toBe('');
  });

  it('keeps the stored secret when the field stays empty, and shows a refused field', async () => {
    const sent = stubGraphQL({
      WorkspaceSso: { data: { workspaceSso: stored } },
      ConfigureWorkspaceSso: failure('BAD_USER_INPUT', 'The issuer URL is not usable: it must use https'),
    });
    const w = mount(SsoPanel);
    await flushPromises();
    expect(field(w, 'client-secret').attributes('placeholder')).toBe('stored (leave empty to keep it)');
    await field(w, 'issuer').setValue('http://login.acme.example');
    await w.get('form').trigger('submit');
    await flushPromises();
    expect((sent.at(-1)?.variables.input as { clientSecret: unknown }).clientSecret).toBeNull();
    expect(field(w, 'problem').text()).toBe('The issuer URL is not usable: it must use https');
  });

  it('removes single sign-on after a confirmation', async () => {
    const sent = stubGraphQL({
      WorkspaceSso: { data: { workspaceSso: stored } },
      RemoveWorkspaceSso: { data: { removeWorkspaceSso: true } },
    });
    const w = mount(SsoPanel);
    await flushPromises();
    await field(w, 'remove').trigger('click');
    await field(w, 'remove-confirm').trigger('click');
    await flushPromises();
    expect(sent.map((s) => s.operation)).toEqual(['WorkspaceSso', 'RemoveWorkspaceSso']);
    expect((field(w, 'issuer').element as HTMLInputElement).value).toBe('');
    expect(w.find('[data-testid="sso-remove"]').exists()).toBe(false);
  });

  it('asks nothing for someone who is not an admin', async () => {
    setPrincipalForTest(userPrincipal({ role: 'ANALYST' }));
    const sent = stubGraphQL({});
    const w = mount(SsoPanel);
    await flushPromises();
    expect(sent).toEqual([]);
    expect(w.find('[data-testid="sso-admins-only"]').exists()).toBe(true);
  });
});
