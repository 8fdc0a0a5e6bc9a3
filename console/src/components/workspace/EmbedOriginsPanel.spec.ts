import { enableAutoUnmount, flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setPrincipalForTest } from '../../api/principal';
import { userPrincipal } from '../account/account.fixture';
import { stubGraphQL } from '../live/fake-fetch';
import EmbedOriginsPanel from './EmbedOriginsPanel.vue';
import { failure } from './workspace-fixtures';

afterEach(() => {
  vi.unstubAllGlobals();
  setPrincipalForTest(null);
});
enableAutoUnmount(afterEach);

const PARTNER = 'https://app.acme.example';
const listed = (embedOrigins: string[]) => ({ data: { workspaceSettings: { __typename: 'WorkspaceSettings', embedOrigins } } });
const updated = (variables: Record<string, unknown>) => ({
  data: { updateEmbedOrigins: { __typename: 'WorkspaceSettings', embedOrigins: variables.origins } },
});
const byId = (w: VueWrapper, id: string) => w.get(`[data-testid="${id}"]`);
const originsOf = (w: VueWrapper) => w.findAll('[data-testid="embed-origin"] code').map((c) => c.text());

async function type(w: VueWrapper, text: string) {
  await byId(w, 'embed-origin-input').setValue(text);
  await w.get('form').trigger('submit');
}

