import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ChatPage from './ChatPage.vue';

/** The chat in embed mode, as /embed.js frames it on https://app.partner.example with a theme. */
const PARTNER = 'https://app.partner.example';
const TOKEN = 'tok_abcdefghijklmnopqrstuv';

type Reply = { data?: unknown; errors?: { message: string; extensions: { code: string } }[] };
const turn = (seq: number, role: 'MODERATOR' | 'RESPONDENT', text: string, action: string | null = null) => ({
  id: `t${seq}`,
  seq,
  role,
  text,
  phase: 'context',
  ladderLevel: 0,
  action: role === 'MODERATOR' ? (action ?? 'OPEN') : null,
});
const session = (status: string, turns: ReturnType<typeof turn>[]): Reply => ({
  data: { respondentSession: { sessionId: 's1', status, language: 'en', moderator: 'OFFLINE', turns } },
});

let replies: Reply[];
let origins: string[];
let posted: { message: Record<string, unknown>; target: string }[];

beforeEach(() => {
  replies = [];
  origins = [PARTNER];
  posted = [];
  // The two network boundaries: the API's frame policy and /graphql.
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const body = url.startsWith('/embed/frame-policy/')
        ? { origins }
        : (replies.shift() ?? { errors: [{ message: 'x', extensions: { code: 'TEST' } }] });
      return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    }),
  );
  const parent = { postMessage: (message: Record<string, unknown>, target: string) => posted.push({ message, target }) };
  Object.defineProperty(window, 'parent', { configurable: true, value: parent });
  window.location.hash = `#origin=${encodeURIComponent(PARTNER)}&accent=%23ffd400&background=%23101820&text=%23f2f2f2`;
});
afterEach(() => {
  vi.unstubAllGlobals();
  Object.defineProperty(window, 'parent', { configurable: true, value: window });
  window.location.hash = '';
});

const events = () => posted.map((p) => p.message);

async function embedded(first: Reply) {
  replies.push(first);
  const w = mount(ChatPage, { props: { token: TOKEN, embed: true } });
  await flushPromises();
  await flushPromises();
  return w;
}

describe('ChatPage in embed mode', () => {
  it("applies the partner's theme as custom properties, readable on the accent", async () => {
    const w = await embedded(session('ACTIVE', [turn(0, 'MODERATOR', 'Opening?')]));
    const style = (w.get('[data-testid="chat"]').element as HTMLElement).style;
    expect(style.getPropertyValue('--accent')).toBe('#ffd400');
    expect(style.getPropertyValue('--on-accent')).toBe('#000000');
    expect(style.getPropertyValue('--chat-bg')).toBe('#101820');
    expect(style.getPropertyValue('--ink')).toBe('#f2f2f2');
    expect(w.get('[data-testid="chat"]').classes()).toContain('embedded');
  });

  it('tells the partner page ready, each replied answer and completed, to its origin only, without words', async () => {
    const w = await embedded(session('ACTIVE', [turn(0, 'MODERATOR', 'Opening?')]));
    expect(events()).toEqual([{ ladder: 1, type: 'ready', status: 'ACTIVE' }]);

    replies.push({ data: { sendRespondentMessage: turn(2, 'MODERATOR', 'Why?', 'PROBE') } });
    replies.push(
      session('ACTIVE', [turn(0, 'MODERATOR', 'Opening?'), turn(1, 'RESPONDENT', 'Slow exports'), turn(2, 'MODERATOR', 'Why?')]),
    );
    await w.get('[data-testid="chat-input"]').setValue('Slow exports');
    await w.get('form').trigger('submit');
    await flushPromises();
    await flushPromises();

    const closing = [turn(0, 'MODERATOR', 'Opening?'), turn(1, 'RESPONDENT', 'Slow exports'), turn(2, 'MODERATOR', 'Why?')];
    replies.push({ data: { sendRespondentMessage: turn(4, 'MODERATOR', 'Thank you.', 'CLOSE') } });
    replies.push(session('COMPLETED', [...closing, turn(3, 'RESPONDENT', 'Trust'), turn(4, 'MODERATOR', 'Thank you.', 'CLOSE')]));
    await w.get('[data-testid="chat-input"]').setValue('Trust');
    await w.get('form').trigger('submit');
    await flushPromises();
    await flushPromises();

    expect(events()).toEqual([
      { ladder: 1, type: 'ready', status: 'ACTIVE' },
      { ladder: 1, type: 'turn', turn: 1 },
      { ladder: 1, type: 'turn', turn: 2 },
      { ladder: 1, type: 'completed' },
    ]);
    expect(new Set(posted.map((p) => p.target))).toEqual(new Set([PARTNER]));
    expect(JSON.stringify(posted)).not.toMatch(/Slow exports|Trust|Opening|Thank you/);
  });

  it('sends an error with the code when the link no longer opens', async () => {
    await embedded({ errors: [{ message: 'revoked', extensions: { code: 'LINK_REVOKED' } }] });
    expect(events()).toEqual([{ ladder: 1, type: 'error', code: 'LINK_REVOKED' }]);
  });

  it("posts nothing when the embedding origin is not one of the link's partner origins", async () => {
    origins = ['https://other.example'];
    await embedded(session('ACTIVE', [turn(0, 'MODERATOR', 'Opening?')]));
    expect(posted).toEqual([]);
  });
});
