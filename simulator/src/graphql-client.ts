import type { TypedDocumentString } from './gql/graphql.js';

/**
 * A small GraphQL-over-HTTP client, as a partner would write one: POST, `Authorization: Bearer`,
 * and errors branched on `extensions.code`, never on message text. Operations are the typed
 * documents generated from `src/graphql/*.graphql`, so a renamed field fails the typecheck.
 */

/** Codes this client adds to the API's own: the request never got a GraphQL answer. */
export type TransportCode = 'NETWORK_ERROR' | 'HTTP_ERROR';

export class GraphqlError extends Error {
  constructor(
    /** The API's `extensions.code` (e.g. SESSION_CLOSED), or a transport code. */
    readonly code: string,
    message: string,
    /** HTTP status, when there was a response. */
    readonly status?: number,
    /** RATE_LIMITED: seconds to wait before trying again (the error's `retryAfter`). */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'GraphqlError';
  }
}

/** Worth trying again with the same request (and the same client message id). */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof GraphqlError)) return false;
  const retryLater = ['NETWORK_ERROR', 'INTERVIEW_UNAVAILABLE', 'SERVICE_UNAVAILABLE', 'RATE_LIMITED'];
  if (retryLater.includes(error.code)) return true;
  return error.code === 'HTTP_ERROR' && (error.status === 429 || (error.status ?? 0) >= 500);
}

export interface GraphqlClientOptions {
  url: string;
  apiKey?: string;
  /** Per request; a slow moderator (an LLM) answers within it. Default 60 s. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export interface RequestOptions {
  /** Send without the API key: respondent calls carry only their token. */
  anonymous?: boolean;
}

export interface GraphqlClient {
  request<Result, Variables>(
    document: TypedDocumentString<Result, Variables>,
    variables: Variables,
    options?: RequestOptions,
  ): Promise<Result>;
}

interface Body<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: unknown; retryAfter?: unknown } }[];
}

export function createGraphqlClient(options: GraphqlClientOptions): GraphqlClient {
  const fetchImpl = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 60_000;
  return {
    async request<Result, Variables>(
      document: TypedDocumentString<Result, Variables>,
      variables: Variables,
      requestOptions: RequestOptions = {},
    ): Promise<Result> {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (options.apiKey && !requestOptions.anonymous) headers.authorization = `Bearer ${options.apiKey}`;
      let response: Response;
      try {
        response = await fetchImpl(options.url, {
          method: 'POST',
          headers,
          body: JSON.stringify({ query: document.toString(), variables }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        throw new GraphqlError('NETWORK_ERROR', `${options.url} did not answer: ${causeOf(error)}`);
      }
      let body: Body<Result>;
      try {
        body = (await response.json()) as Body<Result>;
      } catch {
        throw new GraphqlError('HTTP_ERROR', `${options.url} answered HTTP ${response.status} without a GraphQL body`, response.status);
      }
      const first = body.errors?.[0];
      if (first) {
        const code = typeof first.extensions?.code === 'string' ? first.extensions.code : 'UNKNOWN_ERROR';
        const retryAfter = typeof first.extensions?.retryAfter === 'number' ? first.extensions.retryAfter : undefined;
        throw new GraphqlError(code, first.message, response.status, retryAfter);
      }
      if (body.data == null)
        throw new GraphqlError('HTTP_ERROR', `${options.url} answered HTTP ${response.status} without data`, response.status);
      return body.data;
    },
  };
}

function causeOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as Error & { cause?: unknown }).cause;
  return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
}
