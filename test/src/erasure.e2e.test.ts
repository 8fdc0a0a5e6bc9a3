import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { interviewWorkflowId } from '@ladder/contracts';
import { ensureTemporalCli } from '@ladder/devstack';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateStudyDocument,
  CreateWaveDocument,
  EraseRespondentDocument,
  FieldingIngestDocument,
  LaunchWaveDocument,
  RespondentSessionDocument,
  RespondentsDocument,
  SendRespondentMessageDocument,
  StartInterviewDocument,
  StartWaveAnalysisDocument,
  WaveAnalysisStatusDocument,
} from './gql/graphql.js';
import { DETRACTOR_ANSWERS } from './support/answers.js';
import { gqlData } from './support/graphql.js';
import { startPlatform, type Platform } from './support/platform.js';

const run = promisify(execFile);
/** Unique to this run: found in the database, an export or a history only if erasure missed it. */
const MARKER = `qx${Date.now().toString(36)}marker`;

let platform: Platform;
let db: pg.Client;
let key: { key: string };
let waveId: string;
let respondentId: string;
let sessionId: string;

/**
 * Every row of every table in every schema, as text: what a `pg_dump --data-only` prints. The
 * embedded Postgres ships no pg_dump (only initdb, pg_ctl and postgres), and a system pg_dump of
 * an older major version refuses to dump a newer server, so the dump is made with COPY.
 */
async function dumpDatabase(): Promise<Map<string, string>> {
  const { rows: tables } = await db.query<{ name: string }>(
    `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`,
  );
  const dump = new Map<string, string>();
  for (const { name } of tables) {
    const { rows } = await db.query<{ line: string }>(`SELECT t::text AS line FROM ${name} t`);
    dump.set(name, rows.map((r) => r.line).join('\n'));
  }
  return dump;
}

const tablesHolding = (dump: Map<string, string>, text: string) => [...dump].filter(([, rows]) => rows.includes(text)).map(([t]) => t);

