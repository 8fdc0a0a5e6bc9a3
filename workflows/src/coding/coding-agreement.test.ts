import { randomBytes, randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import type { TemporalDevServerHandle } from '@ladder/devstack';
import { CODING_AGREEMENT_RUN_WORKFLOW, CODING_AGREEMENT_WATCHER_ID, codingAgreementRunWorkflowId } from '@ladder/contracts';
import { DEFAULT_TAXONOMY } from '@ladder/contracts/taxonomy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgreementActivities } from '../activities/agreement-activities.js';
import { createAnalysisActivities } from '../activities/analysis-activities.js';
import type { MistralChat } from '../llm/mistral-chat.js';
import { startTestDatabase, startTestTemporal, stopTestDatabase, type TestDatabase } from '../test-support/environment.js';
import { TEST_PAYLOAD_KEYS, testDataConverter } from '../test-support/payloads.js';
import { createLadderWorker, type LadderWorker } from '../worker.js';
import { compareCodings } from '@ladder/contracts/stats';
import { OFFLINE_CODER_VERSION } from './coder.js';
import { keepAgreementWatcher } from './agreement-watcher.js';
import { MISTRAL_CODER_PROMPT_VERSION } from './mistral-coder.js';

/** Detractor interviews the offline coder codes the same way every time. */
const STORIES = [
  ['The exports keep failing every week.', 'The board numbers were late again.', 'We lost trust in the vendor.'],
  ['Support takes days to answer our tickets.', 'A ticket sat for nine days.', 'Nobody took responsibility.'],
  ['It is far too expensive for what we use.', 'The renewal price went up 30% this year.', 'I cannot defend the value.'],
  ['Onboarding took months and nobody trained us.', 'Our team never learned the tool.', 'We gave up on half of it.'],
];

let db: TestDatabase;
let temporal: TemporalDevServerHandle;
let ladder: LadderWorker;
let running: Promise<void>;
let client: Client;
const taskQueue = `test-agreement-${randomUUID()}`;

interface Study {
  workspace: string;
  study: string;
  taxonomy: string;
  sessions: string[];
}

/** A study whose interviews are coded by the worker's analysis path, the first one corrected by an analyst, the others confirmed. */
async function codedStudy(): Promise<Study> {
  const { pool } = db;
  const one = async (sql: string, params: unknown[]) => (await pool.query(sql, params)).rows[0].id as string;
  const workspace = await one(`INSERT INTO workspace (slug, name) VALUES ($1, 'w') RETURNING id`, [`w-${randomBytes(4).toString('hex')}`]);
  const study = await one(`INSERT INTO study (workspace_id, name) VALUES ($1, 'Renewals') RETURNING id`, [workspace]);
  const taxonomy = await one(`INSERT INTO driver_taxonomy (workspace_id, study_id, version, content) VALUES ($1, $2, 1, $3) RETURNING id`, [
    workspace,
    study,
    JSON.stringify(DEFAULT_TAXONOMY),
  ]);
  const wave = await one(`INSERT INTO wave (workspace_id, study_id, name, status) VALUES ($1, $2, 'Q1', 'fielding') RETURNING id`, [
    workspace,
    study,
  ]);
  const sessions: string[] = [];
  for (const [i, story] of STORIES.entries()) {
    const respondent = await one(
      `INSERT INTO respondent (workspace_id, wave_id, external_id, score, language) VALUES ($1, $2, $3, 3, 'en') RETURNING id`,
      [workspace, wave, `r${i}`],
    );
    const session = await one(
      `INSERT INTO interview_session (workspace_id, respondent_id, wave_id, moderator, token_hash, workflow_id, status)
       VALUES ($1, $2, $3, 'offline', $4, $4, 'completed') RETURNING id`,
      [workspace, respondent, wave, randomBytes(8).toString('hex')],
    );
    let seq = 0;
    for (const [k, answer] of story.entries()) {
      await pool.query(
        `INSERT INTO turn (workspace_id, session_id, seq, role, text, phase, ladder_level) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          workspace,
          session,
          seq++,
          'moderator',
          k === 0 ? 'What happened?' : 'Why does that matter?',
          k === 0 ? 'context' : 'laddering',
          k,
        ],
      );
      await pool.query(
        `INSERT INTO turn (workspace_id, session_id, seq, role, text, phase, ladder_level) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [workspace, session, seq++, 'respondent', answer, k === 0 ? 'context' : 'laddering', k],
      );
    }
    sessions.push(session);
  }
  const analysis = createAnalysisActivities({ pool });
  for (const sessionId of sessions) await analysis.codeSession({ sessionId, taxonomyId: taxonomy });
  // The analyst corrects the first: stated billing, root contract terms (the machine said otherwise); confirms the rest.
  await pool.query(
    `INSERT INTO coding_correction (workspace_id, study_id, wave_id, session_id, taxonomy_id, source, stated_driver, root_driver)
     VALUES ($1, $2, $3, $4, $5, 'corrected', 'billing', 'contract_terms')`,
    [workspace, study, wave, sessions[0], taxonomy],
  );
  await pool.query(
    `INSERT INTO coding_correction (workspace_id, study_id, wave_id, session_id, taxonomy_id, source, stated_driver, root_driver)
     SELECT workspace_id, study_id, wave_id, session_id, taxonomy_id, 'confirmed', stated_driver, root_driver FROM transcript_coding
     WHERE session_id = ANY($1::uuid[])`,
    [sessions.slice(1)],
  );
  return { workspace, study, taxonomy, sessions };
}

async function manualRun(s: Study, threshold = 0.7, coder = 'offline'): Promise<string> {
  const { rows } = await db.pool.query(
    `INSERT INTO coding_agreement_run (workspace_id, study_id, taxonomy_id, taxonomy_version, coder, trigger, threshold)
     VALUES ($1, $2, $3, 1, $4, 'manual', $5) RETURNING id`,
    [s.workspace, s.study, s.taxonomy, coder, threshold],
  );
  return rows[0].id;
}

/** What the figures must be: the golden codings against the machine's (the offline coder codes the same way again). */
async function expectedFigures(s: Study) {
  const golden = (
    await db.pool.query(`SELECT stated_driver, root_driver FROM coding_correction WHERE taxonomy_id = $1 AND golden ORDER BY session_id`, [
      s.taxonomy,
    ])
  ).rows.map((r) => ({ stated: r.stated_driver, root: r.root_driver }));
  const machine = (
    await db.pool.query(`SELECT stated_driver, root_driver FROM transcript_coding WHERE taxonomy_id = $1 ORDER BY session_id`, [s.taxonomy])
  ).rows.map((r) => ({ stated: r.stated_driver, root: r.root_driver }));
  const keys = DEFAULT_TAXONOMY.categories.flatMap((c) => c.drivers.map((d) => d.key));
  return compareCodings(golden, machine, keys);
}

beforeAll(async () => {
  [db, temporal] = await Promise.all([startTestDatabase(), startTestTemporal()]);
  ladder = await createLadderWorker({ databaseUrl: db.url, temporalAddress: temporal.address, taskQueue, payloadKeys: TEST_PAYLOAD_KEYS });
  running = ladder.worker.run();
  client = new Client({ connection: await Connection.connect({ address: temporal.address }), dataConverter: testDataConverter });
}, 120_000);
afterAll(async () => {
  ladder?.worker.shutdown();
  await running;
  await ladder?.pool.end();
  await ladder?.connection.close();
  await client?.connection.close();
  await temporal?.stop();
  await stopTestDatabase(db);
});

describe('coding agreement runs', () => {
  it('re-codes the golden set through the worker and stores percent agreement and kappa, overall and per driver', async () => {
    const s = await codedStudy();
    const machine = (await db.pool.query(`SELECT stated_driver, root_driver FROM transcript_coding WHERE session_id = $1`, [s.sessions[0]]))
      .rows[0];
    // The correction disagrees with the machine, so agreement is not perfect.
    expect([machine.stated_driver, machine.root_driver]).not.toEqual(['billing', 'contract_terms']);
    const runId = await manualRun(s, -1);
    await client.workflow.execute(CODING_AGREEMENT_RUN_WORKFLOW, {
      taskQueue,
      workflowId: codingAgreementRunWorkflowId(runId),
      args: [{ runId }],
    });
    const [run] = (await db.pool.query(`SELECT * FROM coding_agreement_run WHERE id = $1`, [runId])).rows;
    const expected = await expectedFigures(s);
    expect(expected.kappa).toBeLessThan(1);
    expect(run).toMatchObject({
      status: 'completed',
      model: null,
      prompt_version: OFFLINE_CODER_VERSION,
      n: 4,
      percent_agreement: expected.percentAgreement,
      kappa: expected.kappa,
      below_threshold: false,
      per_driver: expected.drivers,
    });
    expect(run.per_driver.find((d: { driverKey: string }) => d.driverKey === 'billing')).toMatchObject({ goldenCount: 1, bothCount: 0 });
    const [{ n }] = (await db.pool.query(`SELECT count(*)::int AS n FROM owner_notification WHERE workspace_id = $1`, [s.workspace])).rows;
    expect(n).toBe(0);
  });

  it('raises a drift notice below the threshold: an owner email and a coding.agreement_dropped webhook event', async () => {
    const s = await codedStudy();
    await db.pool.query(
      `INSERT INTO coding_agreement_setting (workspace_id, kappa_threshold, owner_email) VALUES ($1, 0.99, 'lead@acme.example')`,
      [s.workspace],
    );
    await db.pool.query(
      `INSERT INTO webhook_endpoint (workspace_id, url, events, secret) VALUES ($1, 'https://93.184.215.14/h', '{coding.agreement_dropped}', 'whsec_x')`,
      [s.workspace],
    );
    const runId = await manualRun(s, 0.99);
    const activities = createAgreementActivities({ pool: db.pool });
    const { kappa, belowThreshold } = await activities.executeAgreementRun({ runId });
    expect(belowThreshold).toBe(true);
    const notes = (
      await db.pool.query(`SELECT email, kind, subject_id, title, body, link FROM owner_notification WHERE workspace_id = $1`, [
        s.workspace,
      ])
    ).rows;
    expect(notes).toEqual([
      {
        email: 'lead@acme.example',
        kind: 'coding.agreement_dropped',
        subject_id: runId,
        title: `Coding agreement dropped in Renewals: kappa ${kappa!.toFixed(2)} < 0.99`,
        body: expect.stringContaining('re-coded the 4 golden transcripts of taxonomy version 1'),
        link: `/studies/${s.study}/coding-agreement`,
      },
    ]);
    const events = (await db.pool.query(`SELECT type, payload FROM webhook_event WHERE workspace_id = $1`, [s.workspace])).rows;
    expect(events).toEqual([
      {
        type: 'coding.agreement_dropped',
        payload: expect.objectContaining({ runId, studyId: s.study, taxonomyVersion: 1, coder: 'offline', n: 4, kappa, threshold: 0.99 }),
      },
    ]);
    // Executed again (an activity retried after it committed): nothing new.
    await activities.executeAgreementRun({ runId });
    expect(
      (await db.pool.query(`SELECT count(*)::int AS n FROM owner_notification WHERE workspace_id = $1`, [s.workspace])).rows[0].n,
    ).toBe(1);
  });

  it("keeps the analyst's correction when the session is re-coded", async () => {
    const s = await codedStudy();
    const before = (await db.pool.query(`SELECT * FROM coding_correction WHERE session_id = $1`, [s.sessions[0]])).rows;
    await db.pool.query(`DELETE FROM transcript_coding WHERE session_id = $1`, [s.sessions[0]]);
    expect(await createAnalysisActivities({ pool: db.pool }).codeSession({ sessionId: s.sessions[0], taxonomyId: s.taxonomy })).toBe(true);
    expect((await db.pool.query(`SELECT * FROM coding_correction WHERE session_id = $1`, [s.sessions[0]])).rows).toEqual(before);
  });

  it('fails a Mistral run on a worker without a Mistral key, saying so', async () => {
    const s = await codedStudy();
    const runId = await manualRun(s, 0.7, 'mistral');
    await client.workflow.execute(CODING_AGREEMENT_RUN_WORKFLOW, {
      taskQueue,
      workflowId: codingAgreementRunWorkflowId(runId),
      args: [{ runId }],
    });
    const [run] = (await db.pool.query(`SELECT status, error FROM coding_agreement_run WHERE id = $1`, [runId])).rows;
    expect(run).toEqual({ status: 'failed', error: 'this worker has no Mistral key (MISTRAL_API_KEY): it cannot run the Mistral coder' });
  });
});

describe('when runs are due', () => {
  it('plans a first run, then nothing until the coder fingerprint changes or a day passes', async () => {
    await db.pool.query(`DELETE FROM coding_correction`);
    const s = await codedStudy();
    let clock = new Date();
    const withMistral = { model: 'mistral-small-latest' } as MistralChat;
    const activities = createAgreementActivities({ pool: db.pool, llm: withMistral, now: () => clock });
    const planned = async () => {
      const ids = await activities.planDueAgreementRuns();
      const { rows } = await db.pool.query(`SELECT coder, trigger FROM coding_agreement_run WHERE id = ANY($1::uuid[]) ORDER BY coder`, [
        ids,
      ]);
      // Each planned run finishes as the worker would finish it, with the fingerprint it measured.
      await db.pool.query(
        `UPDATE coding_agreement_run SET status = 'completed', model = NULL, prompt_version = $2
         WHERE id = ANY($1::uuid[]) AND coder = 'offline'`,
        [ids, OFFLINE_CODER_VERSION],
      );
      await db.pool.query(
        `UPDATE coding_agreement_run SET status = 'completed', model = 'mistral-small-latest', prompt_version = $2
         WHERE id = ANY($1::uuid[]) AND coder = 'mistral'`,
        [ids, MISTRAL_CODER_PROMPT_VERSION],
      );
      return rows.map((r) => `${r.coder}:${r.trigger}`);
    };
    expect(await planned()).toEqual(['mistral:schedule', 'offline:schedule']);
    expect(await planned()).toEqual([]);
    // Another model (a new MISTRAL_MODEL on the worker): only the Mistral coder is measured again.
    await db.pool.query(`UPDATE coding_agreement_run SET model = 'mistral-large-latest' WHERE study_id = $1 AND coder = 'mistral'`, [
      s.study,
    ]);
    expect(await planned()).toEqual(['mistral:change']);
    // A new taxonomy version with its own golden set: both coders, as a change.
    const [{ id: v2 }] = (
      await db.pool.query(`INSERT INTO driver_taxonomy (workspace_id, study_id, version, content) VALUES ($1, $2, 2, $3) RETURNING id`, [
        s.workspace,
        s.study,
        JSON.stringify(DEFAULT_TAXONOMY),
      ])
    ).rows;
    await db.pool.query(`UPDATE coding_correction SET taxonomy_id = $2 WHERE session_id = $1`, [s.sessions[1], v2]);
    expect(await planned()).toEqual(['mistral:change', 'offline:change']);
    // A day later, the daily run; a run still in progress holds its coder back.
    clock = new Date(clock.getTime() + 86_400_000 + 1000);
    await db.pool.query(
      `INSERT INTO coding_agreement_run (workspace_id, study_id, taxonomy_id, taxonomy_version, coder, trigger, threshold, created_at)
       VALUES ($1, $2, $3, 2, 'mistral', 'manual', 0.7, $4)`,
      [s.workspace, s.study, v2, new Date(clock.getTime() - 60_000)],
    );
    expect(await planned()).toEqual(['offline:schedule']);
  });
});

describe('the watcher', () => {
  it("is started by the worker's keeper and measures a golden set that was never measured, as a scheduled run", async () => {
    const s = await codedStudy();
    const native = await NativeConnection.connect({ address: temporal.address });
    const keeper = await keepAgreementWatcher(
      { connection: native, namespace: 'default', taskQueue, dataConverter: testDataConverter },
      { pollMs: 60_000 },
    );
    try {
      const deadline = Date.now() + 30_000;
      let runs: { trigger: string; status: string }[] = [];
      while (Date.now() < deadline) {
        runs = (await db.pool.query(`SELECT trigger, status FROM coding_agreement_run WHERE study_id = $1`, [s.study])).rows;
        if (runs.some((r) => r.status === 'completed')) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(runs).toEqual([{ trigger: 'schedule', status: 'completed' }]);
    } finally {
      keeper.close();
      await client.workflow.getHandle(CODING_AGREEMENT_WATCHER_ID).terminate('test over');
      await native.close();
    }
  });
});
