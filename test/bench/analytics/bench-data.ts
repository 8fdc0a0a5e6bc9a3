import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { Band } from '@ladder/contracts';
import { benchTranscript } from './bench-transcripts.js';

/** Attribute values by cardinality: tier 3, region 5, product 4, tenure 4, plan 3 (720 combinations). */
export const ATTRIBUTES = {
  tier: ['SMB', 'Mid-market', 'Enterprise'],
  region: ['North America', 'EMEA', 'APAC', 'LATAM', 'ANZ'],
  product: ['Analytics', 'Reporting', 'Integrations', 'Mobile'],
  tenure: ['<6 months', '6-12 months', '1-3 years', '3+ years'],
  plan: ['Starter', 'Growth', 'Scale'],
} as const;

const array = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(', ')}]`;

/**
 * One INSERT ... SELECT per wave, as a bulk load would run it (through SQL, not the CSV import:
 * the import is measured by bench:import). Skewed, seeded distributions: more SMB than Enterprise,
 * regions weighted towards North America; scores lean higher for larger tiers and later waves.
 * The cube triggers run as for any insert. Returns the seconds each wave took.
 */
export async function loadRespondents(db: pg.Client, workspaceId: string, waveIds: string[], total: number): Promise<number[]> {
  const seconds: number[] = [];
  for (const [k, waveId] of waveIds.entries()) {
    const n = Math.floor(total / waveIds.length) + (k < total % waveIds.length ? 1 : 0);
    await db.query('SELECT setseed($1)', [0.1 + k / 10]);
    const started = performance.now();
    await db.query(
      `
      INSERT INTO respondent (workspace_id, wave_id, external_id, score, attributes, language, responded_at)
      SELECT $1, $2, 'r' || i,
             least(10, floor(11 * power(rs,
               CASE tier WHEN 'Enterprise' THEN 0.38 WHEN 'Mid-market' THEN 0.46 ELSE 0.54 END - 0.03 * $4)))::smallint,
             jsonb_build_object('tier', tier, 'region', region, 'product', product, 'tenure', tenure, 'plan', plan),
             'en', timestamptz '2026-01-01' + $4 * 91 * interval '1 day' + floor(rd * 90 * 86400) * interval '1 second'
      FROM (
        SELECT i, random() AS rs, random() AS rd,
               CASE WHEN random() < 0.55 THEN 'SMB' WHEN random() < 0.67 THEN 'Mid-market' ELSE 'Enterprise' END AS tier,
               (${array(ATTRIBUTES.region)})[1 + floor(power(random(), 1.6) * 5)::int] AS region,
               (${array(ATTRIBUTES.product)})[1 + floor(random() * 4)::int] AS product,
               (${array(ATTRIBUTES.tenure)})[1 + floor(random() * 4)::int] AS tenure,
               (${array(ATTRIBUTES.plan)})[1 + floor(power(random(), 1.3) * 3)::int] AS plan
        FROM generate_series(1, $3::int) i) g`,
      [workspaceId, waveId, n, k],
    );
    seconds.push((performance.now() - started) / 1000);
  }
  return seconds;
}

/**
 * `count` completed offline interviews in a wave (40% detractors, 30% passives, 30% promoters), inserted
 * as the interview workflow stores them.
 */
export async function seedInterviews(db: pg.Client, workspaceId: string, waveId: string, count: number): Promise<void> {
  const bands: Band[] = Array.from({ length: count }, (_, i) => (i % 10 < 4 ? 'detractor' : i % 10 < 7 ? 'passive' : 'promoter'));
  const score = (band: Band, i: number) => (band === 'detractor' ? i % 7 : band === 'passive' ? 7 + (i % 2) : 9 + (i % 2));
  const { rows: respondents } = await db.query<{ id: string; external_id: string }>(
    `INSERT INTO respondent (workspace_id, wave_id, external_id, score, attributes, language)
     SELECT $1, $2, e, s, jsonb_build_object('tier', t), 'en'
     FROM unnest($3::text[], $4::smallint[], $5::text[]) AS u(e, s, t) RETURNING id, external_id`,
    [workspaceId, waveId, bands.map((_, i) => `i${i}`), bands.map(score), bands.map((_, i) => ATTRIBUTES.tier[i % 3])],
  );
  const indexOf = new Map(respondents.map((r) => [r.id, Number(r.external_id.slice(1))]));
  const { rows: sessions } = await db.query<{ id: string; respondent_id: string }>(
    `INSERT INTO interview_session (workspace_id, respondent_id, wave_id, moderator, token_hash, workflow_id, status, language,
       started_at, completed_at)
     SELECT $1, r, $2, 'offline', h, 'bench-' || h, 'completed', 'en', now() - interval '20 minutes', now()
     FROM unnest($3::uuid[], $4::text[]) AS u(r, h) RETURNING id, respondent_id`,
    [workspaceId, waveId, respondents.map((r) => r.id), respondents.map(() => randomBytes(12).toString('hex'))],
  );
  const turns = {
    session: [] as string[],
    seq: [] as number[],
    role: [] as string[],
    text: [] as string[],
    phase: [] as string[],
    level: [] as number[],
  };
  sessions.forEach((s) => {
    const i = indexOf.get(s.respondent_id)!;
    benchTranscript(bands[i], i).forEach((t, seq) => {
      turns.session.push(s.id);
      turns.seq.push(seq);
      turns.role.push(t.role);
      turns.text.push(t.text);
      turns.phase.push(t.phase);
      turns.level.push(t.level);
    });
  });
  await db.query(
    `INSERT INTO turn (workspace_id, session_id, seq, role, text, phase, ladder_level, author)
     SELECT $1, s, q, r, t, p, l, CASE r WHEN 'respondent' THEN 'respondent' ELSE 'offline' END
     FROM unnest($2::uuid[], $3::int[], $4::text[], $5::text[], $6::text[], $7::int[]) AS u(s, q, r, t, p, l)`,
    [workspaceId, turns.session, turns.seq, turns.role, turns.text, turns.phase, turns.level],
  );
}
