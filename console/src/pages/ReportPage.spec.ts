import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { segment } from '../components/insights/insights.fixture';
import { stubGraphQL, type SentRequest } from '../components/live/fake-fetch';
import { cell, competitorReport, reportAnalysis, table } from '../components/report/report.fixture';
import ReportPage from './ReportPage.vue';

const wave = (latestAnalysis: unknown) => ({
  id: 'w1',
  name: 'Q4 2026',
  status: 'FIELDING',
  launchedAt: '2026-10-01T00:00:00Z',
  createdAt: '2026-09-30T00:00:00Z',
  respondentCount: 300,
  latestAnalysis,
});
const completed = { id: 'a1', status: 'COMPLETED', total: 40, coded: 40, progress: 1, finishedAt: '2026-10-03T09:00:00Z' };
const respondents = [
  { id: 'r1', attributes: { tier: 'SMB', region: 'EMEA', account: 'acc-1' } },
  { id: 'r2', attributes: { tier: 'Enterprise', region: 'APAC', account: 'acc-2' } },
  ...Array.from({ length: 12 }, (_, i) => ({ id: `x${i}`, attributes: { tier: 'SMB', region: 'EMEA', account: `acc-x${i}` } })),
];
const byGrouping: Record<string, ReturnType<typeof table>> = {
  tier: table([
    ['tier=SMB', 20, [cell('t1', 16, 20, 0.6, 0.0004, '***')]],
    ['tier=Enterprise', 20, [cell('t1', 4, 20, -0.6, 0.0004, '***')]],
  ]),
  region: table([['region=EMEA', 40, [cell('t1', 20, 40, null, null)]]]),
};

let sent: SentRequest[];
const stub = (latestAnalysis: unknown) => {
  sent = stubGraphQL({
    StudyWaves: { data: { study: { id: 'st1', name: 'Demo study', waves: [wave(latestAnalysis)] } } },
    SegmentNps: {
      data: {
        segmentNps: {
          groupBy: [],
          overall: segment('all', 12, 300, { label: 'All', key: [], ciLow: 4, ciHigh: 20, promoters: 120, passives: 76, detractors: 104 }),
          segments: [],
        },
      },
    },
    ReportAnalysis: { data: { waveAnalysis: reportAnalysis() } },
    SegmentAttributes: { data: { respondents: { edges: respondents.map((node) => ({ node })) } } },
    FindingsThemePrevalence: (v) => ({ data: { themePrevalence: byGrouping[(v.groupBy as string[])[0]] } }),
    FindingsCompetitors: { data: { competitors: competitorReport() } },
  });
};
afterEach(() => vi.unstubAllGlobals());

const mountPage = async () => {
  const stubPage = { render: () => null };
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/studies/:id/report', name: 'report', component: ReportPage },
      ...['study', 'segments', 'themes', 'trends', 'findings', 'summary', 'agreement'].map((name) => ({
        path: `/studies/:id/${name}`,
        name,
        component: stubPage,
      })),
    ],
  });
  await router.push('/studies/st1/report');
  const w = mount(ReportPage, { props: { id: 'st1' }, global: { plugins: [router] } });
  await flushPromises();
  return w;
};

