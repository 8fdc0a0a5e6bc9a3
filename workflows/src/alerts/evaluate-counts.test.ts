import { randomBytes } from 'node:crypto';
import type { AlertRuleRow } from '@ladder/contracts';
import { sideCountStatement } from '@ladder/contracts/segment-counts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDatabase, stopTestDatabase, type TestDatabase } from '../test-support/environment.js';
import { countSegments, segmentCountScope } from './evaluate.js';

/**
 * The evaluator's two-sided count from the rollups (whole UTC days from `respondent_day`, the
 * partial days at the edges of "now - N days" windows from the rows, a previous wave from the cube)
 * against the same count over the respondent rows, for windows starting and ending mid-day, at
 * midnight and exactly on a response, before and after the rows change.
 */
let db: TestDatabase;
let workspaceId: string;
let studyId: string;
let latest: string;
let previous: string;
const DAY = 86_400_000;
const BASE = Date.UTC(2026, 9, 1);

beforeAll(async () => {
  db = await startTestDatabase();
  const q = (sql: string, params: unknown[]) => db.pool.query(sql, params).then((r) => r.rows[0]);
  workspaceId = (await q(`INSERT INTO workspace (slug, name) VALUES ($1, 'w') RETURNING id`, [`counts-${randomBytes(4).toString('hex')}`]))
    .id;
  studyId = (await q(`INSERT INTO study (workspace_id, name) VALUES ($1, 's') RETURNING id`, [workspaceId])).id;
  const wave = async (name: string, launched: number) =>
    (
      await q(`INSERT INTO wave (workspace_id, study_id, name, status, launched_at) VALUES ($1, $2, $3, 'fielding', $4) RETURNING id`, [
        workspaceId,
        studyId,
        name,
        new Date(launched),
      ])
    ).id as string;
  previous = await wave('Q3', BASE);
  latest = await wave('Q4', BASE + 30 * DAY);
  // 3,000 responses over 60 days at any second of the day, a tenth of them at midnight or noon exactly.
  await db.pool.query(
    `INSERT INTO respondent (workspace_id, wave_id, external_id, score, attributes, responded_at)
     SELECT $1, CASE WHEN i % 2 = 0 THEN $2::uuid ELSE $3::uuid END, 'c' || i, (i * 7) % 11,
       CASE WHEN i % 13 = 0 THEN '{}'::jsonb ELSE jsonb_build_object('tier', (ARRAY['SMB', 'Mid', 'Ent'])[1 + i % 3],
         'region', (ARRAY['EU', 'NA', 'APAC', 'LATAM'])[1 + (i * 5) % 4]) END,
       $4::timestamptz + CASE WHEN i % 10 = 0 THEN (i % 60) * interval '1 day' + (i % 20 / 10) * interval '12 hours'
         ELSE ((i * 7919) % (60 * 86400)) * interval '1 second' END
     FROM generate_series(1, 3000) i`,
    [workspaceId, latest, previous, new Date(BASE)],
  );
}, 120_000);
afterAll(() => stopTestDatabase(db));

const rule = (overrides: Partial<AlertRuleRow>): AlertRuleRow => ({
  id: '00000000-0000-0000-0000-000000000000',
  workspace_id: workspaceId,
  study_id: studyId,
  name: 'r',
  metric: 'nps',
  direction: 'either',
  group_by: ['tier'],
  filter: null,
  window_days: 7,
  baseline_kind: 'days',
  baseline_days: 21,
  min_n: 30,
  min_delta: 10,
  level: 0.05,
  enabled: true,
  owner_email: null,
  ...overrides,
});

const RULES: Partial<AlertRuleRow>[] = [
  {},
  { group_by: [] },
  { group_by: ['tier', 'region'], window_days: 3, baseline_days: 10 },
  { group_by: ['band', 'region'], filter: { bands: ['detractor', 'promoter'] } },
  { group_by: ['region'], filter: { attributes: [{ attribute: 'tier', values: ['Ent', 'Mid'] }] }, window_days: 1, baseline_days: 1 },
  { group_by: ['tier'], baseline_kind: 'previous_wave', baseline_days: null, window_days: 10 },
];

/** Mid-day, midnight, noon (where responses sit exactly on the window's edges), and a second before and after. */
const NOWS = [
  BASE + 45 * DAY + 37_123_456,
  BASE + 40 * DAY,
  BASE + 50 * DAY + DAY / 2,
  BASE + 50 * DAY + DAY / 2 - 1000,
  BASE + 33 * DAY + 1000,
  BASE + 70 * DAY,
].map((t) => new Date(t));

async function compareAll(): Promise<number> {
  const client = await db.pool.connect();
  let compared = 0;
  try {
    for (const overrides of RULES) {
      for (const now of NOWS) {
        const r = rule(overrides);
        const fromRollup = await countSegments(client, r, now, 'rollup');
        expect(fromRollup, `${JSON.stringify(overrides)} at ${now.toISOString()}`).toEqual(await countSegments(client, r, now, 'raw'));
        compared += fromRollup?.segments.length ?? 0;
      }
    }
  } finally {
    client.release();
  }
  return compared;
}

describe('alert evaluation counts', () => {
  it('count from the rollups what the respondent rows give, for windows cut anywhere in a day', async () => {
    expect(await compareAll()).toBeGreaterThan(100);
  });

  it('read the whole days from the per-day rollup and the edges from the rows', async () => {
    const client = await db.pool.connect();
    try {
      const r = rule({});
      const now = NOWS[0];
      const { sql } = sideCountStatement('rollup', (await segmentCountScope(client, r, now))!.scope);
      expect(sql).toContain('FROM respondent_day r');
      expect(sql.match(/FROM respondent r/g)).toHaveLength(4);
      const before = await countSegments(client, r, now, 'rollup');
      // A whole day of the window counted twice in the rollup shows in the rollup's answer, not in the rows'.
      await client.query('BEGIN');
      await client.query(
        `UPDATE respondent_day SET promoters = promoters * 2, passives = passives * 2, detractors = detractors * 2
         WHERE workspace_id = $1 AND day = $2::date`,
        [workspaceId, new Date(now.getTime() - 2 * DAY).toISOString().slice(0, 10)],
      );
      const doubled = await countSegments(client, r, now, 'rollup');
      const raw = await countSegments(client, r, now, 'raw');
      await client.query('ROLLBACK');
      const n = (x: typeof before) => x!.segments.reduce((s, g) => s + g.current.promoters + g.current.passives + g.current.detractors, 0);
      expect(n(doubled)).toBeGreaterThan(n(before));
      expect(n(raw)).toBe(n(before));
    } finally {
      client.release();
    }
  });

  it('stay exact after responses are updated, moved between days and deleted', async () => {
    await db.pool.query(
      `UPDATE respondent SET responded_at = responded_at + interval '9 hours', score = 10 - score
       WHERE workspace_id = $1 AND score % 3 = 0`,
      [workspaceId],
    );
    await db.pool.query(`UPDATE respondent SET attributes = attributes || '{"tier": "Ent"}' WHERE workspace_id = $1 AND score = 4`, [
      workspaceId,
    ]);
    await db.pool.query(`DELETE FROM respondent WHERE workspace_id = $1 AND score = 5`, [workspaceId]);
    expect(await compareAll()).toBeGreaterThan(100);
  });
});
