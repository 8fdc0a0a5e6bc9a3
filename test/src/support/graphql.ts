import type { Client, FormattedExecutionResult, Sink } from 'graphql-ws';
import type { TypedDocumentString } from '../gql/graphql.js';

export interface GqlError {
  message: string;
  extensions: { code: string };
}
export interface GqlResult<Result> {
  status: number;
  data?: Result | null;
  errors?: GqlError[];
}
export interface GqlOptions {
  key?: string;
}

/**
 * One GraphQL request over HTTP, as a partner would send it: a typed document generated from
 * `src/graphql/*.graphql` (sent as its text) and its variables; the answer is typed from it.
 */
export async function gql<Result, Variables>(
  url: string,
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  options: GqlOptions = {},
): Promise<GqlResult<Result>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(options.key ? { authorization: `Bearer ${options.key}` } : {}) },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await res.json()) as { data?: Result | null; errors?: GqlError[] };
  return { status: res.status, data: body.data, errors: body.errors };
}

/** The data of a request that must succeed; a request that fails throws with its errors. */
export async function gqlData<Result, Variables>(
  url: string,
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  options: GqlOptions = {},
): Promise<Result> {
  const { status, data, errors } = await gql(url, document, variables, options);
  if (errors?.length || data == null) {
    const operation = /(?:query|mutation)\s+(\w+)/.exec(document.toString())?.[1];
    throw new Error(`${operation} failed (HTTP ${status}): ${JSON.stringify(errors)}`);
  }
  return data;
}

/** A graphql-ws subscription to a typed document: variables and payload are typed from it. */
export function subscribe<Result, Variables extends Record<string, unknown>>(
  client: Client,
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  sink: Sink<FormattedExecutionResult<Result>>,
): () => void {
  return client.subscribe<Result>({ query: String(document), variables }, sink);
}
