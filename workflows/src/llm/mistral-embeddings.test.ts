import { afterEach, describe, expect, it } from 'vitest';
import { startFakeMistral, type FakeMistral, type FakeMistralOptions } from '../testing/index.js';
import { LlmError } from './llm-error.js';
import { createMistralClient } from './mistral-client.js';

const servers: FakeMistral[] = [];

async function embedderOn(options: FakeMistralOptions = {}) {
  const server = await startFakeMistral(options);
  servers.push(server);
  const { embedder } = createMistralClient({
    apiKey: 'k',
    serverUrl: server.url,
    model: 'mistral-small-latest',
    timeoutMs: 5000,
    pricing: { inputPerMillion: 0.1, outputPerMillion: 0.3 },
  });
  return { server, embedder };
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe('Mistral embeddings', () => {
  it('embeds through the SDK, 64 texts per call, in order', async () => {
    const { server, embedder } = await embedderOn();
    const texts = Array.from({ length: 130 }, (_, i) => `quote number ${i}`);
    const { vectors, usage } = await embedder.embed(texts);
    expect(server.stats.byRoute).toEqual({ '/v1/embeddings': 3 });
    expect(server.stats.byModel).toEqual({ 'mistral-embed': 3 });
    expect(vectors).toHaveLength(130);
    const single = await embedder.embed([texts[100]]);
    expect(single.vectors[0]).toEqual(vectors[100]);
    expect(usage).toMatchObject({ model: 'mistral-embed', completionTokens: 0 });
    expect(usage.promptTokens).toBeGreaterThan(0);
    expect(usage.costUsd).toBeCloseTo((usage.promptTokens * 0.1) / 1e6, 12);
  });

  it('turns a 500 into a retryable LlmError', async () => {
    const { embedder } = await embedderOn({ failures: { serverError: 1 } });
    const error = await embedder.embed(['a']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmError);
    expect(error).toMatchObject({ kind: 'server', retryable: true, status: 500 });
  });
});