describe('EmbedOriginsPanel', () => {
  it('lists the stored origins, adds one and sends the whole list on Save', async () => {
    const sent = stubGraphQL({ EmbedOrigins: listed([PARTNER]), UpdateEmbedOrigins: updated });
    const w = mount(EmbedOriginsPanel);
    await flushPromises();
    expect(originsOf(w)).toEqual([PARTNER]);
    expect(byId(w, 'embed-save').attributes('disabled')).toBeDefined();

    // Written as a person might paste it: the canonical form is listed (case folded, trailing slash dropped).
    await type(w, '  https://Staging.Acme.example:8443/ ');
    expect(originsOf(w)).toEqual([PARTNER, 'https://staging.acme.example:8443']);
    expect((byId(w, 'embed-origin-input').element as HTMLInputElement).value).toBe('');
    expect(byId(w, 'embed-unsaved').text()).toBe('Not saved yet.');

    await byId(w, 'embed-save').trigger('click');
    await flushPromises();
    expect(sent.at(-1)).toEqual({
      operation: 'UpdateEmbedOrigins',
      variables: { origins: [PARTNER, 'https://staging.acme.example:8443'] },
    });
    expect(byId(w, 'embed-saved').text()).toBe('Saved: 2 partner origins may frame the chat.');
    expect(byId(w, 'embed-saved').attributes('role')).toBe('status');
    expect(w.find('[data-testid="embed-unsaved"]').exists()).toBe(false);
  });

  it('refuses what is not an origin before asking the API, saying why', async () => {
    const sent = stubGraphQL({ EmbedOrigins: listed([PARTNER]) });
    const w = mount(EmbedOriginsPanel);
    await flushPromises();
    const cases: [string, string][] = [
      ['app.acme.example', '“app.acme.example” is not an origin. Write an origin as scheme://host[:port], like https://app.example.com.'],
      [
        'https://app.acme.example/chat',
        '“https://app.acme.example/chat” is not an origin: only a scheme, a host and an optional port, with no path, query or user name.',
      ],
      ['https://*.acme.example', 'Wildcards are not accepted: list each origin, like https://app.example.com.'],
      ['ftp://files.acme.example', '“ftp://files.acme.example” is not an origin: use https://.'],
      ['https://APP.acme.example', 'https://app.acme.example is already listed.'],
    ];
    for (const [text, message] of cases) {
      await type(w, text);
      expect(byId(w, 'embed-origin-problem').text()).toBe(message);
      expect(byId(w, 'embed-origin-problem').attributes('role')).toBe('alert');
      expect(byId(w, 'embed-origin-input').attributes('aria-invalid')).toBe('true');
    }
    expect(originsOf(w)).toEqual([PARTNER]);
    expect(sent.map((s) => s.operation)).toEqual(['EmbedOrigins']);
  });

  it("shows the API's refusal naming the origin next to the input, and marks it in the list", async () => {
    const message = '"http://partner.example" is not a partner origin: use https (http only for localhost).';
    stubGraphQL({
      EmbedOrigins: listed([]),
      UpdateEmbedOrigins: {
        errors: [{ message, extensions: { code: 'EMBED_ORIGIN_INVALID', origin: 'http://partner.example' } }],
      },
    });
    const w = mount(EmbedOriginsPanel);
    await flushPromises();
    await type(w, 'http://partner.example');
    await byId(w, 'embed-save').trigger('click');
    await flushPromises();
    expect(byId(w, 'embed-error').text()).toBe(message);
    expect(byId(w, 'embed-error').attributes('data-origin')).toBe('http://partner.example');
    expect(byId(w, 'embed-error').attributes('role')).toBe('alert');
    expect(byId(w, 'embed-origin').attributes('data-refused')).toBe('true');
    expect(w.find('[data-testid="embed-saved"]').exists()).toBe(false);
  });

  it('removes an origin and saves the shorter list; an empty list says no page may frame the chat', async () => {
    const sent = stubGraphQL({ EmbedOrigins: listed([PARTNER, 'https://staging.acme.example']), UpdateEmbedOrigins: updated });
    const w = mount(EmbedOriginsPanel);
    await flushPromises();
    expect(byId(w, 'embed-origin-remove-1').attributes('aria-label')).toBe('Remove https://staging.acme.example');
    await byId(w, 'embed-origin-remove-0').trigger('click');
    expect(originsOf(w)).toEqual(['https://staging.acme.example']);
    await byId(w, 'embed-origin-remove-0').trigger('click');
    expect(byId(w, 'embed-origins-empty').text()).toBe('No partner page may frame the chat: the list is empty.');
    await byId(w, 'embed-save').trigger('click');
    await flushPromises();
    expect(sent.at(-1)).toEqual({ operation: 'UpdateEmbedOrigins', variables: { origins: [] } });
    expect(byId(w, 'embed-saved').text()).toBe('Saved: no page may frame the chat.');
  });

  it("shows the snippet with the console's origin, copies it and links the guide", async () => {
    stubGraphQL({ EmbedOrigins: listed([PARTNER]) });
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const w = mount(EmbedOriginsPanel);
    await flushPromises();
    const snippet = byId(w, 'embed-snippet').text();
    expect(snippet).toContain(`<script src="${location.origin}/embed.js"></script>`);
    expect(snippet).toContain("Ladder.mount(document.getElementById('ladder-chat'), { token: '<respondent token>' })");
    await byId(w, 'embed-snippet-copy').trigger('click');
    await flushPromises();
    expect(writeText).toHaveBeenCalledWith(snippet);
    expect(byId(w, 'embed-snippet-copied').text()).toBe('Copied');
    expect(byId(w, 'embed-guide-link').attributes('href')).toBe('/docs/embed');
  });

  it('shows a non-admin the list and the snippet, without controls', async () => {
    setPrincipalForTest(userPrincipal({ role: 'ANALYST' }));
    stubGraphQL({ EmbedOrigins: listed([PARTNER]) });
    const w = mount(EmbedOriginsPanel);
    await flushPromises();
    expect(originsOf(w)).toEqual([PARTNER]);
    expect(byId(w, 'embed-admins-only').text()).toBe('Only admins change the partner origins.');
    for (const id of ['embed-origin-input', 'embed-origin-add', 'embed-save', 'embed-origin-remove-0'])
      expect(w.find(`[data-testid="${id}"]`).exists()).toBe(false);
    expect(byId(w, 'embed-snippet').text()).toContain('/embed.js');
  });

  it('says so when the list cannot be read, and shows no list as the workspace’s', async () => {
    stubGraphQL({ EmbedOrigins: failure('INTERNAL_SERVER_ERROR', 'The server failed.') });
    const w = mount(EmbedOriginsPanel);
    await flushPromises();
    expect(byId(w, 'embed-error').text()).toBe('The server failed.');
    expect(w.find('[data-testid="embed-origins-empty"]').exists()).toBe(false);
  });
});
