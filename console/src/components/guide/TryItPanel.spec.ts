import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import TryItPanel from './TryItPanel.vue';
import { guideFixture } from './fixtures';

type Body = { query: string; variables: Record<string, unknown> };
let replies: unknown[];
let bodies: Body[];

const turn = (
  seq: number,
  role: 'MODERATOR' | 'RESPONDENT',
  text: string,
  phase = 'context',
  ladderLevel = 0,
  action: string | null = 'OPEN',
) => ({ id: `t${seq}`, seq, role, text, phase, ladderLevel, action: role === 'MODERATOR' ? action : null });
const view = (turns: ReturnType<typeof turn>[]) => ({
  data: { respondentSession: { sessionId: 'p1', status: 'ACTIVE', language: 'en', moderator: 'OFFLINE', turns } },
});
const started = (token: string) => ({
  data: { startGuidePreview: { session: { id: 'p1' }, respondentToken: token, chatPath: `/i/${token}` } },
});

beforeEach(() => {
  replies = [];
  bodies = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      bodies.push(JSON.parse(String(init.body)));
      return new Response(JSON.stringify(replies.shift() ?? { errors: [{ message: 'unexpected' }] }), {
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

describe('TryItPanel', () => {
  it('starts a preview of the shown version, chats, marks moderator turns, and restarts', async () => {
    const guide = guideFixture('PASSIVE', 3);
    const w = mount(TryItPanel, { props: { studyId: 's1', band: 'PASSIVE', guide } });
    expect(w.findAll('[data-testid="tryit-language"] option').map((o) => o.attributes('value'))).toEqual(['', 'en', 'fr']);
    await w.get('[data-testid="tryit-language"]').setValue('fr');
    replies.push(started('tok1'), view([turn(0, 'MODERATOR', 'Bonjour ?')]));
    await w.get('[data-testid="tryit-start"]').trigger('click');
    await flushPromises();
    expect(bodies[0].variables).toEqual({ input: { studyId: 's1', band: 'PASSIVE', guideId: guide.id, language: 'fr' } });
    expect(bodies[1].variables).toEqual({ token: 'tok1' });
    expect(w.get('[data-testid="tryit-meta"]').text()).toContain('AI interviewer (offline mode)');

    replies.push(
      { data: { sendRespondentMessage: turn(2, 'MODERATOR', 'Quand vous dites lent ?', 'laddering', 2, 'PROBE') } },
      view([
        turn(0, 'MODERATOR', 'Bonjour ?'),
        turn(1, 'RESPONDENT', "C'est lent"),
        turn(2, 'MODERATOR', 'Quand vous dites lent ?', 'laddering', 2, 'PROBE'),
      ]),
    );
    await w.get('[data-testid="tryit-input"]').setValue("C'est lent");
    await w.get('[data-testid="tryit-send"]').trigger('submit');
    await flushPromises();
    const turns = w.findAll('[data-testid="tryit-turn"]');
    expect(turns.map((t) => t.attributes('data-role'))).toEqual(['MODERATOR', 'RESPONDENT', 'MODERATOR']);
    expect(turns[2].findAll('.chat-marker').map((m) => m.text())).toEqual(['laddering', 'L2', 'probe']);
    expect(turns[1].find('[data-testid="tryit-marker"]').exists()).toBe(false);

    expect(w.get('[data-testid="tryit-start"]').text()).toBe('Restart');
    replies.push(started('tok2'), view([turn(0, 'MODERATOR', 'Bonjour encore ?')]));
    await w.get('[data-testid="tryit-start"]').trigger('click');
    await flushPromises();
    expect(bodies.at(-1)!.variables).toEqual({ token: 'tok2' });
    expect(w.findAll('[data-testid="tryit-turn"]').map((t) => t.get('.chat-text').text())).toEqual(['Bonjour encore ?']);
  });

  it('sends no language when it is left to detection', async () => {
    const w = mount(TryItPanel, { props: { studyId: 's1', band: 'DETRACTOR', guide: guideFixture() } });
    replies.push(started('tok'), view([turn(0, 'MODERATOR', 'Hello?')]));
    await w.get('[data-testid="tryit-start"]').trigger('click');
    await flushPromises();
    expect(bodies[0].variables).toEqual({ input: { studyId: 's1', band: 'DETRACTOR', guideId: 'g-DETRACTOR-1' } });
  });
});
