import type { PhaseKey } from '@ladder/contracts';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultGuide } from '@ladder/contracts/guide';
import { LlmError } from '../llm/llm-error.js';
import { chatOnFakeMistral as chatOn, closeFakeMistrals } from '../testing/index.js';
import {
  buildModeratorPrompt,
  draftQuestionWithMistral,
  moderatorOutputSchema,
  PROMPT_TURNS,
  type DraftInput,
} from './mistral-moderator.js';
import type { AnswerSignals, PolicyDecision, TranscriptTurn } from './types.js';

afterEach(closeFakeMistrals);

const signals: AnswerSignals = {
  words: 8,
  specificity: 0.4,
  emotion: 0.2,
  competitors: [],
  organisational: false,
  timeline: false,
  thin: false,
};

const turn = (seq: number, role: TranscriptTurn['role'], text: string, phase: PhaseKey = 'laddering', ladderLevel = 2): TranscriptTurn => ({
  seq,
  role,
  text,
  phase,
  ladderLevel,
  action: role === 'moderator' ? 'probe' : null,
  createdAt: new Date(0),
});

const ANSWER = 'Honestly the export keeps failing. We are trialling Acme next month. I am fed up.';

function input(overrides: Partial<DraftInput> = {}, decision: Partial<PolicyDecision> = {}): DraftInput {
  return {
    guide: defaultGuide('detractor'),
    band: 'detractor',
    language: 'en',
    transcript: [
      turn(1, 'moderator', 'How would you describe your experience?', 'context', 0),
      turn(2, 'respondent', 'Frustrating.', 'context', 0),
      turn(3, 'moderator', 'When you say frustrating, what does that look like?'),
      turn(4, 'respondent', ANSWER),
    ],
    decision: {
      action: 'probe',
      phase: 'laddering',
      ladderLevel: 3,
      focus: 'the export keeps failing',
      reason: 'deeper',
      signals,
      ...decision,
    },
    ...overrides,
  };
}

