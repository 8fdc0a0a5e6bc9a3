import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TAXONOMY } from '@ladder/contracts/taxonomy';
import { createMistralClient } from '../llm/mistral-client.js';
import { OFFLINE_CODER_VERSION } from '../coding/coder.js';
import { MISTRAL_CODER_PROMPT_VERSION } from '../coding/mistral-coder.js';
import { THEME_LABEL_PROMPT_VERSION } from '../analysis/mistral-themes.js';
import { startTestDatabase, stopTestDatabase, type TestDatabase } from '../test-support/environment.js';
import { startFakeMistral, type FakeMistral } from '../testing/index.js';
import { createAnalysisActivities } from './analysis-activities.js';

let db: TestDatabase;
let fake: FakeMistral;
const ids = { workspace: '', study: '', wave: '', taxonomy: '' };

const STORIES = {
  detractor: [
    [
      'The exports keep failing every week.',
      'Last Monday the export crashed twice and we rebuilt the report by hand.',
      'I feel let down and we lost trust in the vendor.',
    ],
    [
      'Support takes days to answer our tickets.',
      'A ticket about a broken invoice sat for nine days.',
      'Nobody took responsibility, which is why we do not trust them.',
    ],
  ],
  promoter: [
    [
      'The dashboards are fast and reliable.',
      'Reports load in seconds, even the big ones.',
      'I trust the numbers, which makes me look good with leadership.',
    ],
  ],
} as const;

async function seedWave(): Promise<void> {
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
}

/** A completed interview telling one of the stories: stated reason, then the ladder to a root. */
async function addSession(band: keyof typeof STORIES, i: number): Promise<string> {
  const { pool } = db;
  const [{ id: respondent }] = (
    await pool.query(
      `INSERT INTO respondent (workspace_id, wave_id, external_id, score, language) VALUES ($1, $2, $3, $4, 'en') RETURNING id`,
      [ids.workspace, ids.wave, randomUUID(), band === 'detractor' ? 3 : 10],
    )
  ).rows;
  const [{ id: session }] = (
    await pool.query(
      `INSERT INTO interview_session (workspace_id, respondent_id, wave_id, moderator, token_hash, workflow_id, status)
    VALUES ($1, $2, $3, 'offline', $4, $4, 'completed') RETURNING id`,
      [ids.workspace, respondent, ids.wave, randomBytes(8).toString('hex')],
    )
  ).rows;
  const story = STORIES[band][i % STORIES[band].length];
  const turns: [string, string, string, number][] = [['moderator', 'How would you describe it?', 'context', 0]];
  story.forEach((answer, k) => {
    turns.push(['respondent', answer, k === 0 ? 'context' : 'laddering', k]);
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
      [ids.workspace, session, seq, role, text, phase, level],
    );
  }
  return session;
}

async function newAnalysis(): Promise<string> {
  const [{ id }] = (
    await db.pool.query(
      `INSERT INTO wave_analysis (workspace_id, study_id, wave_id, taxonomy_id, synthesizer, workflow_id)
       VALUES ($1, $2, $3, $4, 'offline', $5) RETURNING id`,
      [ids.workspace, ids.study, ids.wave, ids.taxonomy, `wave-analysis-${randomUUID()}`],
    )
  ).rows;
  return id;
}

function activitiesOnMistral() {
  const config = {
    apiKey: 'k',
    serverUrl: fake.url,
    model: 'mistral-small-latest',
    timeoutMs: 5000,
    pricing: { inputPerMillion: 0.1, outputPerMillion: 0.3 },
  };
  const { chat, embedder } = createMistralClient(config);
  return createAnalysisActivities({ pool: db.pool, llm: chat, embedder, retryDelayMs: 0 });
}

const codingOf = async (sessionId: string) =>
  (await db.pool.query(`SELECT id, coder FROM transcript_coding WHERE session_id = $1`, [sessionId])).rows;

beforeAll(async () => {
  [db, fake] = await Promise.all([startTestDatabase(), startFakeMistral()]);
  await seedWave();
});
afterAll(async () => {
  await fake?.close();
  await stopTestDatabase(db);
});

