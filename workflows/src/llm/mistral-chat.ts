/**
 * Mistral's chat API as the worker uses it: JSON mode in, zod-validated value out, every failure
 * an LlmError. The SDK client comes from mistral-client.ts, with its retries off.
 */
import type { Mistral } from '@mistralai/mistralai';
import type { ChatCompletionRequestMessage, ChatCompletionResponse } from '@mistralai/mistralai/models/components';
import type { z } from 'zod';
import { LlmError, toLlmError } from './llm-error.js';
import { costUsd, type LlmPricing, type LlmUsage } from './pricing.js';
import { noRedaction, redactPii, type Redaction } from './redact.js';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface CompleteOptions {
  temperature?: number;
  maxTokens?: number;
  /** The respondent's names, redacted as [name] like emails and phone numbers are. */
  names?: readonly string[];
}

export interface MistralChat {
  readonly model: string;
  completeJson<T>(messages: ChatMessage[], schema: z.ZodType<T>, options?: CompleteOptions): Promise<{ value: T; usage: LlmUsage }>;
  /**
   * What completeJson does to every message before it is sent (the identity when redaction is
   * off): callers that check the model's quotes redact the source themselves to map them back.
   */
  redact(text: string, names?: readonly string[]): Redaction;
}

export interface ChatSettings {
  model: string;
  pricing: LlmPricing;
  /** Redact personal data from every message (default true; LADDER_REDACT_PII=false turns it off). */
  redactPii?: boolean;
}

/** Chat over an SDK client built by createMistralClient. */
export function createMistralChat(client: Mistral, config: ChatSettings): MistralChat {
  const redact = config.redactPii === false ? noRedaction : redactPii;
  return {
    model: config.model,
    redact,
    async completeJson<T>(messages: ChatMessage[], schema: z.ZodType<T>, options: CompleteOptions = {}) {
      const started = performance.now();
      let response: ChatCompletionResponse;
      try {
        response = await client.chat.complete({
          model: config.model,
          // Redacting placeholders again changes nothing, so text a caller redacted already is sent as it is.
          messages: messages.map((m) => toSdkMessage({ ...m, content: redact(m.content, options.names).text })),
          responseFormat: { type: 'json_object' },
          temperature: options.temperature,
          maxTokens: options.maxTokens,
        });
      } catch (error) {
        throw toLlmError(error);
      }
      const usage = usageOf(response, config, Math.round(performance.now() - started));
      return { value: parseOutput(contentOf(response), schema), usage };
    },
  };
}

function toSdkMessage(message: ChatMessage): ChatCompletionRequestMessage {
  switch (message.role) {
    case 'system':
      return { role: 'system', content: message.content };
    case 'user':
      return { role: 'user', content: message.content };
    case 'assistant':
      return { role: 'assistant', content: message.content };
  }
}

function usageOf(response: ChatCompletionResponse, config: ChatSettings, latencyMs: number): LlmUsage {
  const promptTokens = response.usage.promptTokens ?? 0;
  const completionTokens = response.usage.completionTokens ?? 0;
  return {
    model: response.model || config.model,
    promptTokens,
    completionTokens,
    costUsd: costUsd(promptTokens, completionTokens, config.pricing),
    latencyMs,
  };
}

function contentOf(response: ChatCompletionResponse): string {
  const content = response.choices[0]?.message?.content;
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((chunk) => (chunk.type === 'text' ? chunk.text : '')).join('');
  return '';
}

/** Models in JSON mode still occasionally wrap the object in a Markdown fence. */
const unfence = (text: string): string => text.trim().replace(/^```(?:json)?\s*([\s\S]*?)\s*```$/i, '$1');

function parseOutput<T>(content: string, schema: z.ZodType<T>): T {
  let json: unknown;
  try {
    json = JSON.parse(unfence(content));
  } catch {
    throw invalidOutput(`the model's answer is not JSON: ${content.slice(0, 200)}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
    throw invalidOutput(`the model's answer does not match the expected shape: ${issues}`);
  }
  return parsed.data;
}

// Retryable: sampling again often fixes it, and the caller's attempt limit bounds the cost.
const invalidOutput = (message: string): LlmError => new LlmError('invalid_output', message, { retryable: true });
