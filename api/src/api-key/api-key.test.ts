import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServer, type ApiServer } from '../server/app.js';
import { codeOf, dataOf, ORIGIN, startTestApi, type TestApi } from '../test-support/api-harness.js';
import { studyWithWave } from '../test-support/fixtures.js';
import {
  ApiKeysDocument,
  CreateApiKeyDocument,
  OverallNpsChangedDocument,
  RevokeApiKeyDocument,
  StudiesDocument,
} from '../test-support/gql/graphql.js';
import { openSocket, subscribe } from '../test-support/ws-client.js';
import { ensureBootstrapApiKey, generateApiKeySecret, hashSecret } from './api-key.service.js';

let api: TestApi;
/** A second API process on the same database: revocations reach it only through LISTEN/NOTIFY. */
let other: { server: ApiServer; url: string; connection: Connection };
let studyId: string;

beforeAll(async () => {
  api = await startTestApi();
  ({ studyId } = await studyWithWave(api));
  const connection = Connection.lazy({ address: '127.0.0.1:1' });
  const server = await createApiServer(
    { databaseUrl: api.databaseUrl, production: false, allowedOrigins: [ORIGIN], publicUrl: ORIGIN },
    api.db,
    new Client({ connection }).workflow,
  );
  other = { server, url: `http://127.0.0.1:${await server.listen(0)}/graphql`, connection };
});
afterAll(async () => {
  await other?.server.stop();
  await other?.connection.close().catch(() => {});
  await api?.stop();
});

const createKey = async (role: 'ADMIN' | 'ANALYST' | 'VIEWER' | 'INGEST', name = `${role} key`, by = api.a.keys.admin) =>
  dataOf(await api.gql(CreateApiKeyDocument, { input: { name, role } }, by)).createApiKey;

/** A graphql-sse stream (distinct connections mode) read as raw text. */
async function openSse(url: string, key: string) {
  const controller = new AbortController();
  const res = await fetch(`${url}/stream`, {
    method: 'POST',
    signal: controller.signal,
    headers: { accept: 'text/event-stream', 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: OverallNpsChangedDocument.toString(), variables: { studyId, groupBy: [] } }),
  });
  let text = '';
  const ended = (async () => {
    if (!res.body || !res.headers.get('content-type')?.startsWith('text/event-stream')) return;
    const decoder = new TextDecoder();
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) text += decoder.decode(chunk, { stream: true });
    } catch {
      // aborted by the test
    }
  })();
  return { res, ended, text: () => text, close: () => controller.abort() };
}

const within = <T>(ms: number, promise: Promise<T>) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`not within ${ms} ms`)), ms))]);

describe('successful-api-keys', () => {
  it('creates a key whose secret is shown once and works at once, and lists keys without secrets', async () => {
    const created = await createKey('VIEWER', '  CRM sync  ');
    expect(created.secret).toMatch(/^ldr_/);
    expect(created.key).toMatchObject({
      name: 'CRM sync',
      role: 'VIEWER',
      prefix: created.secret.slice(0, 8),
      revokedAt: null,
      bootstrap: false,
    });
    const [{ id: adminId }] = await api.db.query(`SELECT id FROM api_key WHERE workspace_id = $1 AND name = 'admin'`, [api.a.id]);
    expect(created.key.createdBy).toBe(adminId);
    expect(dataOf(await api.gql(StudiesDocument, {}, created.secret)).studies).toHaveLength(1);

    const list = await api.gql(ApiKeysDocument, {});
    expect(JSON.stringify(list)).not.toContain(created.secret);
    const listed = dataOf(list).apiKeys.items.find((k) => k.id === created.key.id);
    expect(listed).toMatchObject({ name: 'CRM sync', role: 'VIEWER', revokedAt: null });
    expect(listed?.lastUsedAt).not.toBeNull();
    const [{ secret_hash }] = await api.db.query(`SELECT secret_hash FROM api_key WHERE id = $1`, [created.key.id]);
    expect(secret_hash).not.toContain(created.secret.slice(4));
  });

  it('revokes a key at once (its next request is UNAUTHENTICATED), idempotently, and lists it as revoked', async () => {
    const created = await createKey('ANALYST');
    expect(dataOf(await api.gql(StudiesDocument, {}, created.secret)).studies).toHaveLength(1); // now cached
    const revoked = dataOf(await api.gql(RevokeApiKeyDocument, { id: created.key.id })).revokeApiKey;
    expect(revoked.revokedAt).not.toBeNull();
    const again = dataOf(await api.gql(RevokeApiKeyDocument, { id: created.key.id })).revokeApiKey;
    expect(again.revokedAt).toBe(revoked.revokedAt);
    const refused = await api.gql(StudiesDocument, {}, created.secret);
    expect(refused.status).toBe(401);
    expect(codeOf(refused)).toBe('UNAUTHENTICATED');
    const working = dataOf(await api.gql(ApiKeysDocument, { includeRevoked: false })).apiKeys.items.map((k) => k.id);
    expect(working).not.toContain(created.key.id);
    const all = dataOf(await api.gql(ApiKeysDocument, {})).apiKeys.items.find((k) => k.id === created.key.id);
    expect(all?.revokedAt).toBe(revoked.revokedAt);
  });
});

