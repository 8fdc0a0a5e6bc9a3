/**
 * The LLM layer's error taxonomy. Every failure of a Mistral call leaves this module as an
 * LlmError, so activities decide retry-or-fail from `retryable` alone and never branch on SDK
 * classes or message text. The SDK's own retries are off: Temporal's retry policy (attempt limit,
 * backoff) is the only retry loop, which keeps attempts visible in the workflow history.
 */
import {
  ConnectionError,
  HTTPClientError,
  InvalidRequestError,
  MistralError,
  RequestAbortedError,
  RequestTimeoutError,
  SDKValidationError,
} from '@mistralai/mistralai/models/errors';

export type LlmErrorKind = 'rate_limited' | 'server' | 'timeout' | 'network' | 'auth' | 'bad_request' | 'invalid_output';

export interface LlmErrorOptions {
  retryable: boolean;
  status?: number;
  /** From a 429's Retry-After header, when the server sent one (usable as Temporal's nextRetryDelay). */
  retryAfterMs?: number;
  cause?: unknown;
}

export class LlmError extends Error {
  override readonly name = 'LlmError';
  readonly kind: LlmErrorKind;
  readonly retryable: boolean;
  readonly status?: number;
  readonly retryAfterMs?: number;

  constructor(kind: LlmErrorKind, message: string, options: LlmErrorOptions) {
    super(message, { cause: options.cause });
    this.kind = kind;
    this.retryable = options.retryable;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }
}

function fromStatus(error: MistralError): LlmError {
  const status = error.statusCode;
  const detail = `Mistral answered ${status}: ${error.body.slice(0, 300)}`;
  if (status === 429)
    return new LlmError('rate_limited', detail, { retryable: true, status, retryAfterMs: retryAfterMs(error.headers), cause: error });
  if (status === 408) return new LlmError('timeout', detail, { retryable: true, status, cause: error });
  if (status >= 500) return new LlmError('server', detail, { retryable: true, status, cause: error });
  if (status === 401 || status === 403) return new LlmError('auth', detail, { retryable: false, status, cause: error });
  if (status >= 400) return new LlmError('bad_request', detail, { retryable: false, status, cause: error });
  // A 2xx whose envelope (ResponseValidationError) the SDK could not read: the server misbehaved, another attempt may not.
  return new LlmError('server', `Unreadable Mistral response (${status}): ${error.message}`, { retryable: true, status, cause: error });
}

function retryAfterMs(headers: Headers | undefined): number | undefined {
  const value = headers?.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

const hasName = (error: unknown, names: string[]): boolean =>
  typeof error === 'object' && error !== null && 'name' in error && names.includes(String(error.name));

const hasCode = (error: unknown, codes: string[]): boolean =>
  typeof error === 'object' && error !== null && 'code' in error && codes.includes(String(error.code).toUpperCase());

/** Maps whatever a Mistral call threw to an LlmError (an LlmError passes through unchanged). */
export function toLlmError(error: unknown): LlmError {
  if (error instanceof LlmError) return error;
  if (error instanceof MistralError) return fromStatus(error);
  if (error instanceof SDKValidationError || error instanceof InvalidRequestError) {
    return new LlmError('bad_request', `Invalid request: ${error.message}`, { retryable: false, cause: error });
  }
  if (error instanceof RequestTimeoutError || error instanceof RequestAbortedError || hasName(error, ['TimeoutError', 'AbortError'])) {
    return new LlmError('timeout', 'The Mistral call timed out or was aborted', { retryable: true, cause: error });
  }
  if (
    error instanceof ConnectionError ||
    error instanceof HTTPClientError ||
    hasCode(error, ['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', 'UND_ERR_SOCKET']) ||
    (error instanceof TypeError && error.message.toLowerCase().startsWith('fetch failed'))
  ) {
    return new LlmError('network', `Could not reach Mistral: ${messageOf(error)}`, { retryable: true, cause: error });
  }
  // Unknown failures stay retryable, like Temporal's default; the attempt limit bounds them.
  return new LlmError('server', `Unexpected LLM failure: ${messageOf(error)}`, { retryable: true, cause: error });
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
