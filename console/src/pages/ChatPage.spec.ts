import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ChatPage from './ChatPage.vue';

type Reply = { data?: unknown; errors?: { message: string; extensions: { code: string } }[] };

const turn = (seq: number, role: 'MODERATOR' | 'RESPONDENT', text: string) => ({
  id: `t${seq}`,
  seq,
  role,
  text,
  phase: 'context',
  ladderLevel: 0,
  action: role === 'MODERATOR' ? 'OPEN' : null,
});
const session = (status: string, turns: ReturnType<typeof turn>[], extra: Record<string, string> = {}) => ({
  data: { respondentSession: { sessionId: 's1', status, language: 'en', moderator: 'OFFLINE', turns, ...extra } },
});
const failure = (code: string): Reply => ({ errors: [{ message: 'internal text', extensions: { code } }] });

let replies: Reply[];
let bodies: { query: string; variables: Record<string, unknown> }[];

beforeEach(() => {
  replies = [];
  bodies = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      bodies.push(JSON.parse(String(init.body)));
      const next = replies.shift() ?? failure('TEST');
      return new Response(JSON.stringify(next), { headers: { 'content-type': 'application/json' } });
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

async function opened(status = 'ACTIVE') {
  replies.push(session(status, [turn(0, 'MODERATOR', 'Opening?')]));
  const w = mount(ChatPage, { props: { token: 'tok' } });
  await flushPromises();
  return w;
}
const input = (w: Awaited<ReturnType<typeof opened>>) => w.get('[data-testid="chat-input"]').element as HTMLTextAreaElement;

describe('ChatPage', () => {
  it('shows the transcript, the consent line and the offline interviewer label', async () => {
    replies.push(session('INVITED', [turn(0, 'MODERATOR', 'Tell me about the role the product plays in your work.')]));
    const w = mount(ChatPage, { props: { token: 'tok' } });
    await flushPromises();
    expect(w.findAll('[data-testid="moderator-turn"]').map((b) => b.text())).toEqual([
      'Tell me about the role the product plays in your work.',
    ]);
    expect(w.get('[data-testid="moderator-kind"]').text()).toBe('AI interviewer (offline mode)');
    expect(w.get('[data-testid="consent"]').text()).toMatch(/used by .* to improve the product; you can stop at any time/);
    expect(w.find('[data-testid="typing"]').exists()).toBe(false);
    expect(bodies[0].variables).toEqual({ token: 'tok' });
  });

  it('labels a Mistral interview as an AI interviewer, in the interview language', async () => {
    replies.push(session('ACTIVE', [turn(0, 'MODERATOR', 'Bonjour ?')], { moderator: 'MISTRAL', language: 'fr' }));
    const w = mount(ChatPage, { props: { token: 'tok' } });
    await flushPromises();
    expect(w.get('[data-testid="moderator-kind"]').text()).toBe('Enquêteur IA');
    expect(w.get('[data-testid="chat-send"]').text()).toBe('Envoyer');
  });

  it('sends an answer with a client message id, shows the typing indicator, and appends the reply', async () => {
    const w = await opened();
    let answer!: (r: Response) => void;
    vi.mocked(fetch).mockImplementationOnce((_url, init) => {
      bodies.push(JSON.parse(String(init?.body)));
      return new Promise<Response>((resolve) => {
        answer = resolve;
      });
    });
    await w.get('[data-testid="chat-input"]').setValue('It is slow');
    await w.get('form').trigger('submit');
    expect(w.find('[data-testid="typing"]').exists()).toBe(true);
    expect(w.findAll('[data-testid="respondent-turn"]').map((b) => b.text())).toEqual(['It is slow']);

    replies.push(
      session('ACTIVE', [
        turn(0, 'MODERATOR', 'Opening?'),
        turn(1, 'RESPONDENT', 'It is slow'),
        turn(2, 'MODERATOR', 'When you say "slow", what does that look like?'),
      ]),
    );
    answer(
      new Response(
        JSON.stringify({ data: { sendRespondentMessage: turn(2, 'MODERATOR', 'When you say "slow", what does that look like?') } }),
      ),
    );
    await flushPromises();
    expect(bodies[1].variables).toMatchObject({
      token: 'tok',
      text: 'It is slow',
      clientMessageId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(w.findAll('[data-testid="respondent-turn"]').map((b) => b.text())).toEqual(['It is slow']);
    expect(w.findAll('[data-testid="moderator-turn"]')).toHaveLength(2);
    expect(w.find('[data-testid="typing"]').exists()).toBe(false);
    expect(input(w).value).toBe('');
    expect(w.get('[data-testid="consent"]').classes()).toContain('quiet');
  });

  it.each([
    ['COMPLETED', /interview is complete/],
    ['ABANDONED', /was stopped/],
    ['EXPIRED', /has expired/],
  ])('shows a clear end state for %s and no input', async (status, text) => {
    replies.push(session(status, [turn(0, 'MODERATOR', 'Opening?'), turn(1, 'RESPONDENT', 'Fine')]));
    const w = mount(ChatPage, { props: { token: 'tok' } });
    await flushPromises();
    expect(w.get('[data-testid="chat-ended"]').text()).toMatch(text);
    expect(w.get('[data-testid="chat-ended"]').attributes('data-status')).toBe(status);
    expect(w.find('[data-testid="chat-input"]').exists()).toBe(false);
    expect(w.find('[data-testid="typing"]').exists()).toBe(false);
  });

  it('explains an invalid link by its error code', async () => {
    replies.push(failure('SESSION_NOT_FOUND'));
    const w = mount(ChatPage, { props: { token: 'gone' } });
    await flushPromises();
    expect(w.get('[data-testid="chat-link-problem"]').text()).toMatch(/not valid/);
    expect(w.find('[data-testid="chat-error"]').exists()).toBe(false);
  });

  it('keeps a failed answer in the input and retries it with the same client message id', async () => {
    const w = await opened();
    replies.push(failure('INTERVIEW_UNAVAILABLE'));
    await w.get('[data-testid="chat-input"]').setValue('My answer');
    await w.get('form').trigger('submit');
    await flushPromises();
    expect(input(w).value).toBe('My answer');
    expect(w.findAll('[data-testid="respondent-turn"]')).toHaveLength(0);
    expect(w.get('[data-testid="chat-error"]').text()).toMatch(/briefly unavailable/);

    replies.push({ data: { sendRespondentMessage: turn(2, 'MODERATOR', 'Next?') } });
    replies.push(session('ACTIVE', [turn(0, 'MODERATOR', 'Opening?'), turn(1, 'RESPONDENT', 'My answer'), turn(2, 'MODERATOR', 'Next?')]));
    await w.get('[data-testid="chat-retry"]').trigger('click');
    await flushPromises();
    expect(bodies[2].variables.clientMessageId).toBe(bodies[1].variables.clientMessageId);
    expect(w.find('[data-testid="chat-error"]').exists()).toBe(false);
    expect(w.findAll('[data-testid="moderator-turn"]')).toHaveLength(2);
  });

  it('sends an edited answer under a new client message id', async () => {
    const w = await opened();
    replies.push(failure('INTERVIEW_UNAVAILABLE'));
    await w.get('[data-testid="chat-input"]').setValue('My answer');
    await w.get('form').trigger('submit');
    await flushPromises();
    await w.get('[data-testid="chat-input"]').setValue('My better answer');
    expect(w.find('[data-testid="chat-retry"]').exists()).toBe(false);
    replies.push(failure('INTERVIEW_UNAVAILABLE'));
    await w.get('form').trigger('submit');
    await flushPromises();
    expect(bodies[2].variables.clientMessageId).not.toBe(bodies[1].variables.clientMessageId);
  });

  it('shows the end state instead of an error when the interview closed meanwhile', async () => {
    const w = await opened();
    replies.push(failure('SESSION_CLOSED'));
    replies.push(session('EXPIRED', [turn(0, 'MODERATOR', 'Opening?')]));
    await w.get('[data-testid="chat-input"]').setValue('Late answer');
    await w.get('form').trigger('submit');
    await flushPromises();
    expect(w.get('[data-testid="chat-ended"]').text()).toMatch(/has expired/);
    expect(w.find('[data-testid="chat-error"]').exists()).toBe(false);
  });

  it('ends after the final thanks, and polls until the session is completed', async () => {
    vi.useFakeTimers();
    try {
      const w = await opened();
      const close = { ...turn(2, 'MODERATOR', 'Thank you for your time.'), action: 'CLOSE' };
      replies.push({ data: { sendRespondentMessage: close } });
      replies.push(session('ACTIVE', [turn(0, 'MODERATOR', 'Opening?'), turn(1, 'RESPONDENT', 'Nothing else'), close]));
      await w.get('[data-testid="chat-input"]').setValue('Nothing else');
      await w.get('form').trigger('submit');
      await flushPromises();
      expect(w.get('[data-testid="chat-ended"]').text()).toMatch(/interview is complete/);
      expect(w.find('[data-testid="chat-input"]').exists()).toBe(false);

      replies.push(session('COMPLETED', [turn(0, 'MODERATOR', 'Opening?'), turn(1, 'RESPONDENT', 'Nothing else'), close]));
      await vi.advanceTimersByTimeAsync(1000);
      await flushPromises();
      expect(w.get('[data-testid="chat-ended"]').attributes('data-status')).toBe('COMPLETED');
      await vi.advanceTimersByTimeAsync(5000);
      expect(bodies).toHaveLength(4);
    } finally {
      vi.useRealTimers();
    }
  });
});
