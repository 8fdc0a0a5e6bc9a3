import type { PhaseKey } from '@ladder/contracts';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_TAXONOMY } from '@ladder/contracts/taxonomy';
import { LlmError } from '../llm/llm-error.js';
import type { TranscriptTurn } from '../moderator/types.js';
import { mistralCoder, offlineCoder } from './coder.js';
import { buildCodingPrompt, codeTranscriptWithMistral, type CodingInput } from './mistral-coder.js';
import { codeTranscriptOffline } from './offline-coder.js';
import { assertRealQuote } from './quote-check.js';
import { chatOnFakeMistral as chatOn, closeFakeMistrals, type ChatRequest } from '../testing/index.js';
import { codingAnswer } from '../testing/fake-mistral-replies.js';

afterEach(closeFakeMistrals);

const LINES: [PhaseKey, number, string, string][] = [
  ['context', 0, 'How would you describe your experience lately?', 'The exports keep failing every week.'],
  ['laddering', 1, 'What does that look like day to day?', 'Last Monday the export crashed twice and we rebuilt the report by hand.'],
  ['laddering', 2, 'What does that lead to?', 'My director questions our figures now.'],
  [
    'laddering',
    3,
    'Why does that matter to you personally?',
    'I feel let down: the demo promised reliable exports and we lost trust in the vendor.',
  ],
  ['comparative', 3, 'Which other options have you looked at?', 'We are trialling Zendesk next month because it is cheaper.'],
];

const transcript: TranscriptTurn[] = LINES.flatMap(([phase, ladderLevel, question, answer], i): TranscriptTurn[] => [
  { seq: 2 * i, role: 'moderator', text: question, phase, ladderLevel, action: 'probe', createdAt: new Date(0) },
  { seq: 2 * i + 1, role: 'respondent', text: answer, phase, ladderLevel, action: null, createdAt: new Date(0) },
]);

const input: CodingInput = { transcript, taxonomy: DEFAULT_TAXONOMY, taxonomyVersion: 4, language: 'en' };

const lastUser = (request: ChatRequest | null) => request?.messages.filter((m) => m.role === 'user').at(-1)?.content ?? '';

