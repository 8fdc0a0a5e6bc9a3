import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, dataOf, startTestApi, type TestApi } from '../test-support/api-harness.js';
import { studyWithWave } from '../test-support/fixtures.js';
import { EraseRespondentDocument, IngestResponsesDocument, SegmentNpsDocument } from '../test-support/gql/graphql.js';
import { insertCoding, insertAnalysis, insertSession } from '../test-support/insights-fixtures.js';

const MARKER = 'zq7marker';

let api: TestApi;
let studyId: string;
let waveId: string;
let otherWaveId: string;
let erasedId: string;
let keptId: string;
let erasedSession: string;
let keptSession: string;
let otherAnalysisId: string;

const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => (await api.db.query(sql, params))[0] as T;

/** Every (table, column) of the public schema that can hold text: what a `pg_dump` would print. */
async function textColumns(): Promise<{ table_name: string; column_name: string }[]> {
  return api.db.query(
    `SELECT c.table_name, c.column_name FROM information_schema.columns c
     JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
     WHERE c.table_schema = 'public' AND c.data_type IN ('text', 'jsonb', 'ARRAY', 'character varying')`,
  );
}

async function tablesHolding(marker: string): Promise<string[]> {
  const found: string[] = [];
  for (const { table_name, column_name } of await textColumns()) {
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM "${table_name}" WHERE "${column_name}"::text ILIKE $1`, [
      `%${marker}%`,
    ]);
    if (n > 0) found.push(`${table_name}.${column_name}`);
  }
  return found;
}

async function rowsOf(column: 'respondent_id' | 'session_id', id: string): Promise<Record<string, number>> {
  const tables: { table_name: string }[] = await api.db.query(
    `SELECT c.table_name FROM information_schema.columns c
     JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
     WHERE c.table_schema = 'public' AND c.column_name = $1`,
    [column],
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM "${table_name}" WHERE "${column}" = $1`, [id]);
    if (n > 0) counts[table_name] = n;
  }
  return counts;
}

const overall = async () => dataOf(await api.gql(SegmentNpsDocument, { studyId, waveId, groupBy: ['plan'] })).segmentNps;

