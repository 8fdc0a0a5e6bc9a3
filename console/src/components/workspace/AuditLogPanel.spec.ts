import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubGraphQL } from '../live/fake-fetch';
import AuditLogPanel from './AuditLogPanel.vue';
import { apiKey, failure } from './workspace-fixtures';

afterEach(() => vi.unstubAllGlobals());
enableAutoUnmount(afterEach);

const event = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  action: 'MUTATION',
  name: 'createApiKey',
  keyId: 'k1',
  target: {},
  outcome: 'ok',
  errorCode: null,
  at: '2026-12-07T09:00:00.000Z',
  ...over,
});
const page = (events: ReturnType<typeof event>[], endCursor: string | null, hasNextPage: boolean) => ({
  data: { auditEvents: { edges: events.map((node) => ({ cursor: `c${node.id}`, node })), pageInfo: { endCursor, hasNextPage } } },
});
const keys = { data: { apiKeys: { totalCount: 1, items: [apiKey({ id: 'k1', name: 'Alice (console)' })] } } };

describe('AuditLogPanel', () => {
  it('shows who did what, to which ids, with which outcome, and loads the next page from the cursor', async () => {
    const sent = stubGraphQL({
      ApiKeys: keys,
      AuditEvents: (v) =>
        v.after === 'c2'
          ? page([event('1', { name: 'revokeApiKey', keyId: 'k0abcdef99', outcome: 'error', errorCode: 'LAST_ADMIN_KEY' })], 'c1', false)
          : page(
              [event('3', { target: { id: 'k7' } }), event('2', { action: 'EXPORT', name: 'themes.csv', target: { waveId: 'w1' } })],
              'c2',
              true,
            ),
    });
    const w = mount(AuditLogPanel, { props: { pageSize: 2 } });
    await flushPromises();
    expect(sent.find((s) => s.operation === 'AuditEvents')?.variables).toEqual({ filter: null, first: 2, after: null });
    const rows = () => w.findAll('[data-testid="audit-row"]');
    expect(
      rows().map((r) =>
        r
          .findAll('td')
          .map((c) => c.text())
          .slice(1),
      ),
    ).toEqual([
      ['Alice (console)', 'change', 'createApiKey', 'id: k7', 'ok'],
      ['Alice (console)', 'CSV export', 'themes.csv', 'waveId: w1', 'ok'],
    ]);

    await w.get('[data-testid="audit-more"]').trigger('click');
    await flushPromises();
    expect(sent.at(-1)?.variables).toEqual({ filter: null, first: 2, after: 'c2' });
    expect(rows()).toHaveLength(3);
    // A key no longer listed shows by its id's start; an error shows its code.
    expect(rows()[2].get('[data-testid="audit-who"]').text()).toBe('key k0abcdef…');
    expect(rows()[2].get('[data-testid="audit-outcome"] .badge').text()).toBe('error');
    expect(rows()[2].get('[data-testid="audit-error-code"]').text()).toBe('LAST_ADMIN_KEY');
    expect(w.find('[data-testid="audit-more"]').exists()).toBe(false);
  });

  it('sends the filters the API supports and starts again from the first page', async () => {
    const sent = stubGraphQL({ ApiKeys: keys, AuditEvents: page([event('1')], 'c1', false) });
    const w = mount(AuditLogPanel);
    await flushPromises();
    await w.get('[data-testid="audit-filter-action"]').setValue('EXPORT');
    await w.get('[data-testid="audit-filter-key"]').setValue('k1');
    await w.get('[data-testid="audit-filter-since"]').setValue('2026-12-01T00:00');
    await w.get('[data-testid="audit-filters"]').trigger('submit');
    await flushPromises();
    expect(sent.at(-1)?.variables).toEqual({
      filter: { action: 'EXPORT', keyId: 'k1', since: new Date('2026-12-01T00:00').toISOString(), until: null },
      first: 50,
      after: null,
    });
  });

  it('tells a non-admin that only admins read the log', async () => {
    stubGraphQL({ ApiKeys: failure('FORBIDDEN'), AuditEvents: failure('FORBIDDEN') });
    const w = mount(AuditLogPanel);
    await flushPromises();
    expect(w.get('[data-testid="audit-error"]').text()).toMatch(/^Only admins can read the audit log/);
    expect(w.find('[data-testid="audit-filters"]').exists()).toBe(false);
  });
});
