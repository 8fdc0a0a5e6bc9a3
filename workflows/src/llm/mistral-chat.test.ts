import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startFakeMistral, type FakeMistral, type FakeMistralOptions } from '../testing/index.js';
import { LlmError, toLlmError } from './llm-error.js';
import { createMistralClient, normalizeServerUrl, type LlmConfig } from './mistral-client.js';

// The chat as the worker gets it: through the one SDK client, with the SDK's retries off.
const chatWith = (config: LlmConfig) => createMistralClient(config).chat;

const servers: FakeMistral[] = [];

async function start(options: FakeMistralOptions = {}): Promise<FakeMistral> {
  const server = await startFakeMistral(options);
  servers.push(server);
  return server;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const config = (server: { url: string }, overrides: Partial<LlmConfig> = {}): LlmConfig => ({
  apiKey: 'test-key',
  serverUrl: server.url,
  model: 'mistral-small-latest',
  timeoutMs: 5000,
  pricing: { inputPerMillion: 0.1, outputPerMillion: 0.3 },
  ...overrides,
});

const answerSchema = z.object({ answer: z.number() });
const messages = [
  { role: 'system' as const, content: 'Reply in JSON.' },
  { role: 'user' as const, content: 'What is six times seven?' },
];

async function failureOf(promise: Promise<unknown>): Promise<LlmError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LlmError);
  return error as LlmError;
}

describe('Mistral chat: successful calls', () => {
  it('returns the validated value with usage and cost, sending JSON mode and the options', async () => {
    const server = await start({ respond: () => '{"answer":42}', latencyMs: 30 });
    const { value, usage } = await chatWith(config(server)).completeJson(messages, answerSchema, { temperature: 0.2, maxTokens: 50 });
    expect(value).toEqual({ answer: 42 });
    const promptTokens = Math.ceil('Reply in JSON.What is six times seven?'.length / 4);
    const completionTokens = Math.ceil('{"answer":42}'.length / 4);
    expect(usage).toMatchObject({ model: 'mistral-small-latest', promptTokens, completionTokens });
    expect(usage.costUsd).toBeCloseTo((promptTokens * 0.1 + completionTokens * 0.3) / 1e6, 12);
    expect(usage.latencyMs).toBeGreaterThanOrEqual(25);
    expect(server.lastChatRequest).toMatchObject({ response_format: { type: 'json_object' }, temperature: 0.2, max_tokens: 50 });
  });

  it('accepts a server URL with a trailing /v1 and JSON wrapped in a Markdown fence', async () => {
    const server = await start({ respond: () => '```json\n{"answer": 1}\n```' });
    expect(normalizeServerUrl(`${server.url}/v1/`)).toBe(server.url);
    const { value } = await chatWith(config(server, { serverUrl: `${server.url}/v1` })).completeJson(messages, answerSchema);
    expect(value).toEqual({ answer: 1 });
  });
});

describe('Mistral chat: failures map to LlmError kinds', () => {
  it('429 → rate_limited, retryable, with the SDK making a single attempt', async () => {
    const server = await start({ failures: { rateLimited: 1 } });
    const error = await failureOf(chatWith(config(server)).completeJson(messages, answerSchema));
    expect(error).toMatchObject({ kind: 'rate_limited', retryable: true, status: 429 });
    expect(server.stats.calls).toBe(1);
  });

  it('500 → server, retryable, no SDK retry', async () => {
    const server = await start({ failures: { serverError: 1 } });
    const error = await failureOf(chatWith(config(server)).completeJson(messages, answerSchema));
    expect(error).toMatchObject({ kind: 'server', retryable: true, status: 500 });
    expect(server.stats.calls).toBe(1);
  });

  it('a hung call → timeout, retryable, after timeoutMs', async () => {
    const server = await start({ failures: { timeout: 1 } });
    const started = Date.now();
    const error = await failureOf(chatWith(config(server, { timeoutMs: 150 })).completeJson(messages, answerSchema));
    expect(error).toMatchObject({ kind: 'timeout', retryable: true });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a missing API key → auth, not retryable', async () => {
    const server = await start();
    const error = await failureOf(chatWith(config(server, { apiKey: '' })).completeJson(messages, answerSchema));
    expect(error).toMatchObject({ kind: 'auth', retryable: false, status: 401 });
  });

  it('a request the server rejects → bad_request, not retryable', async () => {
    const server = await start();
    const error = await failureOf(chatWith(config(server)).completeJson([], answerSchema));
    expect(error).toMatchObject({ kind: 'bad_request', retryable: false, status: 400 });
  });

  it('nobody listening → network, retryable', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    const error = await failureOf(chatWith(config({ url: `http://127.0.0.1:${port}` })).completeJson(messages, answerSchema));
    expect(error).toMatchObject({ kind: 'network', retryable: true });
  });

  it('content that is not JSON, or JSON of the wrong shape → invalid_output, retryable', async () => {
    const server = await start({ respond: () => 'Sure! The answer is 42.' });
    const chat = chatWith(config(server));
    expect(await failureOf(chat.completeJson(messages, answerSchema))).toMatchObject({ kind: 'invalid_output', retryable: true });
    server.setOptions({ respond: () => '{"answer":"forty-two"}' });
    const error = await failureOf(chat.completeJson(messages, answerSchema));
    expect(error).toMatchObject({ kind: 'invalid_output', retryable: true });
    expect(error.message).toContain('answer');
  });
});

describe('toLlmError', () => {
  it('passes an LlmError through and keeps unknown failures retryable', () => {
    const original = new LlmError('auth', 'no', { retryable: false });
    expect(toLlmError(original)).toBe(original);
    expect(toLlmError(new Error('boom'))).toMatchObject({ kind: 'server', retryable: true });
    expect(toLlmError(new DOMException('late', 'TimeoutError'))).toMatchObject({ kind: 'timeout', retryable: true });
    expect(toLlmError(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }))).toMatchObject({ kind: 'network', retryable: true });
  });
});
