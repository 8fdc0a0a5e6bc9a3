import { flushPromises, mount } from '@vue/test-utils';
import type * as ClientModule from '../api/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { theme } from '../components/insights/insights.fixture';
import { stubGraphQL, type SentRequest } from '../components/live/fake-fetch';
import { fakeLive } from '../components/live/fake-live-client';
import ThemesPage from './ThemesPage.vue';

vi.mock('../api/client', async (importOriginal) => {
  const { fakeLive: live } = await import('../components/live/fake-live-client');
  return { ...(await importOriginal<typeof ClientModule>()), subscriptions: () => live.client };
});

const wave = {
  id: 'w1',
  name: 'Q4 2026',
  status: 'FIELDING',
  launchedAt: '2026-10-01T00:00:00Z',
  createdAt: '2026-09-30T00:00:00Z',
  respondentCount: 300,
  latestAnalysis: null,
};
const analysis = (status: string, coded: number, themes: ReturnType<typeof theme>[] = []) => ({
  id: 'a1',
  waveId: 'w1',
  status,
  total: 12,
  coded,
  progress: coded / 12,
  error: null,
  synthesizer: 'OFFLINE',
  taxonomyVersion: 1,
  finishedAt: status === 'COMPLETED' ? '2026-10-02T00:00:00Z' : null,
  themes,
});
let current = analysis('RUNNING', 0);
let sent: SentRequest[];

beforeEach(() => {
  fakeLive.reset();
  current = analysis('RUNNING', 0);
  sent = stubGraphQL({
    StudyWaves: { data: { study: { id: 'st1', name: 'Demo', waves: [wave] } } },
    StartWaveAnalysis: { data: { startWaveAnalysis: { id: 'a1', waveId: 'w1', status: 'RUNNING', total: 12, coded: 0, progress: 0 } } },
    WaveAnalysis: () => ({ data: { waveAnalysis: current } }),
  });
});
afterEach(() => vi.unstubAllGlobals());

const mountPage = async () => {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/studies/:id/themes', name: 'themes', component: ThemesPage },
      { path: '/studies/:id', name: 'study', component: { render: () => null } },
      { path: '/studies/:id/segments', name: 'segments', component: { render: () => null } },
      { path: '/studies/:id/trends', name: 'trends', component: { render: () => null } },
      { path: '/studies/:id/summary', name: 'summary', component: { render: () => null } },
      { path: '/studies/:id/findings', name: 'findings', component: { render: () => null } },
      { path: '/studies/:id/agreement', name: 'agreement', component: { render: () => null } },
      { path: '/studies/:id/interviews/:sessionId', name: 'transcript', component: { render: () => null } },
    ],
  });
  await router.push('/studies/st1/themes');
  const w = mount(ThemesPage, { props: { id: 'st1' }, global: { plugins: [router] } });
  await flushPromises();
  return { w, router };
};

describe('ThemesPage', () => {
  it('runs the analysis, follows its progress live and lists the themes when it completes', async () => {
    const { w } = await mountPage();
    expect(w.text()).toContain('has not been analysed yet');
    await w.get('[data-testid="run-analysis"]').trigger('click');
    await flushPromises();
    expect(sent.find((r) => r.operation === 'StartWaveAnalysis')?.variables).toEqual({ waveId: 'w1' });
    expect(w.get('[data-testid="run-analysis"]').attributes('disabled')).toBeDefined();
    expect(fakeLive.variables('WaveAnalysisProgress')).toEqual([{ waveId: 'w1' }]);

    fakeLive.push('WaveAnalysisProgress', {
      waveAnalysisProgress: { analysisId: 'a1', waveId: 'w1', status: 'RUNNING', total: 12, coded: 6, progress: 0.5 },
    });
    await flushPromises();
    expect(w.get('[data-testid="analysis-progress-text"]').text()).toBe('6 / 12 interviews coded');

    current = analysis('COMPLETED', 12, [
      theme('slow', 1, { DETRACTOR: [3, 4] }),
      theme('love', 2, { PROMOTER: [4, 5] }, { scope: 'PROMOTER' }),
    ]);
    fakeLive.push('WaveAnalysisProgress', {
      waveAnalysisProgress: { analysisId: 'a1', waveId: 'w1', status: 'COMPLETED', total: 12, coded: 12, progress: 1 },
    });
    await flushPromises();
    expect(w.get('[data-testid="analysis-progress"]').attributes('data-status')).toBe('COMPLETED');
    expect(w.findAll('[data-testid="theme-row"]').map((r) => r.attributes('data-theme-key'))).toEqual(['slow']);
    await w.get('[data-testid="band-tab-ALL"]').trigger('click');
    expect(w.findAll('[data-testid="theme-row"]')).toHaveLength(2);
    expect(w.findAll('[data-testid="theme-row"]')[0].findAll('[data-testid="theme-prevalence"]')).toHaveLength(3);
  });

  it("opens a theme's quotes, each linking to its transcript turn", async () => {
    current = analysis('COMPLETED', 12, [theme('slow', 1, { DETRACTOR: [3, 4] })]);
    stubGraphQL({
      StudyWaves: {
        data: {
          study: {
            id: 'st1',
            name: 'Demo',
            waves: [{ ...wave, latestAnalysis: { id: 'a1', status: 'COMPLETED', total: 12, coded: 12, progress: 1, finishedAt: null } }],
          },
        },
      },
      WaveAnalysis: () => ({ data: { waveAnalysis: current } }),
    });
    const { w, router } = await mountPage();
    await w.get('[data-testid="theme-row"] button').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query.theme).toBe('slow');
    const quotes = w.findAll('[data-testid="theme-quote"]');
    expect(quotes.map((q) => q.get('.badge').text())).toEqual(['detractor', 'passive']);
    expect(quotes[0].get('a').attributes('href')).toBe('/studies/st1/interviews/s-slow-1?turn=5');
  });
});
