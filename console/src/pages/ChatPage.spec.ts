import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ChatPage from './ChatPage.vue';

type Reply = { data?: unknown; errors?: { message: string; extensions: { code: string } }[] };

const turn = (seq: number, role: 'MODERATOR' | 'RESPONDENT', text: string) => ({ id: `t${seq}`, seq, role, text, phase: 'context' });
const session = (status: string, turns: ReturnType<typeof turn>[]) => ({
  data: { respondentSession: { sessionId: 's1', status, language: 'en', moderator: 'OFFLINE', turns } },
});

let replies: Reply[];
let bodies: { query: string; variables: Record<string, unknown> }[];

beforeEach(() => {
  replies = [];
  bodies = [];
  vi.stubGlobal('fetch', vi.fn(async (_url: string, init: RequestInit) => {
    bodies.push(JSON.parse(String(init.body)));
    const next = replies.shift() ?? { errors: [{ message: 'unexpected', extensions: { code: 'TEST' } }] };
    return new Response(JSON.stringify(next), { headers: { 'content-type': 'application/json' } });
  }));
});
afterEach(() => vi.unstubAllGlobals());

describe('ChatPage', () => {
  it('shows the transcript with the offline label and the consent line', async () => {
    replies.push(session('INVITED', [turn(0, 'MODERATOR', 'Tell me about the role the product plays in your work.')]));
    const w = mount(ChatPage, { props: { token: 'tok' } });
    await flushPromises();
    expect(w.findAll('[data-testid="moderator-turn"]').map((b) => b.text())).toEqual(['Tell me about the role the product plays in your work.']);
    expect(w.text()).toContain('Offline moderator');
    expect(w.get('[data-testid="consent"]').text()).toMatch(/recorded/);
    expect(bodies[0].variables).toEqual({ token: 'tok' });
  });

  it('sends an answer with a client message id and appends the reply', async () => {
    replies.push(session('INVITED', [turn(0, 'MODERATOR', 'Opening?')]));
    const w = mount(ChatPage, { props: { token: 'tok' } });
    await flushPromises();
    replies.push({ data: { sendRespondentMessage: turn(2, 'MODERATOR', 'When you say "slow", what does that look like?') } });
    replies.push(session('ACTIVE', [turn(0, 'MODERATOR', 'Opening?'), turn(1, 'RESPONDENT', 'It is slow'), turn(2, 'MODERATOR', 'When you say "slow", what does that look like?')]));
    await w.get('[data-testid="chat-input"]').setValue('It is slow');
    await w.get('form').trigger('submit');
    await flushPromises();
    expect(bodies[1].variables).toMatchObject({ token: 'tok', text: 'It is slow', clientMessageId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(w.findAll('[data-testid="respondent-turn"]').map((b) => b.text())).toEqual(['It is slow']);
    expect(w.findAll('[data-testid="moderator-turn"]')).toHaveLength(2);
    expect((w.get('[data-testid="chat-input"]').element as HTMLTextAreaElement).value).toBe('');
  });

  it('disables input once the interview is completed', async () => {
    replies.push(session('COMPLETED', [turn(0, 'MODERATOR', 'Opening?'), turn(1, 'RESPONDENT', 'Fine'), turn(2, 'MODERATOR', 'Thank you')]));
    const w = mount(ChatPage, { props: { token: 'tok' } });
    await flushPromises();
    expect(w.find('[data-testid="chat-completed"]').exists()).toBe(true);
    expect(w.get('[data-testid="chat-input"]').attributes('disabled')).toBeDefined();
  });

  it('explains an invalid link by its error code', async () => {
    replies.push({ errors: [{ message: 'internal text', extensions: { code: 'SESSION_NOT_FOUND' } }] });
    const w = mount(ChatPage, { props: { token: 'gone' } });
    await flushPromises();
    expect(w.get('[data-testid="chat-error"]').text()).toMatch(/not valid/);
  });

  it('keeps the draft when sending fails', async () => {
    replies.push(session('ACTIVE', [turn(0, 'MODERATOR', 'Opening?')]));
    const w = mount(ChatPage, { props: { token: 'tok' } });
    await flushPromises();
    replies.push({ errors: [{ message: 'x', extensions: { code: 'INTERVIEW_UNAVAILABLE' } }] });
    await w.get('[data-testid="chat-input"]').setValue('My answer');
    await w.get('form').trigger('submit');
    await flushPromises();
    expect((w.get('[data-testid="chat-input"]').element as HTMLTextAreaElement).value).toBe('My answer');
    expect(w.findAll('[data-testid="respondent-turn"]')).toHaveLength(0);
    expect(w.get('[data-testid="chat-error"]').text()).toMatch(/briefly unavailable/);
  });
});
