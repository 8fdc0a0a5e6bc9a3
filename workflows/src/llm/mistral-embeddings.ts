/**
 * Mistral's embeddings API as the worker uses it: vectors in input order, batched, every failure
 * an LlmError. The SDK client comes from mistral-client.ts, with its retries off.
 */
import type { Mistral } from '@mistralai/mistralai';
import { LlmError, toLlmError } from './llm-error.js';
import { costUsd, DEFAULT_EMBEDDING_PRICING, type LlmPricing, type LlmUsage } from './pricing.js';
import { redactPii } from './redact.js';

export const EMBEDDING_BATCH_SIZE = 64;
export const DEFAULT_EMBEDDING_MODEL = 'mistral-embed';

export interface Embedder {
  readonly model: string;
  /** One vector per text, in order; throws LlmError. */
  embed(texts: readonly string[]): Promise<{ vectors: number[][]; usage: LlmUsage }>;
}

export interface EmbedderOptions {
  model?: string;
  pricing?: LlmPricing;
  /** Redact personal data from every text (default true). */
  redactPii?: boolean;
}

/** An embedder over an SDK client built by createMistralClient. */
export function createMistralEmbedder(client: Mistral, options: EmbedderOptions = {}): Embedder {
  const model = options.model ?? DEFAULT_EMBEDDING_MODEL;
  const pricing = options.pricing ?? DEFAULT_EMBEDDING_PRICING;
  const redact =
    options.redactPii === false ? (texts: readonly string[]) => texts : (texts: readonly string[]) => texts.map((t) => redactPii(t).text);
  return { model, embed: (texts) => embedTexts(client, model, redact(texts), pricing) };
}

async function embedTexts(
  client: Mistral,
  model: string,
  texts: readonly string[],
  pricing: LlmPricing,
): Promise<{ vectors: number[][]; usage: LlmUsage }> {
  const started = performance.now();
  const vectors: number[][] = [];
  let promptTokens = 0;
  for (let i = 0; i < texts.length; i += EMBEDDING_BATCH_SIZE) {
    const batch = texts.slice(i, i + EMBEDDING_BATCH_SIZE);
    const response = await client.embeddings.create({ model, inputs: batch }).catch((error: unknown) => {
      throw toLlmError(error);
    });
    const data = [...response.data].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
    if (data.length !== batch.length || data.some((d) => !d.embedding?.length)) {
      throw new LlmError('server', `Mistral returned ${data.length} embeddings for ${batch.length} texts`, { retryable: true });
    }
    vectors.push(...data.map((d) => d.embedding ?? []));
    promptTokens += response.usage.promptTokens ?? 0;
  }
  const usage = {
    model,
    promptTokens,
    completionTokens: 0,
    latencyMs: Math.round(performance.now() - started),
    costUsd: costUsd(promptTokens, 0, pricing),
  };
  return { vectors, usage };
}
