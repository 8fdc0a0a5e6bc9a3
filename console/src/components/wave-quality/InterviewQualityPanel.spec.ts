import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { stubGraphQL } from '../live/fake-fetch';
import InterviewQualityPanel from './InterviewQualityPanel.vue';
import { interviewLength, levels, qualityFigures, usd, type WaveQuality } from './quality-format';

vi.mock('vue-chartjs', () => ({
  Bar: defineComponent({ name: 'BarStub', props: ['data', 'options'], render: () => h('div', { class: 'bar-stub' }) }),
}));

const QUALITY: WaveQuality = {
  interviews: 1200,
  medianDepth: 4.5,
  shareDepthAtLeast5: 0.4167,
  leadingCaught: 7,
  probesReusingWordsShare: 0.8,
  medianMinutes: 8.5,
  costPerInterview: 0.0123,
  depthDistribution: [0, 1, 2, 3, 4, 5, 6].map((depth) => ({ depth, interviews: depth === 5 ? 3 : 1 })),
};
const EMPTY: WaveQuality = {
  interviews: 0,
  medianDepth: null,
  shareDepthAtLeast5: null,
  leadingCaught: 0,
  probesReusingWordsShare: null,
  medianMinutes: null,
  costPerInterview: null,
  depthDistribution: [],
};

describe('qualityFigures', () => {
  it('gives every figure its unit', () => {
    expect(Object.fromEntries(qualityFigures(QUALITY).map((f) => [f.key, f.value]))).toEqual({
      interviews: (1200).toLocaleString(),
      medianDepth: '4.5 levels',
      shareDepthAtLeast5: '42%',
      probesReusingWordsShare: '80%',
      leadingCaught: '7',
      medianMinutes: '8.5 min',
      costPerInterview: '$0.0123',
    });
    expect(qualityFigures(QUALITY).every((f) => f.hint.length > 10)).toBe(true);
  });

  it('shows dashes for what cannot be measured over no interview', () => {
    const dashes = qualityFigures(EMPTY).filter((f) => f.value === '—');
    expect(dashes.map((f) => f.key)).toEqual([
      'medianDepth',
      'shareDepthAtLeast5',
      'probesReusingWordsShare',
      'medianMinutes',
      'costPerInterview',
    ]);
  });

  it('formats depth, length and cost', () => {
    expect([levels(1), levels(3), levels(0)]).toEqual(['1 level', '3 levels', '0 levels']);
    expect([interviewLength(0.25), interviewLength(4.25), interviewLength(75)]).toEqual(['15 s', '4.3 min', '1 h 15 min']);
    expect([usd(0), usd(0.5), usd(2)]).toEqual(['$0.00', '$0.5000', '$2.00']);
  });
});

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});
enableAutoUnmount(afterEach);

describe('InterviewQualityPanel', () => {
  it("shows the wave's figures and its depth chart, refreshed while open", async () => {
    let quality = EMPTY;
    const sent = stubGraphQL({
      WaveInterviewQuality: () => ({
        data: {
          study: {
            id: 's1',
            waves: [
              { id: 'w0', interviewQuality: QUALITY },
              { id: 'w1', interviewQuality: quality },
            ],
          },
        },
      }),
    });
    const w = mount(InterviewQualityPanel, { props: { studyId: 's1', waveId: 'w1' } });
    await flushPromises();
    expect(w.get('h2').text()).toBe('Interview quality');
    expect(w.get('[data-testid="wave-quality-interviews"] dd').text()).toBe('0');
    expect(w.get('[data-testid="wave-quality-medianDepth"] dd').text()).toBe('—');
    expect(w.find('[data-testid="wave-quality-empty"]').exists()).toBe(true);
    expect(w.find('[data-testid="wave-quality-depth-chart"]').exists()).toBe(false);
    expect(sent.map((s) => s.variables)).toEqual([{ studyId: 's1' }]);

    quality = QUALITY;
    await vi.advanceTimersByTimeAsync(5000);
    await flushPromises();
    expect(w.get('[data-testid="wave-quality-medianDepth"] dd').text()).toBe('4.5 levels');
    expect(w.get('[data-testid="wave-quality-medianDepth"]').attributes('title')).toContain('deepest ladder level');
    expect(w.get('[data-testid="wave-quality-costPerInterview"] dd').text()).toBe('$0.0123');
    expect(w.find('[data-testid="wave-quality-empty"]').exists()).toBe(false);
    const data = w.getComponent({ name: 'BarStub' }).props('data');
    expect(data.labels).toEqual(['0', '1', '2', '3', '4', '5', '6']);
    expect(data.datasets[0].data).toEqual([1, 1, 1, 1, 1, 3, 1]);
  });

  it('says what went wrong when the API refuses', async () => {
    stubGraphQL({ WaveInterviewQuality: { errors: [{ message: 'A viewer key may not read data.', extensions: { code: 'FORBIDDEN' } }] } });
    const w = mount(InterviewQualityPanel, { props: { studyId: 's1', waveId: 'w1' } });
    await flushPromises();
    expect(w.get('[role="alert"]').text()).not.toBe('');
    expect(w.find('[data-testid="wave-quality-figures"]').exists()).toBe(false);
  });
});
