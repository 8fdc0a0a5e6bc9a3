import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubGraphQL } from '../live/fake-fetch';
import ApiKeysPanel from './ApiKeysPanel.vue';
import { apiKey, failure } from './workspace-fixtures';

afterEach(() => vi.unstubAllGlobals());
enableAutoUnmount(afterEach);

const admin = apiKey({ id: 'k1', name: 'Bootstrap', bootstrap: true, lastUsedAt: '2026-12-07T08:00:00.000Z' });
const ingest = apiKey({ id: 'k2', name: 'CRM sync', role: 'INGEST' });
const old = apiKey({ id: 'k3', name: 'Old', role: 'VIEWER', revokedAt: '2026-12-02T10:00:00.000Z' });
const listed = { data: { apiKeys: { totalCount: 3, items: [ingest, admin, old] } } };
const row = (w: ReturnType<typeof mount>, id: string) => w.get(`[data-testid="key-row"][data-key-id="${id}"]`);

describe('ApiKeysPanel', () => {
  it('lists every key with its role, use and status, and offers revoke only for working keys', async () => {
    stubGraphQL({ ApiKeys: listed });
    const w = mount(ApiKeysPanel);
    await flushPromises();
    expect(w.findAll('[data-testid="key-row"]').map((r) => r.attributes('data-status'))).toEqual(['active', 'active', 'revoked']);
    const cells = row(w, 'k2')
      .findAll('td')
      .map((c) => c.text());
    expect(cells.slice(0, 3)).toEqual(['CRM sync', 'ingest', 'lk_abcde…']);
    expect(cells[4]).toBe('never');
    expect(row(w, 'k1').findAll('td')[4].text()).not.toBe('never');
    expect(row(w, 'k3').find('[data-testid="revoke"]').exists()).toBe(false);
    await w.get('[data-testid="show-revoked"]').setValue(false);
    expect(w.findAll('[data-testid="key-row"]')).toHaveLength(2);
  });

  it('revokes only after the confirm step', async () => {
    const sent = stubGraphQL({
      ApiKeys: listed,
      RevokeApiKey: { data: { revokeApiKey: { ...ingest, revokedAt: '2026-12-07T09:00:00.000Z' } } },
    });
    const w = mount(ApiKeysPanel);
    await flushPromises();
    await row(w, 'k2').get('[data-testid="revoke"]').trigger('click');
    expect(row(w, 'k2').text()).toContain('Revoke “CRM sync”?');
    await row(w, 'k2').get('[data-testid="revoke-cancel"]').trigger('click');
    expect(row(w, 'k2').find('[data-testid="revoke-confirm"]').exists()).toBe(false);
    expect(sent.map((s) => s.operation)).toEqual(['ApiKeys']);

    await row(w, 'k2').get('[data-testid="revoke"]').trigger('click');
    await row(w, 'k2').get('[data-testid="revoke-confirm"]').trigger('click');
    await flushPromises();
    expect(sent.slice(1)).toEqual([{ operation: 'RevokeApiKey', variables: { id: 'k2' } }]);
    expect(row(w, 'k2').attributes('data-status')).toBe('revoked');
    expect(row(w, 'k2').find('[data-testid="revoke"]').exists()).toBe(false);
  });

  it('explains LAST_ADMIN_KEY and leaves the key working', async () => {
    stubGraphQL({ ApiKeys: listed, RevokeApiKey: failure('LAST_ADMIN_KEY') });
    const w = mount(ApiKeysPanel);
    await flushPromises();
    await row(w, 'k1').get('[data-testid="revoke"]').trigger('click');
    await row(w, 'k1').get('[data-testid="revoke-confirm"]').trigger('click');
    await flushPromises();
    expect(w.get('[data-testid="keys-error"]').text()).toMatch(
      /^This is the last working admin key of the workspace: create another admin key/,
    );
    expect(row(w, 'k1').attributes('data-status')).toBe('active');
  });

  it('tells a non-admin that only admins can manage keys, and shows no form', async () => {
    stubGraphQL({ ApiKeys: failure('FORBIDDEN', 'Only an admin key may list, create or revoke API keys.') });
    const w = mount(ApiKeysPanel);
    await flushPromises();
    expect(w.get('[data-testid="keys-error"]').text()).toMatch(/^Only admins can manage keys/);
    expect(w.find('[data-testid="create-key"]').exists()).toBe(false);
    expect(w.find('table').exists()).toBe(false);
  });

  it('marks the key the console is signed in with and warns before revoking it', async () => {
    localStorage.setItem('ladder.apiKey', 'ldr_mine_0123456789');
    stubGraphQL({ ApiKeys: { data: { apiKeys: { totalCount: 2, items: [ingest, { ...admin, prefix: 'ldr_mine' }] } } } });
    const w = mount(ApiKeysPanel);
    await flushPromises();
    localStorage.clear();
    expect(row(w, 'k1').find('[data-testid="signed-in-key"]').exists()).toBe(true);
    expect(row(w, 'k2').find('[data-testid="signed-in-key"]').exists()).toBe(false);
    await row(w, 'k1').get('[data-testid="revoke"]').trigger('click');
    expect(row(w, 'k1').text()).toContain('You are signed in with it');
  });

  it('adds a created key at the top of the list', async () => {
    const fresh = apiKey({ id: 'k9', name: 'Bob', role: 'ANALYST' });
    stubGraphQL({ ApiKeys: listed, CreateApiKey: { data: { createApiKey: { secret: 'lk_s', key: fresh } } } });
    const w = mount(ApiKeysPanel);
    await flushPromises();
    await w.get('[data-testid="new-key-name"]').setValue('Bob');
    await w.get('form').trigger('submit');
    await flushPromises();
    expect(w.findAll('[data-testid="key-row"]').map((r) => r.attributes('data-key-id'))).toEqual(['k9', 'k2', 'k1', 'k3']);
  });
});
