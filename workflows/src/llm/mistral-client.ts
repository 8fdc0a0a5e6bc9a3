/**
 * The one place a Mistral SDK client is built. Chat and embeddings share it, so the API key,
 * server URL, timeout and the disabled SDK retries (Temporal retries the activity instead) are
 * set once for every model call the worker makes.
 */
import { Mistral } from '@mistralai/mistralai';
import { createMistralChat, type MistralChat } from './mistral-chat.js';
import { createMistralEmbedder, type Embedder } from './mistral-embeddings.js';
import type { LlmPricing } from './pricing.js';

export interface LlmConfig {
  apiKey: string;
  /** Origin of the API (the SDK appends /v1/...); Mistral's own when absent. */
  serverUrl?: string;
  model: string;
  timeoutMs: number;
  pricing: LlmPricing;
  /** Redact emails, phone and card numbers and respondents' names before any call (default true). */
  redactPii?: boolean;
}

export interface MistralClient {
  chat: MistralChat;
  /** mistral-embed on the same API settings, for clustering themes. */
  embedder: Embedder;
}

/** A server URL given with a trailing slash or `/v1` still works: the SDK wants the origin. */
export const normalizeServerUrl = (url: string | undefined): string | undefined =>
  url?.trim().replace(/\/+$/, '').replace(/\/v1$/, '') || undefined;

export function createMistralClient(config: LlmConfig): MistralClient {
  const sdk = new Mistral({
    apiKey: config.apiKey,
    serverURL: normalizeServerUrl(config.serverUrl),
    timeoutMs: config.timeoutMs,
    retryConfig: { strategy: 'none' },
  });
  return { chat: createMistralChat(sdk, config), embedder: createMistralEmbedder(sdk, { redactPii: config.redactPii }) };
}
