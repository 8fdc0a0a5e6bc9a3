import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { stubGraphQL } from '../components/live/fake-fetch';
import StudyPage from './StudyPage.vue';

vi.mock('vue-chartjs', () => ({ Bar: defineComponent({ name: 'BarChartStub', render: () => h('div') }) }));

const guides = [
  { id: 'g3', band: 'PROMOTER', version: 2 },
  { id: 'g1', band: 'DETRACTOR', version: 3 },
  { id: 'g2', band: 'PASSIVE', version: 1 },
];
const study = (draftLaunched: boolean) => ({
  data: {
    study: {
      id: 'study-1',
      name: 'Demo',
      description: null,
      respondentCount: 0,
      bandCounts: { detractors: 0, passives: 0, promoters: 0, total: 0 },
      nps: { n: 0, nps: null, ciLow: null, ciHigh: null, smallSample: true, promoters: 0, passives: 0, detractors: 0 },
      waves: [
        {
          id: 'w1',
          name: 'Q3',
          status: 'FIELDING',
          createdAt: '2026-07-01T00:00:00Z',
          launchedAt: '2026-07-02T00:00:00Z',
          respondentCount: 0,
          guides,
        },
        {
          id: 'w2',
          name: 'Q4',
          status: draftLaunched ? 'FIELDING' : 'DRAFT',
          createdAt: '2026-10-01T00:00:00Z',
          launchedAt: null,
          respondentCount: 0,
          guides: draftLaunched ? guides : [],
        },
      ],
    },
  },
});
const noRespondents = { data: { respondents: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } } };

afterEach(() => vi.unstubAllGlobals());

describe('StudyPage waves', () => {
  it('shows pinned guide versions of launched waves and launches a draft after confirmation', async () => {
    let launched = false;
    const sent = stubGraphQL({
      Study: () => study(launched),
      Respondents: noRespondents,
      LaunchWave: () => {
        launched = true;
        return { data: { launchWave: { id: 'w2', status: 'FIELDING', launchedAt: '2026-10-02T00:00:00Z', guides } } };
      },
    });
    const w = mount(StudyPage, { props: { id: 'study-1' }, global: { stubs: { RouterLink: RouterLinkStub } } });
    await flushPromises();
    const rows = w.findAll('[data-testid="wave-row"]');
    expect(
      rows[0]
        .get('[data-testid="pinned-guides"]')
        .findAll('.badge')
        .map((b) => b.text()),
    ).toEqual(['detractor v3', 'passive v1', 'promoter v2']);
    await rows[1].get('[data-testid="launch-wave"]').trigger('click');
    await w.get('[data-testid="launch-confirm"]').trigger('click');
    await flushPromises();
    expect(sent.find((s) => s.operation === 'LaunchWave')?.variables).toEqual({ id: 'w2' });
    expect(w.findAll('[data-testid="pinned-guides"]')).toHaveLength(2);
    expect(w.find('[data-testid="launch-wave"]').exists()).toBe(false);
  });

  it('explains WAVE_ALREADY_LAUNCHED and shows the pinned versions', async () => {
    // The page still shows the draft from its first load; someone else launched it meanwhile.
    let loads = 0;
    stubGraphQL({
      Study: () => study(loads++ > 0),
      Respondents: noRespondents,
      LaunchWave: { errors: [{ message: 'Wave already launched', extensions: { code: 'WAVE_ALREADY_LAUNCHED' } }] },
    });
    const w = mount(StudyPage, { props: { id: 'study-1' }, global: { stubs: { RouterLink: RouterLinkStub } } });
    await flushPromises();
    await w.get('[data-testid="launch-wave"]').trigger('click');
    await w.get('[data-testid="launch-confirm"]').trigger('click');
    await flushPromises();
    expect(w.get('[role="alert"]').text()).toMatch(/already been launched/);
    expect(w.findAll('[data-testid="pinned-guides"]')).toHaveLength(2);
  });

  it('refreshes NPS and the respondents of the wave after a CSV import, and opens the wave asked for', async () => {
    const sent = stubGraphQL({
      Study: () => study(true),
      Respondents: noRespondents,
      ImportRespondents: (v) => ({
        data: {
          importRespondents: { ok: true, dryRun: (v.input as { dryRun: boolean }).dryRun, importedCount: 1, errorCount: 0, errors: [] },
        },
      }),
    });
    const w = mount(StudyPage, { props: { id: 'study-1', initialWave: 'w2' }, global: { stubs: { RouterLink: RouterLinkStub } } });
    await flushPromises();
    expect(w.findAll('h2').at(-1)?.text()).toBe('Respondents · Q4');
    const input = w.get('[data-testid="csv-file"]');
    Object.defineProperty(input.element, 'files', { value: [new File(['id,score\nN-1,3\n'], 'q4.csv')] });
    await input.trigger('change');
    await vi.waitFor(() => expect(w.find('[data-testid="csv-ready"]').exists()).toBe(true));
    const count = (operation: string) => sent.filter((r) => r.operation === operation).length;
    const before = { study: count('Study'), respondents: count('Respondents') };
    await w.get('[data-testid="csv-import-button"]').trigger('click');
    await flushPromises();
    expect(sent.filter((r) => r.operation === 'ImportRespondents').map((r) => (r.variables.input as { waveId: string }).waveId)).toEqual([
      'w2',
      'w2',
    ]);
    expect(count('Study')).toBe(before.study + 1);
    expect(count('Respondents')).toBe(before.respondents + 1);
    expect(sent.filter((r) => r.operation === 'Respondents').at(-1)?.variables).toMatchObject({ waveId: 'w2', after: null });
  });
});
