import { randomBytes, randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { Client, Connection } from '@temporalio/client';
import type { TemporalDevServerHandle } from '@ladder/devstack';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WAVE_ANALYSIS_WORKFLOW, waveAnalysisWorkflowId } from '@ladder/contracts';
import { DEFAULT_TAXONOMY } from '@ladder/contracts/taxonomy';
import { recordedHistoryJSON, TEST_PAYLOAD_KEYS, testDataConverter } from '../test-support/payloads.js';
import { startTestDatabase, startTestTemporal, stopTestDatabase, type TestDatabase } from '../test-support/environment.js';
import { createLadderWorker, type LadderWorker } from '../worker.js';

let db: TestDatabase;
let temporal: TemporalDevServerHandle;
let ladder: LadderWorker;
let running: Promise<void>;
let client: Client;
let listener: pg.Client;
const events: { type: string; analysisId?: string }[] = [];
const taskQueue = `test-analysis-${randomUUID()}`;
const ids = { workspace: '', study: '', wave: '', taxonomy: '' };

/** Answers by band: a stated reason, the ladder down to a root, a comparison; three stories per band. */
const STORIES = {
  detractor: [
    [
      'The exports keep failing every week.',
      'Last Monday the export crashed twice and we rebuilt the report by hand.',
      'The board numbers were late again.',
      'My director questions our figures now.',
      'I feel let down: the demo promised reliable exports and we lost trust in the vendor.',
    ],
    [
      'Support takes days to answer our tickets.',
      'A ticket about a broken invoice sat for nine days.',
      'Our finance team waited on it.',
      'We escalated twice with no answer.',
      'Nobody took responsibility, which is why we do not trust them.',
    ],
    [
      'It is far too expensive for what we use.',
      'The renewal price went up 30% this year.',
      'We pay for modules nobody opens.',
      'Procurement asked me to justify the cost.',
      'I cannot defend the value to my CFO any more.',
    ],
  ],
  passive: [
    [
      'It works, but the interface is clunky.',
      'Building a report takes too many clicks.',
      'New people need weeks to learn it.',
      'We lose time on training.',
      'I want a tool my team enjoys using.',
    ],
    [
      'Support is fine but slow on complex tickets.',
      'A data question took a week to answer.',
      'We work around it.',
      'It slows our planning.',
      'I need to rely on them when it matters.',
    ],
  ],
  promoter: [
    [
      'The dashboards are fast and reliable.',
      'Reports load in seconds, even the big ones.',
      'My team uses them every day.',
      'We make decisions faster.',
      'I trust the numbers, which makes me look good with leadership.',
    ],
    [
      'Our account manager is excellent.',
      'She answered within the hour during our launch.',
      'The rollout went smoothly.',
      'We hit our deadline.',
      'It feels like a real partnership.',
    ],
  ],
} as const;

