import { describe, expect, it } from 'vitest';
import { GraphqlError, isRetryable } from './graphql-client.js';

describe('isRetryable', () => {
  it('retries what says "later": the network, an unavailable interview service or database, a rate limit, 429 and 5xx', () => {
    for (const code of ['NETWORK_ERROR', 'INTERVIEW_UNAVAILABLE', 'SERVICE_UNAVAILABLE', 'RATE_LIMITED'])
      expect(isRetryable(new GraphqlError(code, code))).toBe(true);
    expect(isRetryable(new GraphqlError('HTTP_ERROR', 'busy', 503))).toBe(true);
    expect(isRetryable(new GraphqlError('HTTP_ERROR', 'slow down', 429))).toBe(true);
  });

  it('does not retry what a retry cannot fix', () => {
    for (const code of ['SESSION_CLOSED', 'BAD_USER_INPUT', 'INTERNAL_SERVER_ERROR'])
      expect(isRetryable(new GraphqlError(code, code))).toBe(false);
    expect(isRetryable(new GraphqlError('HTTP_ERROR', 'bad', 400))).toBe(false);
    expect(isRetryable(new Error('not ours'))).toBe(false);
  });
});