async function exportCsv(path: string): Promise<string> {
  const base = platform.apiUrl.replace(/\/graphql$/, '');
  const res = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${platform.bootstrapKey}` } });
  return `${res.status} ${await res.text()}`;
}

/** The interview's history as the Temporal CLI shows it, or null once Temporal no longer has it. */
async function history(workflowId: string): Promise<string | null> {
  try {
    const { stdout } = await run(
      ensureTemporalCli(() => {}),
      ['workflow', 'show', '--workflow-id', workflowId, '--address', platform.temporalAddress, '--output', 'json'],
    );
    return stdout;
  } catch (error) {
    const text = `${(error as { stderr?: string }).stderr ?? ''}${(error as Error).message}`;
    if (/not found/i.test(text)) return null;
    throw error;
  }
}

beforeAll(async () => {
  platform = await startPlatform();
  key = { key: platform.bootstrapKey };
  db = new pg.Client({ connectionString: platform.databaseUrl });
  await db.connect();
  const studyId = (await gqlData(platform.apiUrl, CreateStudyDocument, { input: { name: 'Erasure' } }, key)).createStudy.id;
  waveId = (await gqlData(platform.apiUrl, CreateWaveDocument, { input: { studyId, name: 'W1' } }, key)).createWave.id;
  const responses = [
    {
      externalId: `crm-${MARKER}`,
      score: 2,
      email: `${MARKER}@example.com`,
      comment: `Exports fail, ${MARKER}.`,
      attributes: { team: MARKER },
    },
    { externalId: 'other', score: 9, email: 'other@example.com', comment: 'Works well.', attributes: { team: 'ops' } },
  ];
  expect((await gqlData(platform.apiUrl, FieldingIngestDocument, { input: { waveId, responses } }, key)).ingestResponses.ok).toBe(true);
  await gqlData(platform.apiUrl, LaunchWaveDocument, { id: waveId }, key);
  const { respondents } = await gqlData(platform.apiUrl, RespondentsDocument, { waveId, first: 10 }, key);
  respondentId = respondents.edges.find((e) => e.node.externalId === `crm-${MARKER}`)!.node.id;
});
afterAll(async () => {
  await db?.end();
  await platform?.stop();
});

describe('eraseRespondent across the API, the worker, Postgres and Temporal', () => {
  it('leaves the marker of an interviewed and analysed respondent in no table, no export and no readable history', async () => {
    // The real interview path: the API starts the workflow, the worker's offline moderator answers.
    const started = (await gqlData(platform.apiUrl, StartInterviewDocument, { respondentId }, key)).startInterview;
    sessionId = started.session.id;
    const token = started.respondentToken;
    const view = async () => (await gqlData(platform.apiUrl, RespondentSessionDocument, { token }, {})).respondentSession;
    const status = async () => (await view()).status;
    for (let i = 0; i < 100 && (await view()).turns.length === 0; i++) await new Promise((r) => setTimeout(r, 200));
    for (let i = 0; i < 20 && (await status()) !== 'COMPLETED'; i++) {
      // The marker inside every sentence, so any quoted span of an answer carries it.
      const [first, ...rest] = DETRACTOR_ANSWERS[Math.min(i, DETRACTOR_ANSWERS.length - 1)].split(' ');
      const answer = [first, MARKER, ...rest].join(' ').replace(/\. /g, `. ${MARKER} `);
      await gqlData(platform.apiUrl, SendRespondentMessageDocument, { token, text: answer, clientMessageId: `msg-${i}-${MARKER}` }, {});
    }
    expect(await status()).toBe('COMPLETED');
    // Coding and themes (offline: cheap): the derived texts quote the respondent.
    const analysis = (await gqlData(platform.apiUrl, StartWaveAnalysisDocument, { waveId }, key)).startWaveAnalysis;
    let analysed = analysis.status;
    for (let i = 0; i < 240 && analysed === 'RUNNING'; i++) {
      await new Promise((r) => setTimeout(r, 250));
      analysed = (await gqlData(platform.apiUrl, WaveAnalysisStatusDocument, { id: analysis.id }, key)).waveAnalysis?.status ?? analysed;
    }
    expect(analysed).toBe('COMPLETED');
    const before = tablesHolding(await dumpDatabase(), MARKER);
    expect(before).toEqual(
      expect.arrayContaining([
        'public.respondent',
        'public.respondent_contact',
        'public.turn',
        'public.coded_excerpt',
        'public.respondent_cube',
      ]),
    );
    expect(await history(interviewWorkflowId(sessionId))).not.toBeNull();

    const receipt = (await gqlData(platform.apiUrl, EraseRespondentDocument, { id: respondentId }, key)).eraseRespondent;
    expect(receipt.id).toBe(respondentId);

    const dump = await dumpDatabase();
    expect(tablesHolding(dump, MARKER)).toEqual([]);
    // The id stays in the tombstone (and in the audit trail's target, when there is one): an id, no personal data.
    expect(tablesHolding(dump, respondentId).filter((t) => t !== 'public.audit_event')).toEqual(['public.erasure_tombstone']);
    for (const path of [`/export/quotes.csv?waveId=${waveId}`, `/export/themes.csv?waveId=${waveId}`]) {
      expect(await exportCsv(path)).not.toContain(MARKER);
    }
    // The worker terminates and deletes the interview's workflow; Temporal removes the history shortly after.
    let shown: string | null = '';
    for (let i = 0; i < 120 && shown !== null; i++) {
      shown = await history(interviewWorkflowId(sessionId));
      if (shown !== null) await new Promise((r) => setTimeout(r, 1000));
    }
    expect(shown).toBeNull();
    const { rows } = await db.query(`SELECT workflows_purged_at FROM erasure_tombstone WHERE respondent_id = $1`, [respondentId]);
    expect(rows[0].workflows_purged_at).toBeInstanceOf(Date);
  }, 300_000);
});
