import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubGraphQL } from '../live/fake-fetch';
import CreateApiKeyForm from './CreateApiKeyForm.vue';
import { apiKey, failure } from './workspace-fixtures';

afterEach(() => vi.unstubAllGlobals());
enableAutoUnmount(afterEach);

const SECRET = 'lk_secret_0123456789abcdef';
const created = { data: { createApiKey: { secret: SECRET, key: apiKey({ id: 'k9', name: 'CRM sync', role: 'INGEST' }) } } };

async function createKey(w: ReturnType<typeof mount>, name: string, role = 'INGEST') {
  await w.get('[data-testid="new-key-name"]').setValue(name);
  await w.get('[data-testid="new-key-role"]').setValue(role);
  await w.get('form').trigger('submit');
  await flushPromises();
}

describe('CreateApiKeyForm', () => {
  it('shows the new secret once, with a warning, and forgets it when closed', async () => {
    const sent = stubGraphQL({ CreateApiKey: created });
    const w = mount(CreateApiKeyForm);
    await createKey(w, '  CRM sync ');
    expect(sent.map((s) => s.variables)).toEqual([{ input: { name: 'CRM sync', role: 'INGEST' } }]);
    expect((w.get('[data-testid="new-key-secret"]').element as HTMLInputElement).value).toBe(SECRET);
    expect(w.get('[data-testid="new-key-secret-panel"]').text()).toContain('You will not see it again');
    expect(w.emitted('created')?.[0]).toEqual([created.data.createApiKey.key]);

    await w.get('[data-testid="new-key-secret-done"]').trigger('click');
    expect(w.find('[data-testid="new-key-secret"]').exists()).toBe(false);
    expect(w.html()).not.toContain(SECRET);
    // The form is back, empty, for another key.
    expect((w.get('[data-testid="new-key-name"]').element as HTMLInputElement).value).toBe('');
  });

  it('copies the secret to the clipboard', async () => {
    stubGraphQL({ CreateApiKey: created });
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    const w = mount(CreateApiKeyForm);
    await createKey(w, 'CRM sync');
    await w.get('[data-testid="new-key-copy-secret"]').trigger('click');
    await flushPromises();
    expect(writeText).toHaveBeenCalledWith(SECRET);
    expect(w.get('[data-testid="new-key-secret-copied"]').text()).toBe('Copied');
  });

  it('asks for a name before calling the API', async () => {
    const sent = stubGraphQL({ CreateApiKey: created });
    const w = mount(CreateApiKeyForm);
    await createKey(w, '   ');
    expect(sent).toEqual([]);
    expect(w.get('[data-field="name"]').text()).toContain('Give the key a name');
  });

  it('says only admins can manage keys when the API answers FORBIDDEN', async () => {
    stubGraphQL({ CreateApiKey: failure('FORBIDDEN') });
    const w = mount(CreateApiKeyForm);
    await createKey(w, 'CRM sync');
    expect(w.get('[data-testid="create-key-error"]').text()).toMatch(/^Only admins can manage keys/);
    expect(w.find('[data-testid="new-key-secret"]').exists()).toBe(false);
  });
});
