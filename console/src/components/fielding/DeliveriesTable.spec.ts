import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubGraphQL } from '../live/fake-fetch';
import DeliveriesTable from './DeliveriesTable.vue';

afterEach(() => vi.unstubAllGlobals());
enableAutoUnmount(afterEach);

const delivery = (id: string, status: string, lastError: string | null = null) => ({
  cursor: `c-${id}`,
  node: {
    id,
    kind: 'INVITATION',
    trigger: 'MANUAL',
    status,
    attempts: lastError ? 2 : 1,
    lastError,
    dueAt: '2026-12-01T10:00:00Z',
    sentAt: status === 'SENT' ? '2026-12-01T10:00:05Z' : null,
    respondent: { id: `r-${id}`, externalId: `R-${id}` },
  },
});
/** Two pages of two deliveries; a status filter keeps the matching ones. */
function deliveries(v: Record<string, unknown>) {
  const all = [delivery('1', 'SENT'), delivery('2', 'FAILED', '550 5.1.1 no such user'), delivery('3', 'QUEUED'), delivery('4', 'SENT')];
  const status = v.status as string[] | null;
  const matching = status ? all.filter((d) => status.includes(d.node.status)) : all;
  const start = v.after ? matching.findIndex((d) => d.cursor === v.after) + 1 : 0;
  const edges = matching.slice(start, start + 2);
  return {
    data: {
      deliveries: {
        totalCount: matching.length,
        pageInfo: { hasNextPage: start + 2 < matching.length, endCursor: edges.at(-1)?.cursor ?? null },
        edges,
      },
    },
  };
}
const shown = (w: ReturnType<typeof mount>) => w.findAll('[data-testid="delivery-row"]').map((r) => r.get('td').text());

describe('DeliveriesTable', () => {
  it('pages with the end cursor and filters by status', async () => {
    const sent = stubGraphQL({ Deliveries: deliveries });
    const w = mount(DeliveriesTable, { props: { waveId: 'w1' } });
    await flushPromises();
    expect(shown(w)).toEqual(['R-1', 'R-2']);
    expect(w.get('[data-testid="deliveries-total"]').text()).toBe('4 emails');
    const failed = w.findAll('[data-testid="delivery-row"]')[1];
    expect(failed.get('[data-testid="delivery-status"]').attributes('title')).toContain('550 5.1.1 no such user');
    await w.get('[data-testid="deliveries-more"]').trigger('click');
    await flushPromises();
    expect(shown(w)).toEqual(['R-1', 'R-2', 'R-3', 'R-4']);
    expect(sent.at(-1)?.variables).toMatchObject({ waveId: 'w1', after: 'c-2', status: null });
    expect(w.find('[data-testid="deliveries-more"]').exists()).toBe(false);

    await w.get('[data-testid="delivery-filter"]').setValue('SENT');
    await flushPromises();
    expect(sent.at(-1)?.variables).toMatchObject({ status: ['SENT'], after: null });
    expect(shown(w)).toEqual(['R-1', 'R-4']);
  });

  it('reloads the first page on refresh, but not while older pages are shown', async () => {
    const sent = stubGraphQL({ Deliveries: deliveries });
    const w = mount(DeliveriesTable, { props: { waveId: 'w1', refresh: 0 } });
    await flushPromises();
    await w.setProps({ refresh: 1 });
    await flushPromises();
    expect(sent).toHaveLength(2);
    await w.get('[data-testid="deliveries-more"]').trigger('click');
    await flushPromises();
    await w.setProps({ refresh: 2 });
    await flushPromises();
    expect(sent).toHaveLength(3);
    expect(shown(w)).toEqual(['R-1', 'R-2', 'R-3', 'R-4']);
  });
});
