/**
 * What a model call used and cost. Prices are list prices in USD per million tokens, overridable
 * per deployment (MISTRAL_PRICE_*), so the cost recorded per turn matches the invoice closely
 * enough to compare moderators; it is never billed from.
 */

export interface LlmPricing {
  inputPerMillion: number;
  outputPerMillion: number;
}

export interface LlmUsage {
  model: string;
  promptTokens: number;
  completionTokens: number;
  costUsd: number;
  latencyMs: number;
}

/** mistral-small-latest, the default chat model. */
export const DEFAULT_CHAT_PRICING: LlmPricing = { inputPerMillion: 0.1, outputPerMillion: 0.3 };

/** mistral-embed: input tokens only. */
export const DEFAULT_EMBEDDING_PRICING: LlmPricing = { inputPerMillion: 0.1, outputPerMillion: 0 };

export const costUsd = (promptTokens: number, completionTokens: number, pricing: LlmPricing): number =>
  (promptTokens * pricing.inputPerMillion + completionTokens * pricing.outputPerMillion) / 1e6;
