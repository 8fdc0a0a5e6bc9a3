import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setPrincipalForTest } from '../api/principal';
import { userPrincipal } from './account/account.fixture';
import { stubGraphQL } from './live/fake-fetch';
import RespondentsTable from './RespondentsTable.vue';

const respondent = (id: string) => ({
  cursor: id,
  node: {
    id,
    externalId: `R-${id}`,
    score: 4,
    band: 'DETRACTOR',
    language: 'en',
    attributes: {},
    comment: null,
    commentCoding: null,
    source: 'csv',
    receivedAt: '2026-12-01T10:00:00Z',
    invitation: null,
    latestSession: null,
  },
});
const listed = { data: { respondents: { totalCount: 1, pageInfo: { hasNextPage: false, endCursor: null }, edges: [respondent('1')] } } };

afterEach(() => {
  vi.unstubAllGlobals();
  setPrincipalForTest(null);
});

async function controlsFor(role: 'ADMIN' | 'ANALYST' | 'VIEWER') {
  setPrincipalForTest(userPrincipal({ role }));
  stubGraphQL({ Respondents: listed });
  const w = mount(RespondentsTable, {
    props: { studyId: 'study-1', waveId: 'w1', waveStatus: 'FIELDING' },
    global: { stubs: { RouterLink: RouterLinkStub } },
  });
  await flushPromises();
  return {
    start: w.find('[data-testid="start-interview"]').exists(),
    erase: w.find('[data-testid="erase-respondent"]').exists(),
  };
}

describe('RespondentsTable by role', () => {
  it('offers starting an interview to writers and erasing to admins only', async () => {
    expect(await controlsFor('ADMIN')).toEqual({ start: true, erase: true });
    expect(await controlsFor('ANALYST')).toEqual({ start: true, erase: false });
    expect(await controlsFor('VIEWER')).toEqual({ start: false, erase: false });
  });
});