describe('ReportPage', () => {
  it('lays out the wave: header, NPS with interval and band split, summary, actions, top themes, differences, competitors', async () => {
    stub(completed);
    const w = await mountPage();
    expect(w.get('[data-testid="report-title"]').text()).toBe('Demo study');
    expect(w.get('[data-testid="report-wave"]').text()).toMatch(
      /^Wave Q4 2026 · launched 2026-10-01 · 300 respondents · analysed 2026-10-03, 40 interviews coded \(offline\)$/,
    );
    expect(sent.find((r) => r.operation === 'SegmentNps')?.variables).toEqual({ studyId: 'st1', waveId: 'w1', groupBy: [] });
    expect(w.get('[data-testid="report-nps-headline"]').text()).toBe('NPS 12 (95% interval 4 to 20)');
    expect(w.findAll('[data-testid="report-band"]').map((b) => b.text())).toEqual([
      'Detractors 104 (35%)',
      'Passives 76 (25%)',
      'Promoters 120 (40%)',
    ]);
    expect(w.get('[data-testid="report-band-split"] rect[data-band="PROMOTER"]').attributes('width')).toBe('40');
    expect(w.get('[data-testid="report-summary"]').text()).toBe('Detractors wait too long for support.');

    const actions = w.findAll('[data-testid="report-action"]');
    expect(actions.map((a) => a.attributes('data-rank'))).toEqual(['1', '2']);
    expect(actions[0].get('h3').text()).toBe('Answer tickets within a day');
    expect(actions[0].text()).toContain('9 of 12 detractors wait days for an answer');
    expect(actions[0].get('[data-testid="report-action-impact"]').text()).toBe('+7 points (95% CI 1 to 12)');
    expect(actions[0].get('[data-testid="report-action-basis"]').text()).toBe('· 22 interviews: small sample');
    expect(actions[0].text()).toContain('Themes: Theme t1');
    expect(actions[1].get('h3').text()).toBe('Fix pricing tiers');
    expect(actions[1].get('[data-testid="report-action-impact"]').text()).toBe('+2 points (no interval: analyse the wave again)');
    expect(actions[1].find('[data-testid="report-action-basis"]').exists()).toBe(false);

    const themes = w.findAll('[data-testid="report-theme"]');
    expect(themes.map((t) => t.attributes('data-key'))).toEqual(['t1', 't2', 't3', 't4', 't5']);
    expect(themes[0].findAll('[data-testid="theme-prevalence"]')).toHaveLength(3);
    expect(themes[0].findAll('[data-testid="report-quote"]').map((q) => q.text())).toEqual([
      '“Quote t1-1” · Detractors',
      '“Quote t1-2” · Passives',
    ]);

    // account has 14 values in the sample: too many to group by.
    const grouped = sent.filter((r) => r.operation === 'FindingsThemePrevalence').map((r) => r.variables.groupBy);
    expect(grouped.sort()).toEqual([['region'], ['tier']]);
    const differences = w.findAll('[data-testid="report-difference"]');
    expect(differences.map((d) => d.findAll('td').map((td) => td.text()))).toEqual([
      ['tier=SMB', 'Theme t1', '80% (16 of 20)', '+60.0 pts', 'p < 0.001 ***'],
      ['tier=Enterprise', 'Theme t1', '20% (4 of 20)', '-60.0 pts', 'p < 0.001 ***'],
    ]);
    expect(differences[0].classes()).toContain('report-small');

    expect(w.findAll('[data-testid="report-competitor"]').map((c) => c.attributes('data-name'))).toEqual(['Zendesk', 'Acme']);
    expect(w.get('[data-testid="report-competitor"][data-name="Acme"]').text()).toContain('“We looked at Acme.”');
  });

  it('prints from one button, kept off the paper with the navigation', async () => {
    stub(completed);
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const w = await mountPage();
    const toolbar = w.get('.no-print');
    expect(toolbar.find('nav.subnav').exists()).toBe(true);
    await toolbar.get('[data-testid="report-print"]').trigger('click');
    expect(print).toHaveBeenCalledOnce();
  });

  it('shows the NPS and competitors of a wave without a completed analysis, and says what is missing', async () => {
    stub({ ...completed, status: 'RUNNING' });
    const w = await mountPage();
    expect(w.get('[data-testid="report-nps-headline"]').text()).toBe('NPS 12 (95% interval 4 to 20)');
    expect(w.get('[data-testid="report-no-analysis"]').text()).toContain('no completed analysis');
    expect(sent.some((r) => r.operation === 'ReportAnalysis' || r.operation === 'FindingsThemePrevalence')).toBe(false);
    expect(w.find('[data-testid="report-summary"]').exists()).toBe(false);
    expect(w.findAll('[data-testid="report-competitor"]')).toHaveLength(2);
  });
});