describe('failing-api-keys', () => {
  it('lets only admin keys list, create or revoke keys', async () => {
    const target = await createKey('INGEST');
    for (const role of ['analyst', 'viewer', 'ingest'] as const) {
      const key = api.a.keys[role];
      expect(codeOf(await api.gql(ApiKeysDocument, {}, key))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql(CreateApiKeyDocument, { input: { name: 'x', role: 'ADMIN' } }, key))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql(RevokeApiKeyDocument, { id: target.key.id }, key))).toBe('FORBIDDEN');
    }
    expect(codeOf(await api.gql(ApiKeysDocument, {}, null))).toBe('UNAUTHENTICATED');
  });

  it('refuses an empty name and an unknown id', async () => {
    const blank = await api.gql(CreateApiKeyDocument, { input: { name: '   ', role: 'VIEWER' } });
    expect(blank.errors?.[0]).toMatchObject({ message: 'A key needs a name', extensions: { code: 'BAD_USER_INPUT' } });
    expect(codeOf(await api.gql(RevokeApiKeyDocument, { id: 'nope' }))).toBe('API_KEY_NOT_FOUND');
    expect(codeOf(await api.gql(RevokeApiKeyDocument, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('API_KEY_NOT_FOUND');
  });

  it("refuses to revoke the workspace's last working admin key (LAST_ADMIN_KEY)", async () => {
    const ws = await api.db.query(`INSERT INTO workspace (slug, name) VALUES ('solo', 'solo') RETURNING id`);
    const secret = generateApiKeySecret();
    const [{ id }] = await api.db.query(
      `INSERT INTO api_key (workspace_id, name, role, prefix, secret_hash) VALUES ($1, 'only', 'admin', 'x', $2) RETURNING id`,
      [ws[0].id, hashSecret(secret)],
    );
    const r = await api.gql(RevokeApiKeyDocument, { id }, secret);
    expect(r.errors?.[0]).toMatchObject({
      message: 'This is the last working admin key of the workspace: create another admin key first.',
      extensions: { code: 'LAST_ADMIN_KEY', id },
    });
    const second = await createKey('ADMIN', 'second admin', secret);
    expect(dataOf(await api.gql(RevokeApiKeyDocument, { id }, second.secret)).revokeApiKey.revokedAt).not.toBeNull();
    expect(codeOf(await api.gql(RevokeApiKeyDocument, { id: second.key.id }, second.secret))).toBe('LAST_ADMIN_KEY');
  });
});

describe('revocation and live connections', () => {
  it('closes the WebSocket and SSE streams of a revoked key on every API process within 5 s, and refuses it afterwards', async () => {
    const victim = await createKey('VIEWER', 'victim');
    const otherWs = other.url.replace('http', 'ws');
    const socket = await subscribe(otherWs, victim.secret, OverallNpsChangedDocument, { studyId, groupBy: [] });
    const stream = await openSse(other.url, victim.secret);
    expect(stream.res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));

    const started = Date.now();
    expect(dataOf(await api.gql(RevokeApiKeyDocument, { id: victim.key.id })).revokeApiKey.revokedAt).not.toBeNull();
    const closed = await within(5000, socket.socket.closed);
    expect(closed).toEqual({ code: 4403, reason: 'UNAUTHENTICATED: the API key was revoked' });
    await within(5000, stream.ended);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(stream.text()).toContain('"code":"UNAUTHENTICATED"');
    expect(stream.text()).toMatch(/event: complete\ndata:\n\n$/);

    // The other process had the key cached: the revocation made it forget it.
    const again = await openSocket(otherWs);
    again.send({ type: 'connection_init', payload: { authorization: `Bearer ${victim.secret}` } });
    expect(await again.closed).toEqual({ code: 4403, reason: 'UNAUTHENTICATED: the API key is not valid or has been revoked' });
    const sse = await openSse(other.url, victim.secret);
    expect(sse.res.status).toBe(401);
    expect((await sse.res.json()) as unknown).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    const http = await fetch(other.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${victim.secret}` },
      body: JSON.stringify({ query: StudiesDocument.toString() }),
    });
    expect(((await http.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('leaves the streams of other keys open', async () => {
    const keep = await createKey('VIEWER', 'keep');
    const gone = await createKey('VIEWER', 'gone');
    const kept = await subscribe(api.wsUrl, keep.secret, OverallNpsChangedDocument, { studyId, groupBy: [] });
    const closing = await subscribe(api.wsUrl, gone.secret, OverallNpsChangedDocument, { studyId, groupBy: [] });
    await api.gql(RevokeApiKeyDocument, { id: gone.key.id });
    expect((await within(5000, closing.socket.closed)).code).toBe(4403);
    expect(kept.socket.ws.readyState).toBe(kept.socket.ws.OPEN);
    kept.socket.ws.close();
  });
});

describe('the bootstrap key', () => {
  it('is never re-enabled once revoked: starting again with the same secret leaves it revoked', async () => {
    const secret = generateApiKeySecret();
    await ensureBootstrapApiKey(api.db, secret); // first start
    await ensureBootstrapApiKey(api.db, secret); // a restart before any revocation changes nothing
    const keys = dataOf(await api.gql(ApiKeysDocument, {}, secret)).apiKeys.items;
    const bootstrap = keys.find((k) => k.bootstrap);
    expect(bootstrap).toMatchObject({ name: 'bootstrap', role: 'ADMIN', revokedAt: null });
    expect(keys.filter((k) => k.bootstrap)).toHaveLength(1);

    const own = await createKey('ADMIN', 'own admin', secret);
    expect(dataOf(await api.gql(RevokeApiKeyDocument, { id: bootstrap!.id }, own.secret)).revokeApiKey.revokedAt).not.toBeNull();
    await ensureBootstrapApiKey(api.db, secret); // restart with the same secret
    expect(codeOf(await api.gql(StudiesDocument, {}, secret))).toBe('UNAUTHENTICATED');
    const after = dataOf(await api.gql(ApiKeysDocument, {}, own.secret)).apiKeys.items.find((k) => k.id === bootstrap!.id);
    expect(after?.revokedAt).not.toBeNull();
  });
});
