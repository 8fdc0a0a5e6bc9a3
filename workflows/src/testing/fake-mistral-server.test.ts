import { Mistral } from '@mistralai/mistralai';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeMistral, type FakeMistral, type FakeMistralOptions } from './fake-mistral-server.js';

const servers: FakeMistral[] = [];

async function start(options: FakeMistralOptions = {}): Promise<FakeMistral> {
  const server = await startFakeMistral(options);
  servers.push(server);
  return server;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

interface ChatBody {
  model?: string;
  messages: { role: string; content: string }[];
}

const post = (server: FakeMistral, body: ChatBody | object, init: { auth?: string; signal?: AbortSignal; path?: string } = {}) =>
  fetch(`${server.url}${init.path ?? '/v1/chat/completions'}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: init.auth ?? 'Bearer test-key' },
    body: JSON.stringify(body),
    signal: init.signal,
  });

const chat = (userText: string, system = 'You moderate.'): ChatBody => ({
  model: 'mistral-small-latest',
  messages: [
    { role: 'system', content: system },
    { role: 'user', content: userText },
  ],
});

async function contentOf(server: FakeMistral, body: ChatBody): Promise<string> {
  const response = await post(server, body);
  const json = (await response.json()) as { choices: { message: { content: string } }[] };
  return json.choices[0].message.content;
}

const decisionText = (decision: object) => `I gave up on it.\n\nLADDER_DECISION ${JSON.stringify(decision)}`;

describe('fake Mistral server: protocol', () => {
  it('answers a chat completion with the envelope the SDK validates, token counts about chars/4', async () => {
    const server = await start({ respond: () => '{"ok":true}' });
    const response = await post(server, chat('hello there'));
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      object: 'chat.completion',
      model: 'mistral-small-latest',
      choices: [{ index: 0, message: { role: 'assistant', content: '{"ok":true}' }, finish_reason: 'stop' }],
      usage: { prompt_tokens: Math.ceil('You moderate.hello there'.length / 4), completion_tokens: 3, total_tokens: 9 },
    });
    expect(typeof body.id).toBe('string');
    expect(Number.isInteger(body.created)).toBe(true);
    expect(server.stats).toMatchObject({ calls: 1, ok: 1, byModel: { 'mistral-small-latest': 1 } });
    expect(server.lastChatRequest?.messages[1].content).toBe('hello there');
  });

  it('refuses a request without a bearer key (401) and a malformed one (400)', async () => {
    const server = await start();
    expect((await post(server, chat('hi'), { auth: '' })).status).toBe(401);
    expect((await post(server, chat('hi'), { auth: 'Bearer ' })).status).toBe(401);
    expect((await post(server, { model: 'm', messages: [] })).status).toBe(400);
    expect((await post(server, chat('hi'), { path: '/v1/unknown' })).status).toBe(404);
    expect(server.stats).toMatchObject({ calls: 3, ok: 0, unauthorized: 2, badRequest: 1 });
  });

  it('serves deterministic, normalised 64-dimension embeddings through the real SDK', async () => {
    const server = await start();
    const client = new Mistral({ apiKey: 'k', serverURL: server.url });
    const texts = ['the export keeps failing', 'export failing again', 'lovely support team'];
    const first = await client.embeddings.create({ model: 'mistral-embed', inputs: texts });
    const again = await client.embeddings.create({ model: 'mistral-embed', inputs: texts });
    const vectors = first.data.map((d) => d.embedding!);
    expect(vectors).toHaveLength(3);
    expect(vectors.every((v) => v.length === 64)).toBe(true);
    expect(Math.hypot(...vectors[0])).toBeCloseTo(1, 6);
    expect(again.data.map((d) => d.embedding)).toEqual(vectors);
    const cosine = (a: number[], b: number[]) => a.reduce((sum, x, i) => sum + x * b[i], 0);
    expect(cosine(vectors[0], vectors[1])).toBeGreaterThan(cosine(vectors[0], vectors[2]));
  });
});

describe('fake Mistral server: replies', () => {
  it('words a LADDER_DECISION as a non-leading question reusing the focus, in English and French', async () => {
    const server = await start();
    const en = JSON.parse(
      await contentOf(
        server,
        chat(decisionText({ action: 'probe', phase: 'laddering', ladderLevel: 1, focus: 'the export keeps failing', language: 'en' })),
      ),
    ) as { question: string };
    expect(en.question).toBe('When you say "the export keeps failing", what does that look like in your day-to-day work?');
    const fr = JSON.parse(
      await contentOf(
        server,
        chat(decisionText({ action: 'probe', phase: 'laddering', ladderLevel: 2, focus: "l'export plante", language: 'fr' })),
      ),
    ) as { question: string };
    expect(fr.question).toBe("Vous avez mentionné « l'export plante ». À quoi cela mène-t-il pour vous ou votre équipe ?");
    const close = JSON.parse(
      await contentOf(server, chat(decisionText({ action: 'close', phase: 'close', ladderLevel: 4, focus: null, language: 'en' }))),
    ) as { question: string };
    expect(close.question).toMatch(/^Thank you/);
  });

  it('returns a leading question for the configured share of decisions', async () => {
    const server = await start({ leadingShare: 1 });
    const decision = { action: 'probe', phase: 'laddering', ladderLevel: 3, focus: 'the export keeps failing', language: 'en' };
    // The reply also carries the model's reading of the answer before the decision line ("I gave up on it.": a stated reason).
    const reply = JSON.parse(await contentOf(server, chat(decisionText(decision))));
    expect(reply).toMatchObject({ question: 'Is "the export keeps failing" the main problem?', answerLevel: 0 });
    expect('I gave up on it.').toContain(reply.salientPhrase ?? '');
    server.setOptions({ leadingShare: 0.5, seed: 9 });
    const questions = await Promise.all(Array.from({ length: 40 }, () => contentOf(server, chat(decisionText(decision)))));
    const leading = questions.filter((q) => q.includes('main problem')).length;
    expect(leading).toBeGreaterThan(8);
    expect(leading).toBeLessThan(32);
  });

  it('answers as the simulated persona, lets `respond` override, and falls back to {}', async () => {
    const server = await start({
      respond: (request) => (request.messages.some((m) => m.content.includes('custom')) ? '{"custom":1}' : null),
    });
    const persona = 'You are a respondent.\nLADDER_PERSONA {"name":"Ana","nextAnswer":"The export fails every Monday."}';
    expect(await contentOf(server, chat('What happened?', persona))).toBe('The export fails every Monday.');
    expect(await contentOf(server, chat('custom please'))).toBe('{"custom":1}');
    expect(await contentOf(server, chat('anything else'))).toBe('{}');
  });
});

describe('fake Mistral server: failure injection', () => {
  const outcomes = async (seed: number): Promise<number[]> => {
    const server = await start({ seed, failures: { rateLimited: 0.2, serverError: 0.2 } });
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++) statuses.push((await post(server, chat('hi'))).status);
    expect(server.stats.rateLimited + server.stats.serverError + server.stats.ok).toBe(60);
    expect(server.stats.rateLimited).toBe(statuses.filter((s) => s === 429).length);
    return statuses;
  };

  it('fails the same calls for the same seed, other calls for another seed', async () => {
    const first = await outcomes(42);
    expect(await outcomes(42)).toEqual(first);
    expect(await outcomes(43)).not.toEqual(first);
    expect(first.filter((s) => s === 429).length).toBeGreaterThan(3);
    expect(first.filter((s) => s === 500).length).toBeGreaterThan(3);
  });

  it('answers 429 with a Mistral-shaped error body', async () => {
    const server = await start({ failures: { rateLimited: 1 } });
    const response = await post(server, chat('hi'));
    expect(response.status).toBe(429);
    expect(await response.json()).toMatchObject({ object: 'error', type: 'rate_limited', message: expect.any(String) });
  });

  it('holds a timed-out call until the client gives up, and still closes promptly', async () => {
    const server = await start({ failures: { timeout: 1 } });
    await expect(post(server, chat('hi'), { signal: AbortSignal.timeout(100) })).rejects.toThrow();
    const pending = post(server, chat('hi')).catch(() => 'closed');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await server.close();
    servers.splice(servers.indexOf(server), 1);
    expect(await pending).toBe('closed');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(server.stats.timeout).toBe(2);
  });

  it('waits latencyMs before answering', async () => {
    const server = await start({ latencyMs: 80 });
    const started = Date.now();
    await post(server, chat('hi'));
    expect(Date.now() - started).toBeGreaterThanOrEqual(75);
  });
});
