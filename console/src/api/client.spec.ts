import { parse } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MeDocument } from '../gql/graphql';
import { GraphQLRequestError, messageFor, operationBody, request } from './client';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('operationBody (trusted documents)', () => {
  it("sends a generated document's text with its registered sha256 hash in APQ's extension", () => {
    const hash = (MeDocument as unknown as { __meta__: { hash: string } }).__meta__.hash;
    expect(hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    const body = operationBody(MeDocument, {});
    expect(body.query).toMatch(/^query Me \{/);
    expect(body.extensions).toEqual({ persistedQuery: { version: 1, sha256Hash: hash.slice('sha256:'.length) } });
  });

  it('sends the text alone for a document codegen did not register', () => {
    const body = operationBody(parse('{ me { kind } }'), {});
    expect(body).toEqual({ query: '{\n  me {\n    kind\n  }\n}', variables: {} });
  });
});

describe('request', () => {
  it('posts the operation body and explains a refusal of an unregistered document', async () => {
    const fetch = vi.fn(async () =>
      Response.json(
        { errors: [{ message: 'registered documents only', extensions: { code: 'TRUSTED_DOCUMENT_REQUIRED' } }] },
        { status: 403 },
      ),
    );
    vi.stubGlobal('fetch', fetch);
    const error = await request(MeDocument, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).code).toBe('TRUSTED_DOCUMENT_REQUIRED');
    expect(messageFor(error)).toBe('This page is out of date with the server. Reload the page.');
    const init = (fetch.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect(JSON.parse(String(init.body))).toEqual(JSON.parse(JSON.stringify(operationBody(MeDocument, {}))));
  });
});
