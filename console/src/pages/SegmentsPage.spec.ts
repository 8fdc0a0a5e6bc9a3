import { flushPromises, mount } from '@vue/test-utils';
import type * as ClientModule from '../api/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { commentDriver, commentDrivers, segment } from '../components/insights/insights.fixture';
import { stubGraphQL, type SentRequest } from '../components/live/fake-fetch';
import { fakeLive } from '../components/live/fake-live-client';
import type { CommentDriverSummary } from '../components/segments/comment-drivers';
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
let comments: CommentDriverSummary;
let sent: SentRequest[];

beforeEach(() => {
  fakeLive.reset();
  comments = commentDrivers();
  sent = stubGraphQL({
    CommentDrivers: (v) => ({ data: { commentDrivers: { ...comments, waveId: v.waveId } } }),
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
      ...['study', 'themes', 'trends', 'summary', 'findings', 'agreement'].map((name) => ({
        path: `/studies/:id/${name}`,
        name,
        component: blank,
      })),
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
    expect(sent.slice(before).map((r) => r.operation)).toEqual(['SegmentNps', 'CommentDrivers']);
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

describe('SegmentsPage: what survey comments say', () => {
  const lastCommentRequest = () => sent.filter((r) => r.operation === 'CommentDrivers').at(-1)?.variables;
  const panel = (w: Awaited<ReturnType<typeof mountPage>>['w']) => w.get('[data-testid="comment-drivers"]');

  it('shows the coded and commented counts, a chart and a row per driver with its share, interval and negative comments', async () => {
    const { w } = await mountPage();
    expect(lastCommentRequest()).toEqual({ waveId: 'w1', filter: {} });
    expect(panel(w).find('h2').text()).toContain('Q4 2026');
    expect(panel(w).get('[data-testid="comment-drivers-figures"]').text()).toBe(
      '44 of 46 comments coded · 2 waiting for the coder · 4 name no driver',
    );
    expect(panel(w).find('[data-testid="comment-drivers-small-sample"]').exists()).toBe(false);
    expect(panel(w).find('[data-testid="comment-drivers-chart"] .chart-stub').exists()).toBe(true);
    const rows = panel(w).findAll('[data-testid="comment-driver-row"]');
    expect(rows.map((r) => r.findAll('td').map((td) => td.text()))).toEqual([
      ['Support responsiveness and quality', '22', '50%', '36% to 64%', '17 of 22'],
      ['Pricing and value', '18', '41%', '28% to 56%', '9 of 18'],
    ]);
    expect(rows[0].classes()).not.toContain('segments-small');
  });

  it("flags a small sample, and asks again with the page's bands and attribute values", async () => {
    comments = commentDrivers({
      commented: 9,
      coded: 9,
      withoutDriver: 0,
      smallSample: true,
      drivers: [commentDriver('billing', 'Billing', 9, 1, [0.7, 1], 6)],
    });
    const { w } = await mountPage();
    expect(panel(w).get('[data-testid="comment-drivers-small-sample"]').text()).toBe('n < 30: interval is wide');
    expect(panel(w).get('[data-testid="comment-driver-row"]').classes()).toContain('segments-small');

    await w.get('[data-testid="filter-band-DETRACTOR"]').setValue(true);
    await w.find('input[value="SMB"]').setValue(true);
    await flushPromises();
    expect(lastCommentRequest()).toEqual({
      waveId: 'w1',
      filter: { attributes: [{ attribute: 'tier', values: ['SMB'] }], bands: ['DETRACTOR'] },
    });
  });

  it('says so when no comment is coded yet, when nobody commented, and when no coded comment names a driver', async () => {
    comments = commentDrivers({ commented: 3, coded: 0, withoutDriver: 0, smallSample: true, drivers: [] });
    let { w } = await mountPage();
    expect(panel(w).get('[data-testid="comment-drivers-empty"]').text()).toContain(
      'No comment is coded yet: the worker codes them within seconds',
    );
    expect(panel(w).find('[data-testid="comment-drivers-chart"]').exists()).toBe(false);
    expect(panel(w).find('[data-testid="comment-drivers-table"]').exists()).toBe(false);
    expect(panel(w).find('[data-testid="comment-drivers-small-sample"]').exists()).toBe(false);

    comments = commentDrivers({ commented: 0, coded: 0, withoutDriver: 0, smallSample: true, drivers: [] });
    ({ w } = await mountPage());
    expect(panel(w).get('[data-testid="comment-drivers-empty"]').text()).toBe(
      'No respondent in this selection left a comment with their score.',
    );

    comments = commentDrivers({ commented: 5, coded: 5, withoutDriver: 5, smallSample: true, drivers: [] });
    ({ w } = await mountPage());
    expect(panel(w).get('[data-testid="comment-drivers-empty"]').text()).toBe("No coded comment names a driver of the study's taxonomy.");
  });

  it('asks for a wave when the page shows all waves: the API counts comments one wave at a time', async () => {
    const { w } = await mountPage('?wave=all');
    expect(sent.some((r) => r.operation === 'CommentDrivers')).toBe(false);
    expect(panel(w).get('[data-testid="comment-drivers-pick-wave"]').text()).toContain('Pick a wave');
  });
});
