import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils';
import type * as ClientModule from '../api/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubGraphQL, type SentRequest } from '../components/live/fake-fetch';
import { fakeLive } from '../components/live/fake-live-client';
import { transcriptSession } from '../components/transcript/transcript.fixture';
import TranscriptPage from './TranscriptPage.vue';

vi.mock('../api/client', async (importOriginal) => {
  const { fakeLive: live } = await import('../components/live/fake-live-client');
  return { ...(await importOriginal<typeof ClientModule>()), subscriptions: () => live.client };
});

const initial = transcriptSession();
const shorter = transcriptSession({ turns: initial.turns.slice(0, 3) });
let sent: SentRequest[];

beforeEach(() => {
  fakeLive.reset();
  sent = stubGraphQL({ InterviewSession: { data: { interviewSession: shorter } } });
});
afterEach(() => vi.unstubAllGlobals());

const mountPage = async () => {
  const w = mount(TranscriptPage, { props: { id: 'study-1', sessionId: 's1' }, global: { stubs: { RouterLink: RouterLinkStub } } });
  await flushPromises();
  return w;
};

describe('TranscriptPage', () => {
  it('loads the interview and follows it live while it runs', async () => {
    const w = await mountPage();
    expect(sent[0]).toEqual({ operation: 'InterviewSession', variables: { id: 's1' } });
    expect(fakeLive.variables('SessionUpdated')).toEqual([{ sessionId: 's1' }]);
    expect(w.findAll('[data-testid="transcript-turn"]')).toHaveLength(3);
    expect(w.find('[data-testid="quality-panel"]').exists()).toBe(true);

    fakeLive.push('SessionUpdated', { sessionUpdated: { session: initial, turn: null } });
    await flushPromises();
    expect(w.findAll('[data-testid="transcript-turn"]')).toHaveLength(7);
    expect(w.findAll('[data-testid="ladder-marker"]').at(-1)?.text()).toBe('L2');
    expect(w.get('[data-testid="transcript-escalations"]').text()).toContain('Competitor evaluation (open)');
  });

  it('shows the announced turn even when the event carries an older list, and a late reload loses nothing', async () => {
    const w = await mountPage();
    fakeLive.push('SessionUpdated', { sessionUpdated: { session: shorter, turn: initial.turns[3] } });
    await flushPromises();
    expect(sent.filter((r) => r.operation === 'InterviewSession')).toHaveLength(2);
    expect(w.findAll('[data-testid="transcript-turn"]')).toHaveLength(4);
    expect(w.findAll('[data-testid="escalation-quote"]')).toHaveLength(1);
  });

  it('says when the interview does not exist', async () => {
    stubGraphQL({ InterviewSession: { data: { interviewSession: null } } });
    const w = await mountPage();
    expect(w.text()).toContain('This interview does not exist in your workspace.');
  });
});