async function seedWave(counts: Record<keyof typeof STORIES, number>): Promise<void> {
  const { pool } = db;
  const [{ id: workspace }] = (
    await pool.query(`INSERT INTO workspace (slug, name) VALUES ($1, 'w') RETURNING id`, [`w-${randomBytes(4).toString('hex')}`])
  ).rows;
  const [{ id: study }] = (await pool.query(`INSERT INTO study (workspace_id, name) VALUES ($1, 's') RETURNING id`, [workspace])).rows;
  const [{ id: taxonomy }] = (
    await pool.query(`INSERT INTO driver_taxonomy (workspace_id, study_id, version, content) VALUES ($1, $2, 1, $3) RETURNING id`, [
      workspace,
      study,
      JSON.stringify(DEFAULT_TAXONOMY),
    ])
  ).rows;
  const [{ id: wave }] = (
    await pool.query(`INSERT INTO wave (workspace_id, study_id, name, status) VALUES ($1, $2, 'Q1', 'fielding') RETURNING id`, [
      workspace,
      study,
    ])
  ).rows;
  Object.assign(ids, { workspace, study, wave, taxonomy });
  const score = { detractor: 3, passive: 7, promoter: 10 };
  let n = 0;
  for (const band of Object.keys(counts) as (keyof typeof STORIES)[]) {
    for (let i = 0; i < counts[band]; i++, n++) {
      const [{ id: respondent }] = (
        await pool.query(
          `INSERT INTO respondent (workspace_id, wave_id, external_id, score, language, attributes) VALUES ($1, $2, $3, $4, 'en', $5)
           RETURNING id`,
          // The detractors with the export story are the Enterprise accounts: a segment difference the summary names.
          [workspace, wave, `r${n}`, score[band], { plan: band === 'detractor' && i % STORIES[band].length === 0 ? 'Enterprise' : 'SMB' }],
        )
      ).rows;
      const [{ id: session }] = (
        await pool.query(
          `INSERT INTO interview_session (workspace_id, respondent_id, wave_id, moderator, token_hash, workflow_id, status)
        VALUES ($1, $2, $3, 'offline', $4, $4, 'completed') RETURNING id`,
          [workspace, respondent, wave, randomBytes(8).toString('hex')],
        )
      ).rows;
      const story = STORIES[band][i % STORIES[band].length];
      const turns: [string, string, string, number][] = [['moderator', 'How would you describe it?', 'context', 0]];
      story.forEach((answer, k) => {
        const phase = k === 0 ? 'context' : 'laddering';
        turns.push(['respondent', answer, phase, k]);
        turns.push([
          'moderator',
          k === story.length - 1 ? 'Why does that matter to you personally?' : 'What does that lead to?',
          'laddering',
          k + 1,
        ]);
      });
      for (const [seq, [role, text, phase, level]] of turns.entries()) {
        await pool.query(
          `INSERT INTO turn (workspace_id, session_id, seq, role, text, phase, ladder_level) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [workspace, session, seq, role, text, phase, level],
        );
      }
    }
  }
}

async function analyse(): Promise<{ analysisId: string; result: { themes: number } }> {
  const [{ id: analysisId }] = (
    await db.pool.query(
      `INSERT INTO wave_analysis (workspace_id, study_id, wave_id, taxonomy_id, synthesizer, workflow_id)
       VALUES ($1, $2, $3, $4, 'offline', $5) RETURNING id`,
      [ids.workspace, ids.study, ids.wave, ids.taxonomy, `wave-analysis-${randomUUID()}`],
    )
  ).rows;
  const result = await client.workflow.execute(WAVE_ANALYSIS_WORKFLOW, {
    taskQueue,
    workflowId: waveAnalysisWorkflowId(analysisId),
    args: [{ analysisId }],
  });
  return { analysisId, result };
}

beforeAll(async () => {
  [db, temporal] = await Promise.all([startTestDatabase(), startTestTemporal()]);
  ladder = await createLadderWorker({ databaseUrl: db.url, temporalAddress: temporal.address, taskQueue, payloadKeys: TEST_PAYLOAD_KEYS });
  running = ladder.worker.run();
  client = new Client({ connection: await Connection.connect({ address: temporal.address }), dataConverter: testDataConverter });
  listener = new pg.Client({ connectionString: db.url });
  await listener.connect();
  listener.on('notification', (m) => events.push(JSON.parse(m.payload!)));
  await listener.query('LISTEN ladder_events');
  await seedWave({ detractor: 12, passive: 8, promoter: 8 });
});
afterAll(async () => {
  await listener?.end();
  ladder?.worker.shutdown();
  await running;
  await ladder?.pool.end();
  await ladder?.connection.close();
  await client?.connection.close();
  await temporal?.stop();
  await stopTestDatabase(db);
});

describe('wave analysis workflow', () => {
  const codesEverything =
    'codes every finished interview in batches, then writes themes with per-band prevalence, verbatim quotes and ranked actions';
  it(codesEverything, async () => {
    const { analysisId, result } = await analyse();
    const [analysis] = (await db.pool.query(`SELECT status, total, coded, summary FROM wave_analysis WHERE id = $1`, [analysisId])).rows;
    expect(analysis).toMatchObject({ status: 'completed', total: 28, coded: 28 });
    expect(analysis.summary).toMatch(/^28 interviews coded \(12 detractors, 8 passives, 8 promoters\)/);
    expect(result.themes).toBeGreaterThanOrEqual(4);

    const { rows: themes } = await db.pool.query(`SELECT id, label, scope, driver_keys FROM theme WHERE analysis_id = $1 ORDER BY rank`, [
      analysisId,
    ]);
    expect(themes).toHaveLength(result.themes);
    const drivers = themes.flatMap((t) => t.driver_keys);
    expect(drivers).toEqual(expect.arrayContaining(['reliability', 'support', 'pricing_value']));
    const { rows: prevalence } = await db.pool.query(
      `SELECT band, count, n FROM theme_prevalence p JOIN theme t ON t.id = p.theme_id WHERE t.analysis_id = $1`,
      [analysisId],
    );
    const n = { detractor: 12, passive: 8, promoter: 8 } as Record<string, number>;
    for (const p of prevalence) {
      expect(p.n).toBe(n[p.band]);
      expect(p.count).toBeLessThanOrEqual(p.n);
    }
    // Quotes are real substrings of the turns they cite.
    const { rows: quotes } = await db.pool.query(
      `SELECT q.quote, q.start_offset, q.end_offset, tr.text FROM theme_quote q
      JOIN theme t ON t.id = q.theme_id JOIN turn tr ON tr.session_id = q.session_id AND tr.seq = q.turn_seq WHERE t.analysis_id = $1`,
      [analysisId],
    );
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q.text.slice(q.start_offset, q.end_offset)).toBe(q.quote);
    const { rows: actions } = await db.pool.query(
      `SELECT rank, impact_points, theme_ids FROM summary_action WHERE analysis_id = $1 ORDER BY rank`,
      [analysisId],
    );
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.map((a) => a.impact_points)).toEqual([...actions.map((a) => a.impact_points)].sort((a, b) => b - a));
    expect(actions.every((a) => a.theme_ids.length > 0)).toBe(true);
    // Each action: an action on its driver with its evidence and counts, an interval around a shrunk point, and the small-sample flag
    // (12 detractors and 8 passives interviewed: 20 < 30).
    const { rows: words } = await db.pool.query(
      `SELECT title, action, evidence, writer, impact_points, impact_low, impact_high, impact_n, small_sample, impact_explanation
       FROM summary_action WHERE analysis_id = $1 ORDER BY rank`,
      [analysisId],
    );
    for (const a of words) {
      expect(a.title).toBe(`${a.action} — ${a.evidence}`);
      expect(a.evidence).toMatch(/^\d+ of 12 detractors|^\d+ of 8 passives/);
      expect(a.writer).toBe('template');
      expect(a.impact_low).toBeLessThanOrEqual(a.impact_points);
      expect(a.impact_points).toBeLessThanOrEqual(a.impact_high);
      expect(a.impact_n).toBe(20);
      expect(a.small_sample).toBe(true);
      expect(a.impact_explanation).toMatch(/95% interval .* Small sample: 20 interviews/);
    }
    // The 4 Enterprise detractors all told the export story, which none of the other 24 did: its themes are 4 of 4 against 0 of 24
    // (Fisher p = 1/20475, significant after Benjamini-Hochberg across the 20 themes x 2 segments).
    expect(analysis.summary).toMatch(
      /Biggest segment differences: Enterprise \(plan\) raise “[^”]+” more often \(100% vs 0% of the rest, \*+\)/,
    );
    const progress = events.filter((e) => e.type === 'analysis.progress' && e.analysisId === analysisId);
    expect(progress.length).toBeGreaterThanOrEqual(2); // at least one batch and the completion
    if (process.env.LADDER_RECORD_HISTORIES) {
      const history = await client.workflow.getHandle(waveAnalysisWorkflowId(analysisId)).fetchHistory();
      writeFileSync(new URL('./histories/wave-analysis-completed.json', import.meta.url), await recordedHistoryJSON(history));
    }
  });

  it('codes nothing twice when run again, and finds the same themes', async () => {
    const before = (await db.pool.query(`SELECT count(*)::int AS n FROM transcript_coding WHERE wave_id = $1`, [ids.wave])).rows[0].n;
    const first = (
      await db.pool.query(
        `SELECT label FROM theme t JOIN wave_analysis a ON a.id = t.analysis_id WHERE a.wave_id = $1 ORDER BY a.started_at, t.rank`,
        [ids.wave],
      )
    ).rows;
    const { analysisId } = await analyse();
    expect((await db.pool.query(`SELECT count(*)::int AS n FROM transcript_coding WHERE wave_id = $1`, [ids.wave])).rows[0].n).toBe(before);
    const again = (await db.pool.query(`SELECT label FROM theme WHERE analysis_id = $1 ORDER BY rank`, [analysisId])).rows;
    expect(again).toEqual(first);
  });
});
