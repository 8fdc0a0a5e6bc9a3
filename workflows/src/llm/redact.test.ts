import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DEFAULT_TAXONOMY } from '@ladder/contracts/taxonomy';
import { defaultGuide } from '@ladder/contracts/guide';
import { codeTranscriptWithMistral } from '../coding/mistral-coder.js';
import { assertRealQuote } from '../coding/quote-check.js';
import { draftQuestionWithMistral } from '../moderator/mistral-moderator.js';
import type { TranscriptTurn } from '../moderator/types.js';
import { embed } from '../testing/fake-mistral-replies.js';
import { startFakeMistral, type ChatRequest, type FakeMistral, type FakeMistralOptions } from '../testing/index.js';
import { createMistralClient } from './mistral-client.js';
import { luhnValid, namesFromAttributes, originalSpan, redactPii } from './redact.js';

const servers: FakeMistral[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** The real client on a Mistral-protocol server that records every chat request body it receives. */
async function clientOn(options: FakeMistralOptions & { redactPii?: boolean } = {}) {
  const received: ChatRequest[] = [];
  const { redactPii: redact, respond, ...rest } = options;
  const server = await startFakeMistral({
    ...rest,
    respond: (request) => {
      received.push(request);
      return respond?.(request) ?? null;
    },
  });
  servers.push(server);
  const client = createMistralClient({
    apiKey: 'k',
    serverUrl: server.url,
    model: 'mistral-small-latest',
    timeoutMs: 5000,
    pricing: { inputPerMillion: 0.1, outputPerMillion: 0.3 },
    redactPii: redact,
  });
  return { ...client, received, wire: () => JSON.stringify(received) };
}

const SECRETS = ['jane.doe@example.com', '+33 6 12 34 56 78', '4111 1111 1111 1111', 'Jane', 'Doe'];
const ANSWER =
  'I am Jane Doe, write to jane.doe@example.com or call +33 6 12 34 56 78. They charged 4111 1111 1111 1111 twice, we will cancel.';

const turn = (seq: number, role: TranscriptTurn['role'], text: string): TranscriptTurn => ({
  seq,
  role,
  text,
  phase: 'surface',
  ladderLevel: 1,
  action: role === 'moderator' ? 'probe' : null,
  createdAt: new Date(0),
});

describe('redactPii', () => {
  it('replaces emails, international and national phone numbers and Luhn-valid card numbers', () => {
    const cases: [string, string][] = [
      ['mail bob.smith+nps@acme.co.uk today', 'mail [email] today'],
      ['call +44 20 7946 0958', 'call [phone]'],
      ['call +1 (555) 123-4567 now', 'call [phone] now'],
      ['ring 06 12 34 56 78.', 'ring [phone].'],
      ['ring 020 7946 0958', 'ring [phone]'],
      ['US (555) 123-4567 or 555-123-4567 or 555.123.4567', 'US [phone] or [phone] or [phone]'],
      ['card 4111-1111-1111-1111 and 5500 0000 0000 0004', 'card [card] and [card]'],
      ['card 4111111111111111', 'card [card]'],
    ];
    for (const [text, redacted] of cases) expect(redactPii(text).text, text).toBe(redacted);
  });

  it('leaves dates, amounts, versions, scores and numbers that fail the Luhn check alone', () => {
    for (const text of [
      'on 2026-12-07 or 07/12/2026',
      'we pay 250 000 000 a year',
      'version 3.14.2, score 4 of 10',
      'order 4111 1111 1111 1112',
      'ticket 123456',
    ]) {
      expect(redactPii(text).text, text).toBe(text);
    }
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
  });

  it("replaces the respondent's names where the text capitalises them, whole words only", () => {
    expect(redactPii('Will Turner here; I will not renew, Turner out. Willow says hi.', ['Will Turner']).text).toBe(
      '[name] here; I will not renew, [name] out. Willow says hi.',
    );
    expect(redactPii('JOSÉ wrote this', ['José']).text).toBe('[name] wrote this');
  });

  it('redacts a text once per names: the same text again gives the same redaction, other names their own', () => {
    const text = 'Ana Lima (ana@acme.example, +33 6 12 34 56 78) said the exports are slow.';
    const first = redactPii(text, ['Ana Lima']);
    expect(first.text).toBe('[name] ([email], [phone]) said the exports are slow.');
    expect(redactPii(text, ['Ana Lima'])).toBe(first);
    expect(redactPii(text).text).toBe('Ana Lima ([email], [phone]) said the exports are slow.');
    expect(redactPii(text, ['Lima']).text).toBe('Ana [name] ([email], [phone]) said the exports are slow.');
    expect(redactPii(text, ['Ana Lima'])).toEqual(first);
  });

  it('is stable: redacting redacted text changes nothing', () => {
    const once = redactPii(ANSWER, ['Jane Doe']).text;
    expect(redactPii(once, ['Jane Doe']).text).toBe(once);
    for (const secret of SECRETS) expect(once).not.toContain(secret);
  });

  it('maps a range of the redacted text back to the original, and refuses a cut placeholder', () => {
    const original = 'Mail jane@example.com or call 06 12 34 56 78 today.';
    const redaction = redactPii(original);
    expect(redaction.text).toBe('Mail [email] or call [phone] today.');
    const range = (quote: string) => {
      const start = redaction.text.indexOf(quote);
      const span = originalSpan(redaction, start, start + quote.length);
      return span && original.slice(span.start, span.end);
    };
    expect(range('Mail [email] or')).toBe('Mail jane@example.com or');
    expect(range('call [phone] today.')).toBe('call 06 12 34 56 78 today.');
    expect(range('today.')).toBe('today.');
    expect(range('Mail')).toBe('Mail');
    expect(range('email] or')).toBeNull();
  });

  it('reads names from the attributes a CSV import carries', () => {
    expect(namesFromAttributes({ 'First Name': 'Ana', last_name: 'Lima', plan: 'pro' })).toEqual(['Ana', 'Lima']);
    expect(namesFromAttributes({ name: 'Ana Lima', tier: 'gold' })).toEqual(['Ana Lima']);
    expect(namesFromAttributes(null)).toEqual([]);
  });
});

describe('what the model receives, through the Mistral-protocol server', () => {
  const transcript = [turn(0, 'moderator', 'How would you describe your experience?'), turn(1, 'respondent', ANSWER)];

  it('the moderator sends the redacted transcript, and a quote spanning a placeholder keeps the original words', async () => {
    const { chat, received, wire } = await clientOn({
      respond: () =>
        JSON.stringify({
          question: 'What happened with the charge?',
          escalations: [{ reason: 'churn_risk', quote: 'They charged [card] twice, we will cancel.' }],
        }),
    });
    const drafted = await draftQuestionWithMistral(chat, {
      guide: defaultGuide('detractor'),
      band: 'detractor',
      language: 'en',
      transcript,
      decision: {
        action: 'probe',
        phase: 'surface',
        ladderLevel: 1,
        focus: null,
        reason: 'test',
        signals: {
          words: 20,
          specificity: 0.4,
          emotion: 0.2,
          competitors: [],
          organisational: false,
          timeline: false,
          thin: false,
        },
      },
      names: ['Jane Doe'],
    });
    expect(received).toHaveLength(1);
    for (const secret of SECRETS) expect(wire()).not.toContain(secret);
    expect(wire()).toContain('I am [name], write to [email] or call [phone]. They charged [card] twice, we will cancel.');
    expect(drafted.escalations).toEqual([{ reason: 'churn_risk', quote: 'They charged 4111 1111 1111 1111 twice, we will cancel.' }]);
  });

  it('the coder sends the redacted transcript and stores verbatim quotes of the original', async () => {
    const { chat, wire } = await clientOn({
      respond: () =>
        JSON.stringify({
          excerpts: [
            { driverKey: 'pricing_value', turnSeq: 1, quote: 'They charged [card] twice', role: 'stated', sentiment: 'negative' },
            { driverKey: 'pricing_value', turnSeq: 1, quote: 'we will cancel.', role: 'root', sentiment: 'negative' },
          ],
          statedDriverKey: 'pricing_value',
          rootDriverKey: 'pricing_value',
        }),
    });
    const driverKeys = DEFAULT_TAXONOMY.categories.flatMap((c) => c.drivers.map((d) => d.key));
    expect(driverKeys).toContain('pricing_value');
    const coding = await codeTranscriptWithMistral(chat, {
      transcript,
      taxonomy: DEFAULT_TAXONOMY,
      taxonomyVersion: 1,
      language: 'en',
      respondentNames: ['Jane Doe'],
    });
    for (const secret of SECRETS) expect(wire()).not.toContain(secret);
    expect(coding.excerpts.map((e) => e.quote)).toEqual(['They charged 4111 1111 1111 1111 twice', 'we will cancel.']);
    for (const excerpt of coding.excerpts) assertRealQuote(transcript, excerpt);
  });

  it('embeddings are computed on the redacted text', async () => {
    const { embedder } = await clientOn();
    const { vectors } = await embedder.embed(['Refund to jane.doe@example.com please']);
    expect(vectors[0]).toEqual(embed('Refund to [email] please'));
    expect(vectors[0]).not.toEqual(embed('Refund to jane.doe@example.com please'));
  });

  it('sends the original text when LADDER_REDACT_PII=false turned redaction off', async () => {
    const { chat, wire } = await clientOn({ redactPii: false, respond: () => JSON.stringify({ question: 'Why?' }) });
    await chat.completeJson([{ role: 'user', content: ANSWER }], z.object({ question: z.string() }), { names: ['Jane Doe'] });
    expect(wire()).toContain(ANSWER);
  });
});
