import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { stubGraphQL } from '../live/fake-fetch';
import FieldingPanel from './FieldingPanel.vue';

vi.mock('vue-chartjs', () => ({
  Bar: defineComponent({ name: 'BarStub', props: ['data', 'options'], render: () => h('div', { class: 'bar-stub' }) }),
}));

const stats = (invited: number) => ({
  responses: 10,
  invited,
  sent: invited,
  failed: 0,
  suppressed: 0,
  started: 0,
  completed: 0,
  responseRate: invited ? 0 : null,
  completionRate: null,
  medianMinutesToComplete: null,
});
const noDeliveries = { data: { deliveries: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } } };

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});
enableAutoUnmount(afterEach);

describe('FieldingPanel', () => {
  it('shows the wave figures and timeline, refreshing them every 5 s while open', async () => {
    let invited = 0;
    const sent = stubGraphQL({
      WaveFieldingRules: { data: { study: { id: 's1', waves: [{ id: 'w1', fieldingRules: null }] } } },
      WaveFieldingStats: () => ({
        data: {
          study: {
            id: 's1',
            waves: [
              { id: 'w0', fielding: stats(99), fieldingTimeline: [] },
              {
                id: 'w1',
                fielding: stats(invited),
                fieldingTimeline: invited ? [{ at: '2026-12-06T14:00:00.000Z', invited, sent: invited, started: 0, completed: 0 }] : [],
              },
            ],
          },
        },
      }),
      Deliveries: noDeliveries,
    });
    const w = mount(FieldingPanel, { props: { studyId: 's1', waveId: 'w1', waveStatus: 'FIELDING' } });
    await flushPromises();
    expect(w.get('[data-testid="fielding-invited"] dd').text()).toBe('0');
    expect(w.find('[data-testid="fielding-chart-empty"]').exists()).toBe(true);
    expect(w.find('[data-testid="fielding-rules"]').exists()).toBe(true);
    const polls = () => sent.filter((s) => s.operation === 'WaveFieldingStats').length;
    expect(polls()).toBe(1);

    invited = 4;
    await vi.advanceTimersByTimeAsync(5000);
    await flushPromises();
    expect(polls()).toBe(2);
    expect(w.get('[data-testid="fielding-invited"] dd').text()).toBe('4');
    expect(w.getComponent({ name: 'BarStub' }).props('data').datasets[0].data).toEqual([4]);
    // The delivery table follows each refresh.
    expect(sent.filter((s) => s.operation === 'Deliveries')).toHaveLength(2);

    await w.get('[data-testid="fielding-bucket"]').setValue('DAY');
    await flushPromises();
    expect(sent.filter((s) => s.operation === 'WaveFieldingStats').at(-1)?.variables).toEqual({ studyId: 's1', bucket: 'DAY' });

    w.unmount();
    const before = polls();
    await vi.advanceTimersByTimeAsync(15_000);
    expect(polls()).toBe(before);
  });
});