beforeAll(async () => {
  api = await startTestApi();
  ({ studyId, waveId } = await studyWithWave(api, api.a.keys.admin, 'Erasure'));
  const responses = [
    {
      externalId: `crm-${MARKER}`,
      score: 2,
      email: `${MARKER}@example.com`,
      comment: `Billing is broken ${MARKER}.`,
      attributes: { plan: MARKER },
    },
    { externalId: 'kept', score: 9, email: 'kept@example.com', comment: 'Support was great.', attributes: { plan: 'pro' } },
  ];
  expect(dataOf(await api.gql(IngestResponsesDocument, { input: { waveId, responses } })).ingestResponses.ok).toBe(true);
  erasedId = (await one<{ id: string }>(`SELECT id FROM respondent WHERE external_id = $1`, [`crm-${MARKER}`])).id;
  keptId = (await one<{ id: string }>(`SELECT id FROM respondent WHERE external_id = 'kept'`)).id;
  erasedSession = await insertSession(api, api.a.id, erasedId, waveId, [`We leave for Acme, ${MARKER} says the CFO.`]);
  keptSession = await insertSession(api, api.a.id, keptId, waveId, ['Support answers fast.']);
  const [{ id: turnId }] = await api.db.query(`SELECT id FROM turn WHERE session_id = $1 AND seq = 1`, [erasedSession]);
  await api.db.query(
    `INSERT INTO escalation (workspace_id, study_id, wave_id, session_id, turn_id, reason, quote, detected_by)
     VALUES ($1, $2, $3, $4, $5, 'competitor_evaluation', $6, 'offline')`,
    [api.a.id, studyId, waveId, erasedSession, turnId, `We leave for Acme, ${MARKER}`],
  );
  await api.db.query(`INSERT INTO session_notification (workspace_id, session_id, kind) VALUES ($1, $2, 'idle_reminder')`, [
    api.a.id,
    erasedSession,
  ]);
  await api.db.query(
    `INSERT INTO respondent_comment_coding (respondent_id, workspace_id, wave_id, comment_hash, driver_key, sentiment, quote, coder)
     VALUES ($1, $2, $3, 'h', 'billing', 'negative', $4, 'offline')`,
    [erasedId, api.a.id, waveId, `Billing is broken ${MARKER}.`],
  );
  const [{ id: deliveryId }] = await api.db.query(
    `INSERT INTO email_delivery (workspace_id, wave_id, respondent_id, session_id, kind, trigger, email, status, last_error)
     VALUES ($1, $2, $3, $4, 'invitation', 'manual', $5, 'bounced', $6) RETURNING id`,
    [api.a.id, waveId, erasedId, erasedSession, `${MARKER}@example.com`, `550 <${MARKER}@example.com>: no such user`],
  );
  await api.db.query(`INSERT INTO email_suppression (workspace_id, email, reason, delivery_id) VALUES ($1, $2, 'bounced', $3)`, [
    api.a.id,
    `${MARKER}@example.com`,
    deliveryId,
  ]);
  const excerpts = (quote: string) => [{ driverKey: 'support', categoryKey: 'experience', quote }];
  for (const [sessionId, answer] of [
    [erasedSession, `We leave for Acme, ${MARKER} says the CFO.`],
    [keptSession, 'Support answers fast.'],
  ]) {
    await insertCoding(api, {
      workspaceId: api.a.id,
      studyId,
      waveId,
      sessionId,
      taxonomyVersion: 1,
      band: 'detractor',
      excerpts: excerpts(answer),
    });
  }
  // The wave's analysis quotes the erased respondent in a theme label (offline labels are their words) and in a quote.
  await insertAnalysis(api, {
    workspaceId: api.a.id,
    studyId,
    waveId,
    themes: [
      {
        key: 'acme',
        label: `Acme ${MARKER}`,
        driverKeys: ['support'],
        prevalence: [{ band: 'detractor', count: 1, n: 2 }],
        quotes: [
          { sessionId: erasedSession, quote: `We leave for Acme, ${MARKER}`, band: 'detractor' },
          { sessionId: keptSession, quote: 'Support answers fast.', band: 'detractor' },
        ],
      },
    ],
    actions: [{ title: 'Call back Acme leavers', impactPoints: 3, themeKeys: ['acme'] }],
  });
  // Another wave's analysis never coded the respondent: it stays.
  otherWaveId = (await studyWithWave(api, api.a.keys.admin, 'Other')).waveId;
  const otherStudy = await one<{ study_id: string }>(`SELECT study_id FROM wave WHERE id = $1`, [otherWaveId]);
  otherAnalysisId = (await insertAnalysis(api, { workspaceId: api.a.id, studyId: otherStudy.study_id, waveId: otherWaveId })).id;
});
afterAll(() => api?.stop());

describe('failing eraseRespondent', () => {
  it('refuses every key but admin, and leaves the respondent', async () => {
    for (const role of ['analyst', 'viewer', 'ingest'] as const) {
      const r = await api.gql(EraseRespondentDocument, { id: erasedId }, api.a.keys[role]);
      expect(r.errors?.[0]).toMatchObject({ message: 'Only an admin key may erase a respondent.', extensions: { code: 'FORBIDDEN' } });
    }
    expect(codeOf(await api.gql(EraseRespondentDocument, { id: erasedId }, null))).toBe('UNAUTHENTICATED');
    expect(await rowsOf('respondent_id', erasedId)).toMatchObject({ respondent_contact: 1, interview_session: 1 });
  });

  it("does not find another workspace's respondent, nor an id that is not one", async () => {
    const r = await api.gql(EraseRespondentDocument, { id: erasedId }, api.b.keys.admin);
    expect(r.errors?.[0]).toMatchObject({ message: `Respondent ${erasedId} was not found`, extensions: { code: 'RESPONDENT_NOT_FOUND' } });
    expect(codeOf(await api.gql(EraseRespondentDocument, { id: 'not-a-uuid' }))).toBe('RESPONDENT_NOT_FOUND');
    expect(await one(`SELECT count(*)::int AS n FROM erasure_tombstone`)).toEqual({ n: 0 });
  });
});

