import { describe, expect, it } from 'vitest';
import { loadWorkerConfig } from './config.js';

describe('worker configuration', () => {
  it('applies the defaults when only DATABASE_URL is set: no LLM, the offline moderator', () => {
    expect(loadWorkerConfig({ DATABASE_URL: 'postgres://u:p@localhost:5432/ladder', TEMPORAL_ADDRESS: '' })).toEqual({
      databaseUrl: 'postgres://u:p@localhost:5432/ladder',
      temporalAddress: '127.0.0.1:7233',
      temporalNamespace: 'default',
      llm: null,
    });
  });

  it('configures Mistral from MISTRAL_API_KEY, with server URL, model, timeout and prices', () => {
    expect(
      loadWorkerConfig({
        DATABASE_URL: 'postgres://localhost/ladder',
        MISTRAL_API_KEY: 'k',
        MISTRAL_SERVER_URL: 'http://127.0.0.1:9000',
        MISTRAL_MODEL: 'mistral-large-latest',
        MISTRAL_TIMEOUT_MS: '2000',
        MISTRAL_PRICE_INPUT_PER_MTOK: '2',
      }).llm,
    ).toEqual({
      apiKey: 'k',
      serverUrl: 'http://127.0.0.1:9000',
      model: 'mistral-large-latest',
      timeoutMs: 2000,
      pricing: { inputPerMillion: 2, outputPerMillion: 0.3 },
    });
  });

  it('lists every problem at once', () => {
    expect(() => loadWorkerConfig({ TEMPORAL_ADDRESS: 'no port', MISTRAL_SERVER_URL: 'nope', MISTRAL_TIMEOUT_MS: 'soon' })).toThrow(
      /invalid configuration:\n {2}- DATABASE_URL: DATABASE_URL is required.*\n {2}- TEMPORAL_ADDRESS: TEMPORAL_ADDRESS must look like host:port\n {2}- MISTRAL_SERVER_URL: .*\n {2}- MISTRAL_TIMEOUT_MS: MISTRAL_TIMEOUT_MS must be a number/,
    );
  });
});