describe('buildModeratorPrompt', () => {
  it('ends the last user message with the decision block on its own line', () => {
    const messages = buildModeratorPrompt(input());
    const last = messages.at(-1)!;
    expect(last.role).toBe('user');
    expect(last.content.split('\n').at(-1)).toBe(
      'LADDER_DECISION {"action":"probe","phase":"laddering","ladderLevel":3,"focus":"the export keeps failing","language":"en"}',
    );
    expect(last.content.startsWith(ANSWER)).toBe(true);
  });

  it('states the methodology, topics to avoid, the phase, the decision and the language', () => {
    const system = buildModeratorPrompt(input({ language: 'fr' }, { focus: "l'export plante" }))[0];
    expect(system.role).toBe('system');
    for (const topic of defaultGuide('detractor').topicsToAvoid) expect(system.content).toContain(topic);
    expect(system.content).toContain('Write in French (language code "fr")');
    expect(system.content).toMatch(/stated reason → concrete impact → consequence → root motivation/);
    expect(system.content).toContain('Never mention their score');
    expect(system.content).toContain('No yes/no questions');
    expect(system.content).toContain(defaultGuide('detractor').phases[2].probeInstructions);
    expect(system.content).toContain('Target ladder level: 3 (consequence → root motivation');
    expect(system.content).toContain('"l\'export plante"');
  });

  it("words the distress check-in and the thin responder's close from notes, and asks for the respondent's own distress only", () => {
    const checkIn = buildModeratorPrompt(input({}, { action: 'probe', focus: null, reason: 'distress-check-in' }))[0].content;
    expect(checkIn).toContain('How are you doing yourself?');
    expect(checkIn).toMatch(/distress: the respondent's own .*not a state they report of others/);
    const thin = buildModeratorPrompt(input({}, { action: 'close', focus: null, reason: 'thin-responder' }))[0].content;
    expect(thin).toMatch(/non-answers twice in a row: thank them in one short, polite sentence and end; no question/);
    expect(buildModeratorPrompt(input())[0].content).not.toMatch(/check-in|non-answers twice/);
  });

  it('maps moderator turns to assistant and respondent turns to user, keeping the last turns only', () => {
    const transcript = Array.from({ length: 30 }, (_, i) => turn(i + 1, i % 2 === 0 ? 'moderator' : 'respondent', `turn ${i + 1}`));
    const messages = buildModeratorPrompt(input({ transcript }));
    const conversation = messages.slice(1);
    expect(conversation).toHaveLength(PROMPT_TURNS + 1);
    expect(conversation[0]).toEqual({ role: 'user', content: '(The respondent opened the interview link.)' });
    expect(conversation[1]).toEqual({ role: 'assistant', content: 'turn 15' });
    expect(conversation.slice(1).every((m, i) => m.role === (i % 2 === 0 ? 'assistant' : 'user'))).toBe(true);
  });

  it('adds the decision as its own user message when the transcript ends with a moderator turn', () => {
    const transcript = [turn(1, 'moderator', 'Hello?', 'context', 0)];
    const messages = buildModeratorPrompt(input({ transcript }, { action: 'clarify', focus: null }));
    expect(messages.at(-1)!.content).toBe(
      'LADDER_DECISION {"action":"clarify","phase":"laddering","ladderLevel":3,"focus":null,"language":"en"}',
    );
  });
});

describe('draftQuestionWithMistral', () => {
  it('returns the question worded from the decision, with usage', async () => {
    const { chat } = await chatOn();
    const drafted = await draftQuestionWithMistral(chat, input({}, { ladderLevel: 1 }));
    expect(drafted.question).toBe('When you say "the export keeps failing", what does that look like in your day-to-day work?');
    expect(drafted.escalations).toEqual([]);
    expect(drafted.usage.promptTokens).toBeGreaterThan(100);
    expect(drafted.usage.costUsd).toBeGreaterThan(0);
  });

  it('keeps escalations quoted verbatim from the latest answer and drops the others', async () => {
    const { chat } = await chatOn({
      respond: () =>
        JSON.stringify({
          question: 'What would Acme need to offer you?',
          escalations: [
            { reason: 'competitor_evaluation', quote: 'We are trialling Acme next month.' },
            { reason: 'churn_risk', quote: 'We will cancel our contract.' },
            { reason: 'distress', quote: ' I am fed up. ' },
            { reason: 'competitor_evaluation', quote: 'We are trialling Acme next month.' },
          ],
        }),
    });
    const drafted = await draftQuestionWithMistral(chat, input());
    expect(drafted.escalations).toEqual([
      { reason: 'competitor_evaluation', quote: 'We are trialling Acme next month.' },
      { reason: 'distress', quote: 'I am fed up.' },
    ]);
  });

  it("reads the model's level and salient phrase of the answer, keeping a phrase only when it is verbatim", async () => {
    const reply =
      (salientPhrase: string, answerLevel = 3) =>
      () =>
        JSON.stringify({ question: 'Why does that matter?', answerLevel, salientPhrase });
    const { server, chat } = await chatOn({ respond: reply('I am fed up') });
    expect((await draftQuestionWithMistral(chat, input())).reading).toEqual({ level: 3, phrase: 'I am fed up' });
    expect(server.lastChatRequest?.messages[0].content).toMatch(/"answerLevel".*"salientPhrase"/s);
    const { chat: paraphrasing } = await chatOn({ respond: reply('I am really fed up', 2) });
    expect((await draftQuestionWithMistral(paraphrasing, input())).reading).toEqual({ level: 2, phrase: null });
    // A level out of range is outside the schema (the turn is retried, then falls back).
    expect(moderatorOutputSchema.safeParse({ question: 'Why?', answerLevel: 9 }).success).toBe(false);
    // The fake server, like a model, reads the answer it was sent.
    const { chat: fake } = await chatOn();
    const drafted = await draftQuestionWithMistral(fake, input());
    expect(drafted.reading.level).toBeGreaterThanOrEqual(0);
    expect(ANSWER).toContain(drafted.reading.phrase);
  });

  it('rejects an output outside the schema as invalid_output', async () => {
    const { chat } = await chatOn({ respond: () => JSON.stringify({ question: 'x'.repeat(601) }) });
    const error: unknown = await draftQuestionWithMistral(chat, input()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmError);
    expect(error).toMatchObject({ kind: 'invalid_output', retryable: true });
    expect(moderatorOutputSchema.safeParse({ question: 'Why?', escalations: [{ reason: 'anger', quote: 'x' }] }).success).toBe(false);
  });

  it('words a French decision in French', async () => {
    const { server, chat } = await chatOn();
    const drafted = await draftQuestionWithMistral(
      chat,
      input({ language: 'fr' }, { action: 'advance', phase: 'comparative', focus: null }),
    );
    expect(drafted.question).toBe('Quelles autres options avez-vous envisagées, et que devrait vous offrir une alternative ?');
    expect(server.lastChatRequest?.messages[0].content).toContain('Opening questions of this phase');
  });
});