describe('successful eraseRespondent', () => {
  it('deletes the respondent and everything derived from their words, keeps a tombstone, and segment NPS follows', async () => {
    const before = await overall();
    expect(before.overall.n).toBe(2);
    expect(before.segments.map((s) => s.label)).toContain(`plan=${MARKER}`);
    expect((await tablesHolding(MARKER)).length).toBeGreaterThan(8);

    const listener = new pg.Client({ connectionString: api.databaseUrl });
    await listener.connect();
    const events: unknown[] = [];
    listener.on('notification', (n) => events.push(JSON.parse(n.payload ?? 'null')));
    await listener.query('LISTEN ladder_events');
    const receipt = dataOf(await api.gql(EraseRespondentDocument, { id: erasedId })).eraseRespondent;
    expect(receipt.id).toBe(erasedId);
    expect(Date.parse(receipt.erasedAt)).toBeGreaterThan(Date.now() - 60_000);

    expect(await rowsOf('respondent_id', erasedId)).toEqual({ erasure_tombstone: 1 });
    expect(await rowsOf('session_id', erasedSession)).toEqual({});
    // Kept: the suppression entry (the address must never be mailed again), without its link to the deleted delivery.
    expect(await tablesHolding(MARKER)).toEqual(['email_suppression.email']);
    expect(await one(`SELECT reason, delivery_id FROM email_suppression WHERE email = $1`, [`${MARKER}@example.com`])).toEqual({
      reason: 'bounced',
      delivery_id: null,
    });
    // The wave's analyses are gone (they are re-derived by the next analysis); the other wave's stays; the other respondent stays.
    expect(await one(`SELECT count(*)::int AS n FROM wave_analysis WHERE wave_id = $1`, [waveId])).toEqual({ n: 0 });
    expect(await one(`SELECT count(*)::int AS n FROM wave_analysis WHERE id = $1`, [otherAnalysisId])).toEqual({ n: 1 });
    expect(await rowsOf('session_id', keptSession)).toMatchObject({ turn: 2, transcript_coding: 1, coded_excerpt: 1 });

    const tombstone = await one<Record<string, unknown>>(
      `SELECT t.erased_by_key_id = k.id AS by_admin, t.reason, t.workflow_ids, t.workflows_purged_at
       FROM erasure_tombstone t JOIN api_key k ON k.workspace_id = t.workspace_id AND k.role = 'admin' WHERE t.respondent_id = $1`,
      [erasedId],
    );
    expect(tombstone).toMatchObject({ by_admin: true, reason: 'request', workflows_purged_at: null });
    // The interview's workflow and the deleted analysis's: the worker terminates and deletes them (Temporal is not reachable here).
    expect(tombstone.workflow_ids).toEqual(
      expect.arrayContaining([expect.stringMatching(/^wf-/), expect.stringMatching(/^wave-analysis-/)]),
    );

    // Live insights of every API process recompute: the wave's respondents and themes changed.
    await new Promise((r) => setTimeout(r, 200));
    await listener.end();
    const changed = { type: 'insights.changed', workspaceId: api.a.id, studyId, waveId };
    expect(events).toHaveLength(2);
    expect(events).toEqual(
      expect.arrayContaining([
        { ...changed, what: 'respondents' },
        { ...changed, what: 'themes' },
      ]),
    );

    const after = await overall();
    expect(after.overall).toMatchObject({ n: 1, nps: 100 });
    expect(after.segments.map((s) => s.label)).not.toContain(`plan=${MARKER}`);
    expect(await one(`SELECT count(*)::int AS n FROM respondent_cube WHERE attributes::text ILIKE $1`, [`%${MARKER}%`])).toEqual({ n: 0 });
  });

  it('answers RESPONDENT_NOT_FOUND when asked again, and keeps one tombstone', async () => {
    expect(codeOf(await api.gql(EraseRespondentDocument, { id: erasedId }))).toBe('RESPONDENT_NOT_FOUND');
    expect(await one(`SELECT count(*)::int AS n FROM erasure_tombstone WHERE respondent_id = $1`, [erasedId])).toEqual({ n: 1 });
  });
});
