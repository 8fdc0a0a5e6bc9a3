import { readFileSync } from 'node:fs';
import { getOperationAST, parse, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { credentialHeaders, type GqlError, type TestApi, startTestApi } from '../test-support/api-harness.js';
import { openSocket } from '../test-support/ws-client.js';
import { DEFAULT_MANIFEST_PATH, parseManifest } from './trusted-documents.js';

/**
 * Trusted documents through the real server: the console's registered documents (its generated
 * manifest) against ad-hoc ones, for a session, an anonymous respondent page and an API key, over
 * HTTP (POST and GET), graphql-ws and SSE.
 */
const manifest = parseManifest(readFileSync(DEFAULT_MANIFEST_PATH, 'utf8'));

/** The console's registered document for an operation: its hash (hex) and text. */
function registered(name: string): { hash: string; text: string } {
  for (const [hash, text] of manifest) if (getOperationAST(parse(text))?.name?.value === name) return { hash, text };
  throw new Error(`the console registers no operation ${name}`);
}

const me = registered('Me');
const AD_HOC = '{ me { kind user { email } } }';
const apq = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

interface Answer {
  status: number;
  data?: { me?: { kind: string; user: { email: string } | null } } & Record<string, unknown>;
  errors?: GqlError[];
}

async function post(api: TestApi, body: Record<string, unknown>, credential: string | null): Promise<Answer> {
  const res = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...credentialHeaders(credential) },
    body: JSON.stringify({ variables: {}, ...body }),
  });
  return { status: res.status, ...((await res.json()) as Omit<Answer, 'status'>) };
}

const codeOf = (answer: { errors?: GqlError[] }) => answer.errors?.[0]?.extensions.code;

let required: TestApi;
let allowed: TestApi;
let session: string;
let email: string;

beforeAll(async () => {
  // One after the other: the migrations create cluster-wide roles, which two new databases may race to create.
  required = await startTestApi({ trustedDocuments: { mode: 'required' } });
  allowed = await startTestApi({ trustedDocuments: { mode: 'allowed' } });
  session = required.a.sessions.viewer;
  email = 'viewer@workspace-a.example';
});
afterAll(async () => {
  await Promise.all([required?.stop(), allowed?.stop()]);
});

describe('successful: LADDER_TRUSTED_DOCUMENTS=required', () => {
  it('runs a registered document for a session by its hash alone (APQ extension or documentId)', async () => {
    for (const body of [{ extensions: apq(me.hash) }, { documentId: `sha256:${me.hash}` }]) {
      const answer = await post(required, body, session);
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.me).toMatchObject({ kind: 'user', user: { email } });
    }
  });

  it('runs a registered document sent as text, however it is formatted, with or without its hash', async () => {
    const asWritten = print(parse(me.text)); // multi-line, in the .graphql file's layout
    for (const body of [{ query: asWritten }, { query: asWritten, extensions: apq(me.hash) }, { query: me.text }]) {
      expect((await post(required, body, session)).data?.me?.user?.email).toBe(email);
    }
  });

  it('runs the registered document over GET (Apollo reads the URL)', async () => {
    const search = new URLSearchParams({ extensions: JSON.stringify(apq(me.hash)), variables: '{}' });
    const res = await fetch(`${required.url}?${search}`, {
      headers: { 'apollo-require-preflight': 'true', ...credentialHeaders(session) },
    });
    expect(((await res.json()) as Answer).data?.me?.user?.email).toBe(email);
  });

  it('lets an API key send ad-hoc documents', async () => {
    const answer = await post(required, { query: AD_HOC }, required.a.keys.viewer);
    expect(answer.status).toBe(200);
    expect(answer.data?.me).toEqual({ kind: 'api-key', user: null });
  });

  it("lets a respondent page run the chat's registered document (its answer is the link's, not a refusal)", async () => {
    const chat = registered('RespondentSession');
    const answer = await post(required, { extensions: apq(chat.hash), variables: { token: 'no-such-link' } }, null);
    expect(codeOf(answer)).toBe('SESSION_NOT_FOUND');
  });
});