describe('buildCodingPrompt', () => {
  it('states the method and hands over taxonomy and transcript, numbered by seq, in one LADDER_CODING block', () => {
    const [system, user] = buildCodingPrompt(input);
    expect(system.content).toMatch(/character for character/);
    expect(system.content).toMatch(/"rootDriverKey"/);
    expect(system.content).toMatch(/Never generic words \("alternatives", "another vendor"/);
    expect(system.content).toMatch(/"competitorMentioned": true when/);
    const block = JSON.parse(user.content.replace(/^LADDER_CODING /, ''));
    expect(block.taxonomy).toEqual(DEFAULT_TAXONOMY);
    expect(block.transcript[1]).toEqual({
      seq: 1,
      role: 'respondent',
      phase: 'context',
      ladderLevel: 0,
      text: 'The exports keep failing every week.',
    });
  });
});

describe('codeTranscriptWithMistral against the fake server', () => {
  it('codes with taxonomy drivers and verbatim quotes located at their spans, with the usage of the call', async () => {
    const { server, chat } = await chatOn();
    const coding = await codeTranscriptWithMistral(chat, input);
    expect(coding).toMatchObject({ coder: 'mistral', taxonomyVersion: 4, statedDriverKey: 'reliability' });
    expect(coding.excerpts.length).toBeGreaterThan(2);
    for (const excerpt of coding.excerpts) assertRealQuote(transcript, excerpt);
    const offline = codeTranscriptOffline(input);
    const spans = (c: typeof offline) =>
      c.excerpts.map((e) => [e.driverKey, e.categoryKey, e.turnSeq, e.start, e.end, e.role].join(' ')).sort();
    expect(spans(coding)).toEqual(spans(offline));
    expect(coding).toMatchObject({ competitors: ['Zendesk'], competitorMentioned: true, rootNote: null });
    expect(coding.excerpts.find((e) => e.quote.includes('Zendesk'))?.competitors).toEqual(['Zendesk']);
    expect(coding.usage).toMatchObject({ calls: 1, model: 'mistral-small-latest' });
    expect(coding.usage!.promptTokens).toBeGreaterThan(100);
    expect(coding.usage!.costUsd).toBeGreaterThan(0);
    expect(server.stats.byRoute).toEqual({ '/v1/chat/completions': 1 });
  });

  it('sends quotes that are not verbatim back to the model, naming the turn, and takes the corrected answer', async () => {
    const { server, chat } = await chatOn({ badQuoteShare: 1 });
    const coding = await codeTranscriptWithMistral(chat, input);
    expect(server.stats.calls).toBe(2);
    expect(coding.usage?.calls).toBe(2);
    for (const excerpt of coding.excerpts) assertRealQuote(transcript, excerpt);
    const request = server.lastChatRequest!;
    expect(request.messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(lastUser(request)).toMatch(/quote not found in turn 1: "The really exports keep failing every week\."/);
  });

  it('fails as invalid output, not retryable, when the quotes stay wrong after the retries', async () => {
    const { server, chat } = await chatOn({ badQuoteShare: 1, persistentBadQuotes: true });
    const error = await codeTranscriptWithMistral(chat, input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmError);
    expect(error).toMatchObject({ kind: 'invalid_output', retryable: false });
    expect((error as Error).message).toMatch(/after 3 calls: excerpt 1: quote not found in turn 1/);
    expect(server.stats.calls).toBe(3);
    await expect(codeTranscriptWithMistral(chat, input, { retries: 0 })).rejects.toMatchObject({ kind: 'invalid_output' });
    expect(server.stats.calls).toBe(4);
  });

  it('rejects driver keys outside the taxonomy, moderator quotes and unreadable answers, then accepts a corrected answer', async () => {
    const answers = [
      'not json at all',
      JSON.stringify({
        excerpts: [
          { driverKey: 'vibes', turnSeq: 1, quote: 'The exports keep failing every week.', role: 'stated', sentiment: 'negative' },
        ],
        statedDriverKey: 'vibes',
        rootDriverKey: null,
      }),
      JSON.stringify({
        excerpts: [{ driverKey: 'reliability', turnSeq: 0, quote: 'How would you describe', role: 'stated', sentiment: 'neutral' }],
        statedDriverKey: null,
        rootDriverKey: null,
      }),
    ];
    const seen: string[] = [];
    const { chat } = await chatOn({
      respond: (request) => {
        seen.push(lastUser(request));
        return answers.shift() ?? null;
      },
    });
    const coding = await codeTranscriptWithMistral(chat, input, { retries: 3 });
    expect(coding.statedDriverKey).toBe('reliability');
    expect(seen[1]).toMatch(/does not match|not JSON/);
    expect(seen[2]).toMatch(/driverKey "vibes" is not in the taxonomy/);
    expect(seen[2]).toMatch(/statedDriverKey "vibes" is not in the taxonomy/);
    expect(seen[3]).toMatch(/turn 0 is a moderator turn/);
  });

  it('lets 500s and 429s through as retryable LlmErrors without retrying them itself', async () => {
    const { server, chat } = await chatOn({ failures: { serverError: 1 } });
    await expect(codeTranscriptWithMistral(chat, input)).rejects.toMatchObject({
      name: 'LlmError',
      kind: 'server',
      retryable: true,
      status: 500,
    });
    expect(server.stats.calls).toBe(1);
    server.setOptions({ failures: { rateLimited: 1 } });
    await expect(codeTranscriptWithMistral(chat, input)).rejects.toMatchObject({ kind: 'rate_limited', retryable: true, status: 429 });
  });
});

describe('codeTranscriptWithMistral: competitors', () => {
  const answers = [
    'Our sister company runs on Vellumly and likes it.',
    'We looked around at alternatives, and we tried Quillpad last year.',
  ];
  const withAnswers: CodingInput = {
    ...input,
    transcript: answers.flatMap((text, i): TranscriptTurn[] => [
      {
        seq: 2 * i,
        role: 'moderator',
        text: 'Tell me more.',
        phase: 'comparative',
        ladderLevel: 0,
        action: 'probe',
        createdAt: new Date(0),
      },
      { seq: 2 * i + 1, role: 'respondent', text, phase: 'comparative', ladderLevel: 0, action: null, createdAt: new Date(0) },
    ]),
  };
  const replying = (fields: Record<string, unknown>) =>
    chatOn({ respond: () => JSON.stringify({ excerpts: [], statedDriverKey: null, rootDriverKey: null, ...fields }) });

  it("keeps the model's names that are verbatim in an answer and drops paraphrased and generic ones", async () => {
    const { chat } = await replying({
      competitors: ['Vellumly', 'Vellum', 'Vellumly Cloud', 'vellumly', 'Quillpad Inc', 'alternatives', 'another vendor'],
    });
    const coding = await codeTranscriptWithMistral(chat, withAnswers);
    // Quillpad comes from the lexicon ("tried Quillpad"), as the offline coder finds it.
    expect(coding).toMatchObject({ competitors: ['Vellumly', 'Quillpad'], competitorMentioned: true });
  });

  it("keeps the model's root note only when it gives no root driver, and asks for the stated window and the deepest level", async () => {
    const { chat, server } = await replying({ rootDriverKey: null, rootNote: "Their team's wellbeing: no driver is close to it." });
    expect(await codeTranscriptWithMistral(chat, withAnswers)).toMatchObject({
      rootDriverKey: null,
      rootNote: "Their team's wellbeing: no driver is close to it.",
    });
    const system = server.lastChatRequest?.messages[0].content ?? '';
    expect(system).toMatch(/the demo showed X, we got Y" is the sales-expectation gap/);
    expect(system).toMatch(/"rootNote"/);
    const { chat: both } = await replying({ rootDriverKey: 'trust', rootNote: 'Trust in the vendor.' });
    expect(await codeTranscriptWithMistral(both, withAnswers)).toMatchObject({ rootDriverKey: 'trust', rootNote: null });
  });

  it('counts a generic word the respondent used as a mention, and takes the mention the model reports', async () => {
    const generic: CodingInput = {
      ...withAnswers,
      transcript: withAnswers.transcript.map((t) => (t.seq === 3 ? { ...t, text: 'We looked around at alternatives last year.' } : t)),
    };
    const { chat } = await replying({ competitors: ['alternatives'] });
    expect(await codeTranscriptWithMistral(chat, generic)).toMatchObject({ competitors: [], competitorMentioned: true });
    const quiet: CodingInput = { ...withAnswers, transcript: withAnswers.transcript.slice(0, 2) };
    expect(await codeTranscriptWithMistral(chat, quiet)).toMatchObject({ competitors: [], competitorMentioned: false });
    const { chat: saying } = await replying({ competitors: [], competitorMentioned: true });
    expect(await codeTranscriptWithMistral(saying, quiet)).toMatchObject({ competitors: [], competitorMentioned: true });
  });

  it('has the fake server report the mention as the offline coder reads it', () => {
    const block = JSON.parse(buildCodingPrompt(withAnswers)[1].content.replace(/^LADDER_CODING /, ''));
    expect(JSON.parse(codingAnswer(block, () => false))).toMatchObject({ competitors: ['Quillpad'], competitorMentioned: true });
  });
});

describe('TranscriptCoder', () => {
  it('puts both coders behind one interface', async () => {
    const { chat } = await chatOn();
    const coders = [offlineCoder, mistralCoder(chat)];
    const codings = await Promise.all(coders.map((c) => c.code(input)));
    expect(coders.map((c) => c.kind)).toEqual(['offline', 'mistral']);
    expect(codings.map((c) => c.coder)).toEqual(['offline', 'mistral']);
    expect(codings[0].usage).toBeUndefined();
    expect(codings[1].excerpts.map((e) => e.quote)).toEqual(codings[0].excerpts.map((e) => e.quote));
  });
});
