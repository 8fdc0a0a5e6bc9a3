import { mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import NpsSummary from './NpsSummary.vue';

// jsdom has no canvas; the chart itself is exercised by the browser tests in test/.
vi.mock('vue-chartjs', () => ({ Bar: defineComponent({ name: 'BarChartStub', render: () => h('div', { class: 'chart-stub' }) }) }));

const bands = { detractors: 20, passives: 30, promoters: 50 };
const mountWith = (nps: { n: number; nps: number | null; ciLow: number | null; ciHigh: number | null; smallSample: boolean }) =>
  mount(NpsSummary, { props: { nps, bands } });

describe('NpsSummary', () => {
  it('shows the NPS with its rounded 95% interval', () => {
    const w = mountWith({ n: 100, nps: 30, ciLow: 14.69, ciHigh: 45.31, smallSample: false });
    expect(w.get('[data-testid="nps-headline"]').text()).toBe('NPS 30 (95% CI 15 to 45)');
    expect(w.find('[data-testid="small-sample"]').exists()).toBe(false);
  });

  it('warns about small samples', () => {
    const w = mountWith({ n: 12, nps: 50, ciLow: 4, ciHigh: 96, smallSample: true });
    expect(w.get('[data-testid="small-sample"]').text()).toMatch(/Small sample/);
  });

  it('says so when there is nobody yet', () => {
    const w = mountWith({ n: 0, nps: null, ciLow: null, ciHigh: null, smallSample: true });
    expect(w.get('[data-testid="nps-headline"]').text()).toBe('No respondents yet');
    expect(w.find('[data-testid="small-sample"]').exists()).toBe(false);
  });
});
