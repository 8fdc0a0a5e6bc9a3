import { randomBytes } from 'node:crypto';
import { DEFAULT_TAXONOMY } from '@ladder/contracts/taxonomy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDatabase, stopTestDatabase, type TestDatabase } from '../test-support/environment.js';
import { createCommentActivities, type CommentActivities } from './comment-activities.js';

let db: TestDatabase;
let activities: CommentActivities;
const ids = { workspace: '', wave: '' };

beforeAll(async () => {
  db = await startTestDatabase();
  activities = createCommentActivities({ pool: db.pool, llm: null });
  const { pool } = db;
  const q = async (sql: string, params: unknown[]) => (await pool.query(sql, params)).rows[0].id as string;
  ids.workspace = await q(`INSERT INTO workspace (slug, name) VALUES ($1, 'w') RETURNING id`, [`w-${randomBytes(4).toString('hex')}`]);
  const study = await q(`INSERT INTO study (workspace_id, name) VALUES ($1, 's') RETURNING id`, [ids.workspace]);
  await pool.query(`INSERT INTO driver_taxonomy (workspace_id, study_id, version, content) VALUES ($1, $2, 1, $3)`, [
    ids.workspace,
    study,
    JSON.stringify(DEFAULT_TAXONOMY),
  ]);
  ids.wave = await q(`INSERT INTO wave (workspace_id, study_id, name) VALUES ($1, $2, 'w1') RETURNING id`, [ids.workspace, study]);
}, 60_000);
afterAll(() => stopTestDatabase(db));

async function respondent(externalId: string, comment: string | null, language: string | null = 'en'): Promise<string> {
  const { rows } = await db.pool.query(
    `INSERT INTO respondent (workspace_id, wave_id, external_id, score, comment, language) VALUES ($1, $2, $3, 3, $4, $5) RETURNING id`,
    [ids.workspace, ids.wave, externalId, comment, language],
  );
  return rows[0].id;
}
const codingOf = async (id: string) =>
  (await db.pool.query(`SELECT driver_key, sentiment, quote, coder FROM respondent_comment_coding WHERE respondent_id = $1`, [id])).rows[0];
const queued = async () => Number((await db.pool.query(`SELECT count(*) FROM comment_coding_queue`)).rows[0].count);

describe('codePendingComments', () => {
  it('codes queued comments in slices, empties the queue and leaves respondents without a comment alone', async () => {
    const support = await respondent('c1', 'Support takes days to answer our tickets.');
    const price = await respondent('c2', 'Le prix est beaucoup trop élevé pour ce que nous utilisons.', null);
    const silent = await respondent('c3', null);
    expect(await queued()).toBe(2);
    expect(await activities.codePendingComments({ limit: 1 })).toEqual({ coded: 1, more: true });
    expect(await activities.codePendingComments({ limit: 10 })).toEqual({ coded: 1, more: false });
    expect(await queued()).toBe(0);
    expect(await codingOf(support)).toMatchObject({ driver_key: expect.stringMatching(/support/), coder: 'offline' });
    expect((await codingOf(support)).quote).toBe('Support takes days to answer our tickets.');
    // No language on the row: detected from the comment itself.
    expect((await codingOf(price)).driver_key).toMatch(/pric|value/);
    expect(await codingOf(silent)).toBeUndefined();
  });

  it('recodes a changed comment, drops the coding of a cleared one, and ignores updates that leave the comment as is', async () => {
    const id = await respondent('c4', 'Support takes days to answer our tickets.');
    await activities.codePendingComments({ limit: 10 });
    await db.pool.query(`UPDATE respondent SET score = 4 WHERE id = $1`, [id]);
    expect(await queued()).toBe(0);
    await db.pool.query(`UPDATE respondent SET comment = 'The price is far too high for what we use.' WHERE id = $1`, [id]);
    expect(await queued()).toBe(1);
    await activities.codePendingComments({ limit: 10 });
    expect((await codingOf(id)).driver_key).toMatch(/pric|value/);
    await db.pool.query(`UPDATE respondent SET comment = NULL WHERE id = $1`, [id]);
    expect(await codingOf(id)).toBeUndefined();
    expect(await queued()).toBe(0);
  });

  it('never codes one comment twice when two dispatchers drain the queue at once', async () => {
    for (let i = 0; i < 40; i++) await respondent(`p${i}`, `Support takes days to answer ticket ${i}.`);
    const [a, b] = await Promise.all([activities.codePendingComments({ limit: 25 }), activities.codePendingComments({ limit: 25 })]);
    expect(a.coded + b.coded).toBe(40);
    expect(await queued()).toBe(0);
  });
});