describe('failing: LADDER_TRUSTED_DOCUMENTS=required', () => {
  it("refuses a session's ad-hoc document with 403 TRUSTED_DOCUMENT_REQUIRED", async () => {
    const answer = await post(required, { query: AD_HOC }, session);
    expect(answer.status).toBe(403);
    expect(answer.data).toBeUndefined();
    expect(answer.errors).toEqual([
      {
        message: expect.stringMatching(/^Browser sessions and respondent pages may only run the console's registered documents/),
        extensions: { code: 'TRUSTED_DOCUMENT_REQUIRED' },
      },
    ]);
  });

  it('refuses a session an ad-hoc document sent with a hash nobody registered, and over GET', async () => {
    const unknown = 'ab'.repeat(32);
    expect(codeOf(await post(required, { query: AD_HOC, extensions: apq(unknown) }, session))).toBe('TRUSTED_DOCUMENT_REQUIRED');
    const res = await fetch(`${required.url}?${new URLSearchParams({ query: AD_HOC })}`, {
      headers: { 'apollo-require-preflight': 'true', ...credentialHeaders(session) },
    });
    expect(res.status).toBe(403);
    expect(codeOf((await res.json()) as Answer)).toBe('TRUSTED_DOCUMENT_REQUIRED');
  });

  it("refuses an anonymous caller's ad-hoc respondent query", async () => {
    const answer = await post(
      required,
      { query: 'query($t: String!) { respondentSession(token: $t) { sessionId } }', variables: { t: 'x' } },
      null,
    );
    expect(answer.status).toBe(403);
    expect(codeOf(answer)).toBe('TRUSTED_DOCUMENT_REQUIRED');
  });

  it('answers PERSISTED_QUERY_NOT_FOUND for a hash nobody registered sent without text, to API keys too', async () => {
    for (const credential of [session, required.a.keys.admin]) {
      const answer = await post(required, { extensions: apq('cd'.repeat(32)) }, credential);
      expect(answer.status).toBe(200);
      expect(codeOf(answer)).toBe('PERSISTED_QUERY_NOT_FOUND');
    }
    // An APQ client then sends the text with the hash: an API key's runs.
    const retry = await post(required, { query: AD_HOC, extensions: apq('cd'.repeat(32)) }, required.a.keys.admin);
    expect(retry.data?.me?.kind).toBe('api-key');
  });
});

describe('LADDER_TRUSTED_DOCUMENTS=required over graphql-ws and SSE', () => {
  async function sessionSocket() {
    const socket = await openSocket(required.wsUrl, undefined, credentialHeaders(session));
    socket.send({ type: 'connection_init', payload: {} });
    await socket.next('connection_ack');
    return socket;
  }

  it('graphql-ws: a session runs a registered document by hash and is refused an ad-hoc one', async () => {
    const socket = await sessionSocket();
    socket.send({ id: '1', type: 'subscribe', payload: { query: '', extensions: apq(me.hash) } });
    const next = await socket.next('next');
    expect(next).toMatchObject({ id: '1', payload: { data: { me: { kind: 'user', user: { email } } } } });
    socket.send({ id: '2', type: 'subscribe', payload: { query: AD_HOC } });
    const error = await socket.next('error');
    expect(error).toMatchObject({ id: '2', payload: [{ extensions: { code: 'TRUSTED_DOCUMENT_REQUIRED' } }] });
    socket.ws.close();
  });

  async function sseFirstEvent(body: Record<string, unknown>): Promise<Answer> {
    const res = await fetch(`${required.url}/stream`, {
      method: 'POST',
      headers: { accept: 'text/event-stream', 'content-type': 'application/json', ...credentialHeaders(session) },
      body: JSON.stringify({ variables: {}, ...body }),
    });
    expect(res.status).toBe(200);
    const text = await res.text(); // a query's stream ends after its one result
    return { status: res.status, ...JSON.parse(/^data: (.*)$/m.exec(text)![1]) };
  }

  it('SSE: a session runs a registered document by hash and is refused an ad-hoc one', async () => {
    expect((await sseFirstEvent({ query: '', extensions: apq(me.hash) })).data?.me?.user?.email).toBe(email);
    expect(codeOf(await sseFirstEvent({ query: AD_HOC }))).toBe('TRUSTED_DOCUMENT_REQUIRED');
  });
});

describe('LADDER_TRUSTED_DOCUMENTS=allowed (the default)', () => {
  it("runs a session's ad-hoc document", async () => {
    const answer = await post(allowed, { query: AD_HOC }, allowed.a.sessions.viewer);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me?.user?.email).toBe(email);
  });

  it('runs the registered document for its hash, whatever text comes with it (as the console sends both)', async () => {
    const answer = await post(allowed, { query: '{ __typename }', extensions: apq(me.hash) }, allowed.a.sessions.viewer);
    expect(answer.data?.me?.user?.email).toBe(email);
  });
});
