import { afterEach, describe, expect, it } from 'vitest';
import type { Band, Sentiment } from '@ladder/contracts';
import { DEFAULT_TAXONOMY } from '@ladder/contracts/taxonomy';
import { createMistralClient, type LlmConfig } from '../llm/mistral-client.js';
import { startFakeMistral, type FakeMistral, type FakeMistralOptions } from '../testing/index.js';
import { applyThemeLabels, buildThemeLabelPrompt, synthesizeThemesWithMistral, ungrounded } from './mistral-themes.js';
import { synthesizeThemes, type Theme, type ThemeExcerpt } from './themes.js';

const servers: FakeMistral[] = [];

const configFor = (serverUrl: string): LlmConfig => ({
  apiKey: 'k',
  serverUrl,
  model: 'mistral-small-latest',
  timeoutMs: 5000,
  pricing: { inputPerMillion: 0.1, outputPerMillion: 0.3 },
});

async function mistralOn(options: FakeMistralOptions = {}) {
  const server = await startFakeMistral(options);
  servers.push(server);
  return { server, ...createMistralClient(configFor(server.url)) };
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const TOPICS: { driverKey: string; categoryKey: string; sentiment: Sentiment; band: Band; quote: (i: number) => string }[] = [
  {
    driverKey: 'reliability',
    categoryKey: 'product',
    sentiment: 'negative',
    band: 'detractor',
    quote: (i) => {
      const when = ['every Monday', 'before board meetings', 'on large files', 'since the release', 'without an error', 'twice a week'][i];
      return `The export keeps failing ${when}.`;
    },
  },
  {
    driverKey: 'pricing_value',
    categoryKey: 'commercial',
    sentiment: 'negative',
    band: 'detractor',
    quote: (i) => {
      const why = ['for what we use', 'per seat', 'for the value', 'after the renewal', 'for a small team', 'compared to last year'][i];
      return `It is too expensive ${why}.`;
    },
  },
  {
    driverKey: 'usability',
    categoryKey: 'product',
    sentiment: 'positive',
    band: 'promoter',
    quote: (i) =>
      `It is easy to use ${['for new hires', 'every day', 'even for sales', 'without training', 'on mobile', 'for the whole team'][i]}.`,
  },
];

const excerpts: ThemeExcerpt[] = TOPICS.flatMap((topic, t) =>
  Array.from({ length: 6 }, (_, i): ThemeExcerpt => ({
    sessionId: `s${t}-${i}`,
    band: topic.band,
    excerpt: {
      driverKey: topic.driverKey,
      categoryKey: topic.categoryKey,
      turnSeq: 1,
      start: 0,
      end: topic.quote(i).length,
      quote: topic.quote(i),
      role: 'stated',
      sentiment: topic.sentiment,
      sentimentScore: topic.sentiment === 'negative' ? -0.6 : 0.6,
      competitors: [],
    },
  })),
);

const input = { excerpts, taxonomy: DEFAULT_TAXONOMY, bandTotals: { detractor: 12, passive: 0, promoter: 6 } };

describe('synthesizeThemesWithMistral', () => {
  it("clusters on embeddings of the quotes and applies the model's labels to every theme", async () => {
    const { server, chat, embedder } = await mistralOn();
    const result = await synthesizeThemesWithMistral({ ...input, chat, embedder });
    expect(server.stats.byRoute).toEqual({ '/v1/embeddings': 1, '/v1/chat/completions': 1 });
    expect(result).toMatchObject({ embedded: true, fallbacks: [] });
    expect(result.themes.length).toBeGreaterThanOrEqual(3);
    expect(result.labelled).toBe(result.themes.length);
    // The fake model writes the offline label's phrase alone ("Reliability: export" gives "Export"), else the driver.
    expect(result.themes.map((t) => t.label).sort()).toEqual(['Export', 'Pricing and value', 'Usability']);
    expect(result.themes.every((t) => t.description.startsWith('Respondents raise'))).toBe(true);
    expect(result.usage.embeddings?.model).toBe('mistral-embed');
    expect(result.usage.labels?.promptTokens).toBeGreaterThan(0);
    const block = JSON.parse(server.lastChatRequest!.messages.at(-1)!.content.replace(/^LADDER_THEME_LABELS /, ''));
    expect(block.themes.map((t: { key: string }) => t.key)).toEqual(result.themes.map((t) => t.key));
  });

  it('ignores unknown keys and keeps the offline label of themes the model named twice or too long, saying why', async () => {
    const offline = synthesizeThemes(input);
    const [first, second, third] = offline;
    const labels = {
      themes: [
        { key: first.key, label: '  Exports fail  before board meetings ', description: 'They rebuild reports by hand.' },
        { key: 'made_up.key', label: 'Something else' },
        { key: second.key, label: 'exports fail before board meetings' },
        { key: third.key, label: 'x'.repeat(81) },
      ],
    };
    const { themes, labelled, rejected } = applyThemeLabels(offline, labels, DEFAULT_TAXONOMY);
    expect(labelled).toBe(1);
    expect(rejected).toEqual([
      `label of ${second.key} "exports fail before board meetings": already the label of another theme`,
      expect.stringMatching(new RegExp(`^label of ${third.key} "x{80}": too long: 81 characters \\(at most 48\\); not grounded`)),
    ]);
    expect(themes[0]).toMatchObject({
      key: first.key,
      label: 'Exports fail before board meetings',
      description: 'They rebuild reports by hand.',
    });
    expect(themes.slice(1).map((t) => t.label)).toEqual(offline.slice(1).map((t) => t.label));
    expect(themes).toHaveLength(offline.length);
  });

  it('rejects labels that are clipped, verb tails or not grounded in the quotes, keeps those themes offline and says why', async () => {
    const proposed: Record<string, string> = {
      Reliability: 'Export failures',
      'Pricing and value': 'Slow support escalations',
      Usability: 'Easy to use for the',
    };
    const { server, chat } = await mistralOn({
      respond: (request) => {
        const content = request.messages.at(-1)?.content ?? '';
        if (!content.startsWith('LADDER_THEME_LABELS ')) return null;
        const block = JSON.parse(content.slice('LADDER_THEME_LABELS '.length)) as { themes: { key: string; drivers: string[] }[] };
        return JSON.stringify({
          themes: block.themes.map((t) => ({ key: t.key, label: proposed[t.drivers[0]], description: 'From the model.' })),
        });
      },
    });
    const offline = synthesizeThemes(input);
    const result = await synthesizeThemesWithMistral({ ...input, chat });
    expect(server.stats.byRoute).toEqual({ '/v1/chat/completions': 1 });
    expect(result.labelled).toBe(1);
    const byDriver = (themes: readonly Theme[], key: string) => themes.find((t) => t.driverKeys[0] === key);
    // "failures" is grounded in "keeps failing": one word, another form.
    expect(byDriver(result.themes, 'reliability')).toMatchObject({ label: 'Export failures', description: 'From the model.' });
    for (const key of ['pricing_value', 'usability']) expect(byDriver(result.themes, key)).toEqual(byDriver(offline, key));
    expect(result.fallbacks).toEqual([
      `label of ${byDriver(offline, 'pricing_value')?.key} "Slow support escalations": ` +
        'not grounded: 0 of 3 content words in the quotes (missing slow, support, escalations)',
      `label of ${byDriver(offline, 'usability')?.key} "Easy to use for the": clipped fragment: ends with "the"`,
    ]);
  });

  it('grounds a label when two thirds of its content words are in the quotes, in English and in French', () => {
    const en = ['The export keeps failing before board meetings.', 'Exports break on large files.'];
    expect(ungrounded('Export failures before board meetings', en)).toEqual([]);
    expect(ungrounded('Reporting gaps in dashboards', en)).toEqual([
      'not grounded: 0 of 3 content words in the quotes (missing reporting, gaps, dashboards)',
    ]);
    const fr = ['Le support client met trois jours à répondre.', 'On relance le support client sans arrêt.'];
    expect(ungrounded('Lenteur du support client', fr)).toEqual([]);
    expect(ungrounded('Migration des données', fr)).toEqual([
      'not grounded: 0 of 2 content words in the quotes (missing migration, données)',
    ]);
  });

  it('falls back to TF-IDF when embeddings fail and to offline labels when the label call fails', async () => {
    const { chat } = await mistralOn({ failures: { serverError: 1 } });
    const { embedder: unreachable } = createMistralClient({ ...configFor('http://127.0.0.1:9'), timeoutMs: 2000 });
    const result = await synthesizeThemesWithMistral({ ...input, chat, embedder: unreachable });
    expect(result).toMatchObject({ embedded: false, labelled: 0 });
    expect(result.fallbacks).toEqual([
      expect.stringMatching(/^embeddings: Could not reach Mistral/),
      expect.stringMatching(/^labels: Mistral answered 500/),
    ]);
    expect(result.themes).toEqual(synthesizeThemes(input));
  });

  it('asks for every theme in one call with its drivers, respondents and central quotes', () => {
    const themes = synthesizeThemes(input);
    const [system, user] = buildThemeLabelPrompt(themes, DEFAULT_TAXONOMY);
    expect(system.content).toMatch(/Keep every key exactly as given/);
    const block = JSON.parse(user.content.replace(/^LADDER_THEME_LABELS /, ''));
    expect(block.themes).toHaveLength(themes.length);
    expect(block.themes[0]).toMatchObject({ key: themes[0].key, drivers: [expect.any(String)], provisionalLabel: themes[0].label });
    expect(block.themes[0].quotes.length).toBeGreaterThan(0);
  });
});
