import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { authHeaders } from './auth';

/** A GraphQL error the UI can branch on by its stable `code`, never by message text. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string,
    /** The whole `extensions` object, e.g. with `field` naming the input at fault for BAD_USER_INPUT. */
    readonly extensions: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

const FRIENDLY: Record<string, string> = {
  UNAUTHENTICATED: 'You are signed out (your session ended or your API key is no longer valid). Sign in again.',
  SESSION_NOT_FOUND: 'This interview link is not valid. It may have been replaced by a newer one.',
  SESSION_CLOSED: 'This interview has ended. Thank you!',
  INTERVIEW_UNAVAILABLE: 'The interviewer is briefly unavailable. Please try again in a moment.',
  // A console newer than the API it talks to: its documents are not registered there yet.
  TRUSTED_DOCUMENT_REQUIRED: 'This page is out of date with the server. Reload the page.',
  PERSISTED_QUERY_NOT_FOUND: 'This page is out of date with the server. Reload the page.',
};

export const messageFor = (error: unknown): string =>
  error instanceof GraphQLRequestError ? (FRIENDLY[error.code] ?? error.message) : 'Something went wrong. Please try again.';

/** The hash codegen registered for a document (`persistedDocuments`: `__meta__.hash`), without its "sha256:" prefix. */
const registeredHash = (document: DocumentNode): string | undefined =>
  (document as DocumentNode & { __meta__?: { hash?: string } }).__meta__?.hash?.replace(/^sha256:/, '');

/**
 * One operation as the console sends it over HTTP and graphql-ws: the document's text and its
 * registered hash (APQ's `persistedQuery` extension). The API runs the registered document for a
 * hash it knows, whatever its LADDER_TRUSTED_DOCUMENTS, and the text otherwise where ad-hoc
 * documents are allowed, so a console deployed before its API still works (docs/decisions.md).
 */
export function operationBody<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
): OperationBody<TVariables> {
  const hash = registeredHash(document);
  const body: OperationBody<TVariables> = { query: print(document), variables };
  if (hash) body.extensions = { persistedQuery: { version: 1, sha256Hash: hash } };
  return body;
}

export interface OperationBody<TVariables> {
  query: string;
  variables: TVariables;
  extensions?: { persistedQuery: { version: 1; sha256Hash: string } };
}

export async function request<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  options: { anonymous?: boolean } = {},
): Promise<TResult> {
  // A respondent's page sends neither a key nor the session cookie.
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: options.anonymous ? 'omit' : 'include',
    headers: { 'content-type': 'application/json', ...(options.anonymous ? {} : authHeaders()) },
    body: JSON.stringify(operationBody(document, variables)),
  });
  let body: { data?: TResult; errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[] };
  try {
    body = await response.json();
  } catch {
    throw new GraphQLRequestError(`The server answered ${response.status}`, 'NETWORK_ERROR');
  }
  const first = body.errors?.[0];
  if (first) throw new GraphQLRequestError(first.message, first.extensions?.code ?? 'UNKNOWN', first.extensions ?? {});
  return body.data as TResult;
}

let ws: Client | undefined;

/**
 * One WebSocket per page for subscriptions, authenticated at connection_init by a key, or else by
 * the session cookie the browser sends with the upgrade (an empty Authorization would be refused).
 */
export function subscriptions(): Client {
  ws ??= createClient({
    url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    connectionParams: () => authHeaders(),
    lazy: true,
  });
  return ws;
}