describe('analysis activities with Mistral', () => {
  it('code with Mistral, retrying spoilt quotes, and record the coder; themes from embeddings with Mistral labels', async () => {
    fake.setOptions({ seed: 5, badQuoteShare: 0.5, failures: {} });
    const activities = activitiesOnMistral();
    const sessions: string[] = [];
    for (const band of ['detractor', 'promoter'] as const) for (let i = 0; i < 4; i++) sessions.push(await addSession(band, i));
    for (const sessionId of sessions) expect(await activities.codeSession({ sessionId })).toBe(true);
    expect(await activities.codeSession({ sessionId: sessions[0] })).toBe(false);
    const codings = (
      await db.pool.query(`SELECT coder, count(*)::int AS n FROM transcript_coding WHERE wave_id = $1 GROUP BY coder`, [ids.wave])
    ).rows;
    expect(codings).toEqual([{ coder: 'mistral', n: 8 }]);
    expect(fake.stats.byRoute['/v1/chat/completions']).toBeGreaterThan(8); // some first answers were sent back
    // Each coding records its model, prompt version and what its calls cost, retries included.
    const { rows: provenance } = await db.pool.query(
      `SELECT model, prompt_version, llm_calls, prompt_tokens, completion_tokens, cost_usd::float AS cost FROM transcript_coding
       WHERE wave_id = $1`,
      [ids.wave],
    );
    for (const p of provenance) {
      expect(p).toMatchObject({ model: 'mistral-small-latest', prompt_version: MISTRAL_CODER_PROMPT_VERSION });
      expect(p.prompt_tokens).toBeGreaterThan(0);
      expect(p.cost).toBeCloseTo((p.prompt_tokens * 0.1 + p.completion_tokens * 0.3) / 1e6, 6);
    }
    expect(provenance.reduce((sum, p) => sum + p.llm_calls, 0)).toBe(fake.stats.byRoute['/v1/chat/completions']);
    expect(MISTRAL_CODER_PROMPT_VERSION).toMatch(/^coder-[0-9a-f]{12}$/);
    const { rows: quotes } = await db.pool.query(
      `SELECT e.quote, e.start_offset, e.end_offset, t.text FROM coded_excerpt e
      JOIN turn t ON t.id = e.turn_id JOIN transcript_coding c ON c.id = e.coding_id WHERE c.wave_id = $1`,
      [ids.wave],
    );
    expect(quotes.length).toBeGreaterThan(8);
    for (const q of quotes) expect(q.text.slice(q.start_offset, q.end_offset)).toBe(q.quote);

    const analysisId = await newAnalysis();
    const embeddingCalls = fake.stats.byRoute['/v1/embeddings'] ?? 0;
    const count = await activities.synthesizeWaveThemes({ analysisId });
    expect(count).toBeGreaterThan(0);
    expect(fake.stats.byRoute['/v1/embeddings']).toBe(embeddingCalls + 1);
    const { rows: themes } = await db.pool.query(`SELECT label, description FROM theme WHERE analysis_id = $1`, [analysisId]);
    expect(themes.every((t) => t.description.startsWith('Respondents raise'))).toBe(true);
    const [analysis] = (await db.pool.query(`SELECT status, synthesizer FROM wave_analysis WHERE id = $1`, [analysisId])).rows;
    expect(analysis).toEqual({ status: 'completed', synthesizer: 'mistral' });
    const [synthesis] = (
      await db.pool.query(
        `SELECT synthesis_model, synthesis_prompt_version, synthesis_prompt_tokens, synthesis_cost_usd::float AS cost FROM wave_analysis
         WHERE id = $1`,
        [analysisId],
      )
    ).rows;
    expect(synthesis).toMatchObject({
      synthesis_model: 'mistral-embed, mistral-small-latest',
      synthesis_prompt_version: THEME_LABEL_PROMPT_VERSION,
    });
    expect(synthesis.synthesis_prompt_tokens).toBeGreaterThan(0);
    expect(synthesis.cost).toBeGreaterThan(0);
    // The actions' words come from the model when its evidence cites the counts (the fake's does), with the template's interval.
    const { rows: actions } = await db.pool.query(
      `SELECT title, action, evidence, writer, impact_low, impact_points, impact_high FROM summary_action WHERE analysis_id = $1`,
      [analysisId],
    );
    expect(actions.length).toBeGreaterThan(0);
    for (const a of actions) {
      expect(a).toMatchObject({ writer: 'mistral', title: `${a.action} — ${a.evidence}` });
      expect(a.action).toMatch(/^Act on /);
      expect(a.evidence).toMatch(/^\d+ of \d+ (detractors|passives)/);
      expect(a.impact_low).toBeLessThanOrEqual(a.impact_points);
    }
  });

  it('fall back to the offline coder and offline themes when every Mistral call fails', async () => {
    fake.setOptions({ seed: 5, badQuoteShare: 0, failures: { serverError: 1 } });
    const activities = activitiesOnMistral();
    const sessionId = await addSession('detractor', 0);
    const calls = fake.stats.calls;
    expect(await activities.codeSession({ sessionId })).toBe(true);
    expect(fake.stats.calls - calls).toBe(2); // the default two attempts
    expect(await codingOf(sessionId)).toEqual([{ id: expect.any(String), coder: 'offline' }]);
    const [offline] = (
      await db.pool.query(
        `SELECT model, prompt_version, llm_calls, cost_usd::float AS cost FROM transcript_coding
      WHERE session_id = $1`,
        [sessionId],
      )
    ).rows;
    // The failed Mistral calls cost nothing recorded here: the coding that was stored is the offline one.
    expect(offline).toEqual({ model: null, prompt_version: OFFLINE_CODER_VERSION, llm_calls: 0, cost: 0 });

    const analysisId = await newAnalysis();
    expect(await activities.synthesizeWaveThemes({ analysisId })).toBeGreaterThan(0);
    const { rows: themes } = await db.pool.query(`SELECT description FROM theme WHERE analysis_id = $1`, [analysisId]);
    expect(themes.every((t) => t.description.startsWith('Mentioned by'))).toBe(true);
    // Each theme's members are stored, as many per band as its prevalence counts.
    const { rows: membership } = await db.pool.query(
      `SELECT p.band, p.count, (SELECT count(*)::int FROM theme_session m WHERE m.theme_id = t.id AND m.band = p.band) AS members
       FROM theme t JOIN theme_prevalence p ON p.theme_id = t.id WHERE t.analysis_id = $1`,
      [analysisId],
    );
    expect(membership.length).toBeGreaterThan(0);
    for (const m of membership) expect(m.members).toBe(m.count);
    const [analysis] = (await db.pool.query(`SELECT status, synthesizer FROM wave_analysis WHERE id = $1`, [analysisId])).rows;
    expect(analysis).toEqual({ status: 'completed', synthesizer: 'offline' });
  });

  it('code offline at once when Mistral rejects the key', async () => {
    fake.setOptions({ failures: {} });
    const activities = createAnalysisActivities({
      pool: db.pool,
      retryDelayMs: 0,
      llm: createMistralClient({
        apiKey: '',
        serverUrl: fake.url,
        model: 'm',
        timeoutMs: 5000,
        pricing: { inputPerMillion: 0, outputPerMillion: 0 },
      }).chat,
    });
    const sessionId = await addSession('promoter', 0);
    const unauthorized = fake.stats.unauthorized;
    await activities.codeSession({ sessionId });
    expect(fake.stats.unauthorized - unauthorized).toBe(1);
    expect(await codingOf(sessionId)).toEqual([{ id: expect.any(String), coder: 'offline' }]);
    const [offline] = (
      await db.pool.query(
        `SELECT model, prompt_version, llm_calls, cost_usd::float AS cost FROM transcript_coding
      WHERE session_id = $1`,
        [sessionId],
      )
    ).rows;
    // The failed Mistral calls cost nothing recorded here: the coding that was stored is the offline one.
    expect(offline).toEqual({ model: null, prompt_version: OFFLINE_CODER_VERSION, llm_calls: 0, cost: 0 });
  });
});
