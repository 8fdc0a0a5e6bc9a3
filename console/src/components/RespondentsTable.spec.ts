import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubGraphQL } from './live/fake-fetch';
import RespondentsTable from './RespondentsTable.vue';

const respondent = (id: string, latestSession: { id: string; status: string; moderator: string } | null) => ({
  cursor: id,
  node: { id, externalId: `R-${id}`, score: 4, band: 'DETRACTOR', language: 'en', attributes: { tier: 'gold' }, latestSession },
});
const page = {
  data: {
    respondents: {
      totalCount: 2,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: [respondent('1', null), respondent('2', { id: 's2', status: 'ACTIVE', moderator: 'OFFLINE' })],
    },
  },
};

afterEach(() => vi.unstubAllGlobals());
const mountTable = async (waveStatus: 'DRAFT' | 'FIELDING') => {
  const w = mount(RespondentsTable, {
    props: { studyId: 'study-1', waveId: 'w1', waveStatus },
    global: { stubs: { RouterLink: RouterLinkStub } },
  });
  await flushPromises();
  return w;
};

describe('RespondentsTable', () => {
  it('links respondents with an interview to its transcript', async () => {
    stubGraphQL({ Respondents: page });
    const w = await mountTable('FIELDING');
    const links = w.findAll('[data-testid="transcript-link"]');
    expect(links).toHaveLength(1);
    expect(w.findAllComponents(RouterLinkStub)[0].props('to')).toEqual({ name: 'transcript', params: { id: 'study-1', sessionId: 's2' } });
  });

  it('explains WAVE_NOT_LAUNCHED when starting an interview in a draft wave', async () => {
    stubGraphQL({
      Respondents: page,
      StartInterview: { errors: [{ message: 'Wave w1 is not launched', extensions: { code: 'WAVE_NOT_LAUNCHED' } }] },
    });
    const w = await mountTable('DRAFT');
    expect(w.find('[data-testid="wave-draft-hint"]').exists()).toBe(true);
    await w.get('[data-testid="start-interview"]').trigger('click');
    await flushPromises();
    expect(w.get('[data-testid="wave-not-launched"]').text()).toMatch(/still a draft.*Launch it/s);
    await w.setProps({ waveStatus: 'FIELDING' });
    expect(w.find('[data-testid="wave-not-launched"]').exists()).toBe(false);
  });
});
