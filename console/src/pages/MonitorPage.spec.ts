import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils';
import type * as ClientModule from '../api/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { stubGraphQL, type SentRequest } from '../components/live/fake-fetch';
import { fakeLive } from '../components/live/fake-live-client';
import type { MonitorSessionFragment, SessionStatus } from '../gql/graphql';
import MonitorPage from './MonitorPage.vue';

vi.mock('../api/client', async (importOriginal) => {
  const { fakeLive: live } = await import('../components/live/fake-live-client');
  return { ...(await importOriginal<typeof ClientModule>()), subscriptions: () => live.client };
});
// jsdom has no canvas; the chart itself is exercised by the browser tests in test/.
vi.mock('vue-chartjs', () => ({ Bar: defineComponent({ name: 'BarChartStub', render: () => h('div', { class: 'chart-stub' }) }) }));

const turn = (seq: number, phase = 'context', ladderLevel = 0) => ({
  id: `t${seq}`,
  seq,
  role: seq % 2 ? ('RESPONDENT' as const) : ('MODERATOR' as const),
  phase,
  ladderLevel,
  author: seq % 2 ? ('RESPONDENT' as const) : ('OFFLINE' as const),
});
const session = (
  id: string,
  status: SessionStatus,
  turns: ReturnType<typeof turn>[],
  attributes: Record<string, string> = {},
  idleSeconds = 5,
): MonitorSessionFragment => ({
  id,
  status,
  moderator: 'OFFLINE',
  waveId: 'w1',
  startedAt: '2026-10-01T10:00:00Z',
  completedAt: null,
  lastActivityAt: new Date(Date.now() - idleSeconds * 1000).toISOString(),
  respondent: { id: `r-${id}`, externalId: `R-${id}`, score: 3, band: 'DETRACTOR', attributes },
  turns,
  quality: turns.length ? { ladderDepth: Math.max(...turns.map((t) => t.ladderLevel)), fallbackTurns: 0 } : null,
  escalations: [],
});

let sent: SentRequest[];
const count = (w: ReturnType<typeof mount>, status: string) => w.get(`[data-testid="monitor-count-${status}"]`).text();

beforeEach(() => {
  fakeLive.reset();
  sent = stubGraphQL({
    InterviewSessions: {
      data: {
        interviewSessions: [
          session('a', 'ACTIVE', [turn(0), turn(1), turn(2, 'surface')]),
          session('b', 'COMPLETED', [turn(0), turn(1), turn(2, 'close')], {}, 90),
        ],
      },
    },
  });
});
afterEach(() => vi.unstubAllGlobals());

const mountPage = async () => {
  const w = mount(MonitorPage, { props: { id: 'study-1' }, global: { stubs: { RouterLink: RouterLinkStub } } });
  await flushPromises();
  return w;
};

describe('MonitorPage', () => {
  it('lists recent interviews with counters, the offline label and links to the transcripts', async () => {
    const w = await mountPage();
    expect(sent[0]).toEqual({ operation: 'InterviewSessions', variables: { studyId: 'study-1', first: 200 } });
    expect(w.findAll('[data-testid="monitor-session"]')).toHaveLength(2);
    expect(['invited', 'active', 'completed', 'abandoned', 'expired'].map((s) => count(w, s))).toEqual(['0', '1', '1', '0', '0']);
    const first = w.findAll('[data-testid="monitor-session"]')[0];
    expect(first.get('[data-testid="monitor-phase"]').text()).toBe('Surface reasons');
    expect(first.text()).toContain('Offline moderator');
    expect(first.text()).toMatch(/\d s ago/);
    expect(first.findComponent(RouterLinkStub).props('to')).toEqual({ name: 'transcript', params: { id: 'study-1', sessionId: 'a' } });
    expect(fakeLive.variables('StudySessionUpdated')).toEqual([{ studyId: 'study-1' }]);
  });

  it('shows the live indicator once connected and updates rows and counters on each event', async () => {
    const w = await mountPage();
    expect(w.get('[data-testid="live-indicator"]').text()).toBe('Connecting…');
    fakeLive.connect();
    await flushPromises();
    expect(w.get('[data-testid="live-indicator"]').text()).toBe('Live');

    fakeLive.push('StudySessionUpdated', { studySessionUpdated: { session: session('c', 'INVITED', [turn(0)]) } });
    await flushPromises();
    expect(count(w, 'invited')).toBe('1');
    expect(w.findAll('[data-testid="monitor-session"]')).toHaveLength(3);

    fakeLive.push('StudySessionUpdated', {
      studySessionUpdated: { session: session('c', 'ACTIVE', [turn(0), turn(1), turn(2, 'laddering', 2)]) },
    });
    await flushPromises();
    expect([count(w, 'invited'), count(w, 'active')]).toEqual(['0', '2']);
    const row = w.get('[data-session-id="c"]');
    expect(row.get('[data-testid="monitor-turns"]').text()).toBe('3');
    expect(row.get('[data-testid="monitor-ladder"]').text()).toBe('L2');
    expect(row.get('[data-testid="monitor-phase"]').text()).toBe('Laddering');
  });

  it('merges the announced turn and flags escalations raised live', async () => {
    const w = await mountPage();
    const a = session('a', 'ACTIVE', [turn(0), turn(1), turn(2, 'surface')]);
    fakeLive.push('StudySessionUpdated', { studySessionUpdated: { session: { ...a, turns: [turn(0)] }, turn: turn(3, 'surface') } });
    fakeLive.push('EscalationRaised', {
      escalationRaised: { id: 'e1', reason: 'CHURN_RISK', status: 'OPEN', sessionId: 'a', session: { respondent: a.respondent } },
    });
    await flushPromises();
    const row = w.get('[data-session-id="a"]');
    expect(row.get('[data-testid="monitor-turns"]').text()).toBe('4');
    expect(row.get('[data-testid="monitor-escalation"]').attributes('title')).toBe('churn risk');
  });

  it('ignores guide-editor previews and reloads what it missed on reconnection', async () => {
    const w = await mountPage();
    fakeLive.push('StudySessionUpdated', { studySessionUpdated: { session: session('p', 'ACTIVE', [turn(0)], { preview: 'true' }) } });
    await flushPromises();
    expect(w.findAll('[data-testid="monitor-session"]')).toHaveLength(2);
    const before = sent.length;
    fakeLive.connect();
    await flushPromises();
    expect(
      sent
        .slice(before)
        .map((r) => r.operation)
        .sort(),
    ).toEqual(['InterviewSessions', 'StudySessionCounts']);
  });

  it('counts every interview of the study from the API, not only the loaded ones', async () => {
    sent = stubGraphQL({
      InterviewSessions: { data: { interviewSessions: [session('a', 'ACTIVE', [turn(0), turn(1)])] } },
      StudySessionCounts: {
        data: { study: { id: 's1', sessionCounts: { invited: 120, active: 7, completed: 412, abandoned: 9, expired: 30, total: 578 } } },
      },
    });
    const w = await mountPage();
    expect(count(w, 'completed')).toMatch(/412/);
    expect(count(w, 'invited')).toMatch(/120/);
  });

  it('says so when live updates stop', async () => {
    const w = await mountPage();
    fakeLive.fail('StudySessionUpdated', [{ message: 'Study not found' }]);
    await flushPromises();
    expect(w.get('[data-testid="live-error"]').text()).toMatch(/Live updates stopped: Study not found/);
  });
});
