import { flushPromises, mount } from '@vue/test-utils';
import type * as ClientModule from '../api/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { segment } from '../components/insights/insights.fixture';
import { stubGraphQL, type SentRequest } from '../components/live/fake-fetch';
import { fakeLive } from '../components/live/fake-live-client';
import SegmentsPage from './SegmentsPage.vue';

vi.mock('../api/client', async (importOriginal) => {
  const { fakeLive: live } = await import('../components/live/fake-live-client');
  return { ...(await importOriginal<typeof ClientModule>()), subscriptions: () => live.client };
});
// jsdom has no canvas; the charts themselves are exercised by the browser tests in test/.
vi.mock('vue-chartjs', () => {
  const stub = defineComponent({ name: 'ChartStub', render: () => h('div', { class: 'chart-stub' }) });
  return { Chart: stub, Bar: stub };
});

const waves = [
  {
    id: 'w1',
    name: 'Q4 2026',
    status: 'FIELDING',
    launchedAt: '2026-10-01T00:00:00Z',
    createdAt: '2026-09-30T00:00:00Z',
    respondentCount: 300,
    latestAnalysis: null,
  },
  {
    id: 'w0',
    name: 'Draft',
    status: 'DRAFT',
    launchedAt: null,
    createdAt: '2026-11-30T00:00:00Z',
    respondentCount: 0,
    latestAnalysis: null,
  },
];
const respondents = [
  { tier: 'SMB', region: 'EMEA' },
  { tier: 'Enterprise', region: 'LATAM' },
  { tier: 'SMB', region: 'APAC' },
].map((attributes, i) => ({ node: { id: `r${i}`, attributes } }));
let sent: SentRequest[];

beforeEach(() => {
  fakeLive.reset();
  sent = stubGraphQL({
    StudyWaves: { data: { study: { id: 'st1', name: 'Demo', waves } } },
    SegmentAttributes: { data: { respondents: { edges: respondents } } },
    SegmentNps: (v) => ({
      data: {
        segmentNps: {
          groupBy: v.groupBy,
          overall: segment('all', -2, 300),
          segments: [segment('EMEA', 9, 94), segment('LATAM', 5, 20), segment('APAC', -8, 63)],
        },
      },
    }),
  });
});
afterEach(() => vi.unstubAllGlobals());

const mountPage = async (query = '') => {
  const blank = { render: () => null };
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/studies/:id/segments', name: 'segments', component: SegmentsPage },
      ...['study', 'themes', 'trends', 'summary'].map((name) => ({ path: `/studies/:id/${name}`, name, component: blank })),
    ],
  });
  await router.push(`/studies/st1/segments${query}`);
  const w = mount(SegmentsPage, { props: { id: 'st1' }, global: { plugins: [router] } });
  await flushPromises();
  return { w, router };
};
const lastSegmentRequest = () => sent.filter((r) => r.operation === 'SegmentNps').at(-1)?.variables;

describe('SegmentsPage', () => {
  it('groups the newest launched wave by the attribute with the fewest values, and follows the study live', async () => {
    const { w } = await mountPage();
    expect(sent.find((r) => r.operation === 'SegmentAttributes')?.variables).toEqual({ waveId: 'w1', first: 500 });
    expect(lastSegmentRequest()).toEqual({ studyId: 'st1', waveId: 'w1', groupBy: ['tier'], filter: {} });
    expect(fakeLive.variables('SegmentNpsChanged')).toEqual([{ studyId: 'st1', groupBy: [] }]);
    expect(w.findAll('[data-testid="segment-row"]')).toHaveLength(3);
    expect(w.text()).toContain('1 of 3 segments have fewer than 30 respondents and are greyed');

    const before = sent.length;
    fakeLive.push('SegmentNpsChanged', { segmentNpsChanged: { groupBy: [], overall: { n: 301 } } });
    await flushPromises();
    expect(sent.slice(before).map((r) => r.operation)).toEqual(['SegmentNps']);
  });

  it('sends the chosen groupings, bands, values and all waves', async () => {
    const { w } = await mountPage('?wave=all');
    await w.get('[data-testid="group-by-region"]').setValue(true);
    await w.get('[data-testid="filter-band-DETRACTOR"]').setValue(true);
    await w.find('input[value="Enterprise"]').setValue(true);
    await flushPromises();
    expect(lastSegmentRequest()).toEqual({
      studyId: 'st1',
      waveId: null,
      groupBy: ['tier', 'region'],
      filter: { attributes: [{ attribute: 'tier', values: ['Enterprise'] }], bands: ['DETRACTOR'] },
    });
  });

  it('compares two ticked segments side by side', async () => {
    const { w } = await mountPage();
    expect(w.find('[data-testid="segment-compare-panel"]').exists()).toBe(false);
    const boxes = w.findAll('[data-testid="segment-compare"]');
    await boxes[0].setValue(true);
    await boxes[1].setValue(true);
    expect(w.findAll('[data-testid="compare-card"]').map((c) => c.find('strong').text())).toEqual(['region=EMEA', 'region=LATAM']);
  });
});
