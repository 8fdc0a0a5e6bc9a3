import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubGraphQL } from './live/fake-fetch';
import RespondentsTable from './RespondentsTable.vue';

type Session = { id: string; status: string; moderator: string } | null;
const LONG_COMMENT =
  'The exports failed three times last month and support took a week to answer, so my team rebuilt the board pack by hand twice.';
const respondent = (id: string, latestSession: Session, extra: Record<string, unknown> = {}) => ({
  cursor: id,
  node: {
    id,
    externalId: `R-${id}`,
    score: 4,
    band: 'DETRACTOR',
    language: 'en',
    attributes: { tier: 'gold' },
    comment: null,
    commentCoding: null,
    source: 'csv',
    receivedAt: '2026-12-01T10:00:00Z',
    invitation: null,
    latestSession,
    ...extra,
  },
});
const page = (edges: ReturnType<typeof respondent>[]) => ({
  data: { respondents: { totalCount: edges.length, pageInfo: { hasNextPage: false, endCursor: null }, edges } },
});
const twoRows = page([respondent('1', null), respondent('2', { id: 's2', status: 'ACTIVE', moderator: 'OFFLINE' })]);

afterEach(() => vi.unstubAllGlobals());
const mountTable = async (waveStatus: 'DRAFT' | 'FIELDING') => {
  const w = mount(RespondentsTable, {
    props: { studyId: 'study-1', waveId: 'w1', waveStatus },
    global: { stubs: { RouterLink: RouterLinkStub } },
  });
  await flushPromises();
  return w;
};
const row = (w: Awaited<ReturnType<typeof mountTable>>, externalId: string) => w.get(`[data-external-id="${externalId}"]`);

describe('RespondentsTable', () => {
  it('links respondents with an interview to its transcript', async () => {
    stubGraphQL({ Respondents: twoRows });
    const w = await mountTable('FIELDING');
    const links = w.findAll('[data-testid="transcript-link"]');
    expect(links).toHaveLength(1);
    expect(w.findAllComponents(RouterLinkStub)[0].props('to')).toEqual({ name: 'transcript', params: { id: 'study-1', sessionId: 's2' } });
  });

  it('explains WAVE_NOT_LAUNCHED when starting an interview in a draft wave', async () => {
    stubGraphQL({
      Respondents: twoRows,
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

  it('offers a start only without an interview, a new link for an open one, and only the transcript otherwise', async () => {
    stubGraphQL({
      Respondents: page([
        respondent('new', null),
        respondent('invited', { id: 's-i', status: 'INVITED', moderator: 'OFFLINE' }),
        respondent('active', { id: 's-a', status: 'ACTIVE', moderator: 'MISTRAL' }),
        respondent('done', { id: 's-d', status: 'COMPLETED', moderator: 'OFFLINE' }),
        respondent('expired', { id: 's-e', status: 'EXPIRED', moderator: 'OFFLINE' }),
        respondent('gone', { id: 's-g', status: 'ABANDONED', moderator: 'OFFLINE' }),
      ]),
    });
    const w = await mountTable('FIELDING');
    const offers = (id: string) =>
      ['start-interview', 'new-link', 'transcript-link'].filter((t) => row(w, `R-${id}`).find(`[data-testid="${t}"]`).exists());
    expect(offers('new')).toEqual(['start-interview']);
    expect(offers('invited')).toEqual(['new-link', 'transcript-link']);
    expect(offers('active')).toEqual(['new-link', 'transcript-link']);
    for (const closed of ['done', 'expired', 'gone']) expect(offers(closed)).toEqual(['transcript-link']);
    expect(row(w, 'R-invited').get('[data-testid="session-status"]').text()).toBe('invited');
  });

  it('re-issues the link of an open interview in place of its button', async () => {
    const sent = stubGraphQL({
      Respondents: page([respondent('1', { id: 's1', status: 'INVITED', moderator: 'OFFLINE' })]),
      StartInterview: {
        data: {
          startInterview: {
            respondentToken: 't',
            chatPath: '/i/new-token',
            session: { id: 's1', status: 'INVITED', moderator: 'OFFLINE' },
          },
        },
      },
    });
    const w = await mountTable('FIELDING');
    await w.get('[data-testid="new-link"]').trigger('click');
    await flushPromises();
    expect(sent.filter((s) => s.operation === 'StartInterview').map((s) => s.variables)).toEqual([{ respondentId: '1' }]);
    expect(w.get('[data-testid="chat-link"]').attributes('href')).toBe('/i/new-token');
    expect(w.find('[data-testid="new-link"]').exists()).toBe(false);
  });

  it('shows the delivery state with the SMTP error on hover, the source, and the coded comment', async () => {
    stubGraphQL({
      Respondents: page([
        respondent('1', null, {
          invitation: { id: 'd1', status: 'FAILED', lastError: '550 5.1.1 mailbox unavailable', sentAt: null },
          comment: LONG_COMMENT,
          commentCoding: { driver: { key: 'reliability', label: 'Reliability' }, sentiment: 'NEGATIVE' },
          source: 'webhook:typeform',
        }),
        respondent('2', null, { invitation: { id: 'd2', status: 'SENT', lastError: null, sentAt: '2026-12-01T10:05:00Z' } }),
        respondent('3', null),
      ]),
    });
    const w = await mountTable('FIELDING');
    const failed = row(w, 'R-1').get('[data-testid="delivery-status"]');
    expect(failed.text()).toBe('failed');
    expect(failed.attributes('title')).toContain('550 5.1.1 mailbox unavailable');
    expect(row(w, 'R-2').get('[data-testid="delivery-status"]').text()).toBe('sent');
    expect(row(w, 'R-3').get('[data-testid="delivery-none"]').text()).toBe('not invited');
    expect(row(w, 'R-1').get('[data-testid="respondent-source"]').text()).toBe('webhook:typeform');

    const comment = row(w, 'R-1').get('[data-testid="comment-text"]');
    expect(comment.text().length).toBeLessThan(LONG_COMMENT.length);
    expect(comment.text()).toMatch(/…$/);
    expect(comment.attributes('title')).toBe(LONG_COMMENT);
    expect(row(w, 'R-1').get('[data-testid="comment-driver"]').text()).toBe('Reliability');
    await row(w, 'R-1').get('.comment-toggle').trigger('click');
    expect(row(w, 'R-1').get('[data-testid="comment-text"]').text()).toBe(LONG_COMMENT);
    expect(row(w, 'R-2').find('[data-testid="respondent-comment"]').exists()).toBe(false);
  });

  it('reloads the first page when refresh is bumped (after an import)', async () => {
    let calls = 0;
    stubGraphQL({ Respondents: () => (calls++ === 0 ? page([]) : page([respondent('9', null)])) });
    const w = await mountTable('FIELDING');
    expect(w.findAll('[data-testid="respondent-row"]')).toHaveLength(0);
    await w.setProps({ refresh: 1 });
    await flushPromises();
    expect(w.findAll('[data-testid="respondent-row"]').map((r) => r.attributes('data-external-id'))).toEqual(['R-9']);
  });
});
