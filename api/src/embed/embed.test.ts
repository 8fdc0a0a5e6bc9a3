import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, dataOf, startTestApi, type TestApi, type TestWorkspace } from '../test-support/api-harness.js';
import { auditRowsSince, lastAuditEventId } from '../test-support/audit-rows.js';
import { csvOf, studyWithWave } from '../test-support/fixtures.js';
import { EmbedOriginsDocument, ImportRespondentsDocument, UpdateEmbedOriginsDocument } from '../test-support/gql/graphql.js';
import { createEmbedRouter, FRAME_ANCESTORS_HEADER } from './embed.router.js';

let api: TestApi;
let tokenOfA: string;
let tokenOfB: string;
const PARTNER = 'https://app.partner.example';

const origins = async (key: string) => dataOf(await api.gql(EmbedOriginsDocument, {}, key)).workspaceSettings.embedOrigins;
const update = (list: string[], key = api.a.keys.admin) => api.gql(UpdateEmbedOriginsDocument, { origins: list }, key);
const policy = (token: string, init?: RequestInit) => fetch(api.url.replace(/\/graphql$/, `/embed/frame-policy/${token}`), init);

/** A chat link of the workspace, as startInterview stores it (hashed). */
async function chatToken(ws: TestWorkspace, name: string): Promise<string> {
  const { waveId } = await studyWithWave(api, ws.keys.admin, name);
  const csv = csvOf([
    ['id', 'score'],
    [`${name}-1`, 3],
  ]);
  dataOf(await api.gql(ImportRespondentsDocument, { input: { waveId, csv } }, ws.keys.admin));
  const [{ id: respondentId }] = await api.db.query(`SELECT id FROM respondent WHERE wave_id = $1`, [waveId]);
  const token = `embed-${name}-${'x'.repeat(20)}`;
  await api.db.query(
    `INSERT INTO interview_session (workspace_id, respondent_id, wave_id, moderator, token_hash, workflow_id)
     VALUES ($1, $2, $3, 'offline', $4, $5)`,
    [ws.id, respondentId, waveId, createHash('sha256').update(token).digest('hex'), `wf-embed-${name}`],
  );
  return token;
}

beforeAll(async () => {
  api = await startTestApi();
  tokenOfA = await chatToken(api.a, 'a');
  tokenOfB = await chatToken(api.b, 'b');
});
afterAll(() => api?.stop());

describe('successful partner origins', () => {
  it('lets an admin set them in canonical form, every reader read them, and audits the change', async () => {
    expect(await origins(api.a.keys.admin)).toEqual([]);
    const since = await lastAuditEventId(api.db);
    const r = await update([`${PARTNER.toUpperCase()}/`, 'http://127.0.0.1:8080', PARTNER]);
    expect(dataOf(r).updateEmbedOrigins.embedOrigins).toEqual([PARTNER, 'http://127.0.0.1:8080']);
    for (const role of ['analyst', 'viewer'] as const) expect(await origins(api.a.keys[role])).toEqual([PARTNER, 'http://127.0.0.1:8080']);
    expect(await origins(api.a.sessions.admin)).toEqual([PARTNER, 'http://127.0.0.1:8080']);
    // Another workspace's list is its own.
    expect(await origins(api.b.keys.admin)).toEqual([]);
    const [event] = await auditRowsSince(api.db, api.a.id, since, { count: 1 });
    expect(event).toMatchObject({ action: 'mutation', name: 'updateEmbedOrigins', outcome: 'ok', error_code: null });
  });

  it("answers a chat link's workspace origins, as JSON and as a frame-ancestors source list, and nothing for other links", async () => {
    await update([PARTNER, 'http://localhost:3000']);
    const res = await policy(tokenOfA);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ origins: [PARTNER, 'http://localhost:3000'] });
    expect(res.headers.get(FRAME_ANCESTORS_HEADER)).toBe(`${PARTNER} http://localhost:3000`);
    expect(res.headers.get('cache-control')).toBe('no-store');
    // B lists none: its chat may not be framed anywhere.
    const ofB = await policy(tokenOfB);
    expect(await ofB.json()).toEqual({ origins: [] });
    expect(ofB.headers.get(FRAME_ANCESTORS_HEADER)).toBe("'none'");
    for (const unknown of ['embed-nobody-xxxxxxxxxxxxxxxxxxxx', 'short', 'not%20a%20token%20at%20all%20!!']) {
      const r = await policy(unknown);
      expect([r.status, await r.json(), r.headers.get(FRAME_ANCESTORS_HEADER)]).toEqual([200, { origins: [] }, "'none'"]);
    }
  });

  it('clears the list with an empty one', async () => {
    expect(dataOf(await update([])).updateEmbedOrigins.embedOrigins).toEqual([]);
    expect(await (await policy(tokenOfA)).json()).toEqual({ origins: [] });
  });
});

describe('failing partner origins', () => {
  it('lets only admins change them, and nobody without a key read them', async () => {
    await update([PARTNER]);
    for (const role of ['analyst', 'viewer', 'ingest'] as const) {
      expect((await update(['https://evil.example'], api.a.keys[role])).errors?.[0]).toMatchObject({
        message: 'Only an admin key may change the partner origins.',
        extensions: { code: 'FORBIDDEN' },
      });
    }
    expect(codeOf(await update(['https://evil.example'], api.a.sessions.viewer))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(EmbedOriginsDocument, {}, api.a.keys.ingest))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(EmbedOriginsDocument, {}, null))).toBe('UNAUTHENTICATED');
    expect(await origins(api.a.keys.admin)).toEqual([PARTNER]);
  });

  it('refuses a wildcard, a path, plain http elsewhere than localhost and too many, changing nothing', async () => {
    const cases: [string[], string][] = [
      [['https://*.partner.example'], 'https://*.partner.example'],
      [[PARTNER, 'https://app.partner.example/embed'], 'https://app.partner.example/embed'],
      [['http://app.partner.example'], 'http://app.partner.example'],
    ];
    for (const [list, named] of cases) {
      const r = await update(list);
      expect(r.errors?.[0].extensions).toEqual({ code: 'EMBED_ORIGIN_INVALID', origin: named });
      expect(r.data).toBeNull();
    }
    const many = Array.from({ length: 21 }, (_, i) => `https://p${i}.example`);
    expect((await update(many)).errors?.[0].extensions).toEqual({ code: 'EMBED_ORIGIN_INVALID', max: 20 });
    expect(await origins(api.a.keys.admin)).toEqual([PARTNER]);
  });

  it('refuses a request body on the frame policy, and a client over its rate', async () => {
    // fetch sends no GET body: a POST with one meets the same refusal, before any route is matched.
    expect((await policy(tokenOfA, { method: 'POST', body: 'hello' })).status).toBe(413);

    const app = express().use('/embed', createEmbedRouter({ db: api.db, rateLimit: { points: 2, durationSeconds: 60 } }));
    const server = app.listen(0);
    await new Promise((r) => server.once('listening', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/embed/frame-policy/${tokenOfA}`;
      expect([(await fetch(url)).status, (await fetch(url)).status]).toEqual([200, 200]);
      const refused = await fetch(url);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
