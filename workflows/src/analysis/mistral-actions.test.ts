import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_TAXONOMY } from '@ladder/contracts/taxonomy';
import { createMistralClient } from '../llm/mistral-client.js';
import { startFakeMistral, type ChatRequest, type FakeMistral } from '../testing/index.js';
import { citesCounts, writeActionsWithMistral } from './mistral-actions.js';
import { summarize } from './summary.js';
import type { Theme } from './themes.js';

const servers: FakeMistral[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function chatAnswering(respond: (request: ChatRequest) => string | null, failures = {}) {
  const server = await startFakeMistral({ respond, failures });
  servers.push(server);
  const { chat } = createMistralClient({
    apiKey: 'k',
    serverUrl: server.url,
    model: 'mistral-small-latest',
    timeoutMs: 5000,
    pricing: { inputPerMillion: 0.1, outputPerMillion: 0.3 },
  });
  return { server, chat };
}

const theme = (key: string, label: string, driver: string, detractors: number): Theme => ({
  key,
  label,
  description: `${label}.`,
  driverKeys: [driver],
  scope: 'detractor',
  quotes: [
    { sessionId: 's1', turnSeq: 1, start: 0, end: 20, quote: 'The rollout stalled for months.', band: 'detractor', sentimentScore: -0.6 },
  ],
  sessionIds: [],
  sentimentScore: -0.6,
  prevalence: [
    { band: 'detractor', count: detractors, n: 7, share: detractors / 7 },
    { band: 'passive', count: 0, n: 5, share: 0 },
    { band: 'promoter', count: 0, n: 3, share: 0 },
  ],
});

const themes = [theme('rollouts', 'Stalled rollouts', 'onboarding', 4), theme('price', 'Price for value', 'pricing_value', 3)];
const drafted = summarize({
  themes,
  respondents: { detractor: 10, passive: 8, promoter: 6 },
  interviews: { detractor: 7, passive: 5, promoter: 3 },
  taxonomy: DEFAULT_TAXONOMY,
}).actions;

describe('actions written by Mistral', () => {
  it('keeps a reply that cites the counts and falls back to the template for one that does not', async () => {
    const { server, chat } = await chatAnswering(() =>
      JSON.stringify({
        actions: [
          {
            key: '1',
            action: 'Give Enterprise accounts a named migration owner',
            evidence: '4 of 7 detractors describe rollouts stalling.',
          },
          { key: '2', action: 'Cut the price', evidence: 'Many detractors find it expensive' },
        ],
      }),
    );
    const result = await writeActionsWithMistral(chat, drafted, themes, 'en', DEFAULT_TAXONOMY);
    expect(result.written).toBe(1);
    expect(result.actions[0]).toMatchObject({
      title: 'Give Enterprise accounts a named migration owner — 4 of 7 detractors describe rollouts stalling',
      writer: 'mistral',
      impactLow: drafted[0].impactLow,
    });
    expect(result.actions[1]).toEqual(drafted[1]);
    expect(result.actions[1].title).toBe('Review pricing against the value customers use — 3 of 7 detractors mention “Price for value”');
    expect(result.usage?.promptTokens).toBeGreaterThan(0);
    const block = JSON.parse(server.lastChatRequest!.messages.at(-1)!.content.replace(/^LADDER_SUMMARY_ACTIONS /, ''));
    expect(block).toMatchObject({
      language: 'English',
      actions: [
        {
          key: '1',
          driver: 'Onboarding and implementation',
          theme: 'Stalled rollouts',
          counts: [{ band: 'detractors', count: 4, interviewed: 7 }],
        },
        { key: '2', driver: 'Pricing and value' },
      ],
    });
  });

  it('asks in the study language and keeps every template when Mistral fails', async () => {
    const asked: string[] = [];
    const { chat } = await chatAnswering((request) => {
      asked.push(request.messages.at(-1)!.content);
      return JSON.stringify({ wrong: 'shape' });
    });
    const result = await writeActionsWithMistral(chat, drafted, themes, 'fr', DEFAULT_TAXONOMY);
    expect(result).toMatchObject({ written: 0, actions: drafted });
    expect(result.fallback).toBeTruthy();
    expect(asked.at(-1)).toContain('"language":"French"');
    const { chat: down } = await chatAnswering(() => null, { serverError: 1 });
    expect(await writeActionsWithMistral(down, drafted, themes, 'fr', DEFAULT_TAXONOMY)).toMatchObject({ written: 0, actions: drafted });
  });

  it('checks counts in any language, in order', () => {
    const counts = [{ band: 'detractor' as const, count: 4, n: 7 }];
    expect(citesCounts('4 sur 7 détracteurs', counts)).toBe(true);
    expect(citesCounts('4 von 7 Kritikern', counts)).toBe(true);
    expect(citesCounts('7 of 4 detractors', counts)).toBe(false);
    expect(citesCounts('14 of 7 detractors', counts)).toBe(false);
    expect(citesCounts('most detractors', counts)).toBe(false);
  });
});
