import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../db/data-source.js';
import { createTestDatabase } from '../test-support/api-harness.js';
import { DEMO_RESPONDENTS, DEMO_STUDY_NAME, seedDemo } from './demo-seed.js';
import { demoRespondents } from './demo-respondents.js';

let db: DataSource;
beforeAll(async () => {
  db = await createDataSource(await createTestDatabase()).initialize();
});
afterAll(() => db.destroy());

describe('demo seed', () => {
  it('is deterministic', () => {
    expect(demoRespondents(20)).toEqual(demoRespondents(20));
    expect(demoRespondents(20, 1)).not.toEqual(demoRespondents(20));
  });

  it('seeds the demo study once, with respondents in all three bands and every attribute', async () => {
    expect(await seedDemo(db)).toBe(true);
    expect(await seedDemo(db)).toBe(false);
    const studies = await db.query(
      `SELECT s.id FROM study s JOIN workspace w ON w.id = s.workspace_id WHERE w.slug = 'default' AND s.name = $1`,
      [DEMO_STUDY_NAME],
    );
    expect(studies).toHaveLength(1);
    const bands: { band: string; n: number }[] = await db.query(
      `SELECT band, count(*)::int AS n FROM respondent GROUP BY band ORDER BY band`,
    );
    expect(bands.map((b) => b.band)).toEqual(['detractor', 'passive', 'promoter']);
    expect(bands.reduce((s, b) => s + b.n, 0)).toBe(DEMO_RESPONDENTS);
    for (const b of bands) expect(b.n).toBeGreaterThan(30);
    const [{ missing }] = await db.query(`SELECT count(*)::int AS missing FROM respondent
      WHERE NOT (attributes ?& array['tier', 'region', 'product_line', 'tenure_months'])`);
    expect(missing).toBe(0);
    // Lineage: demo respondents say they were seeded, not imported.
    const sources: { source: string }[] = await db.query(`SELECT DISTINCT source FROM respondent`);
    expect(sources).toEqual([{ source: 'seed' }]);
    const [{ guides, taxonomies }] = await db.query(
      `SELECT (SELECT count(*)::int FROM interview_guide WHERE study_id = $1) AS guides,
      (SELECT count(*)::int FROM driver_taxonomy WHERE study_id = $1) AS taxonomies`,
      [studies[0].id],
    );
    expect([guides, taxonomies]).toEqual([3, 1]);
  });

  it('marks a golden set, some confirmed and a few corrected, and records one agreement run computed from it', async () => {
    const golden: { source: string; n: number }[] = await db.query(
      `SELECT source, count(*)::int AS n FROM coding_correction WHERE golden GROUP BY source ORDER BY source`,
    );
    expect(golden).toEqual([
      { source: 'confirmed', n: 9 },
      { source: 'corrected', n: 3 },
    ]);
    // Every golden excerpt quotes its turn verbatim; every golden interview is a finished one with its coding.
    const [{ bad }] = await db.query(`SELECT count(*)::int AS bad FROM coding_correction c, jsonb_array_elements(c.excerpts) e
      JOIN turn t ON t.session_id = (SELECT session_id FROM coding_correction WHERE excerpts @> jsonb_build_array(e) LIMIT 1)
        AND t.seq = (e->>'turnSeq')::int
      WHERE substr(t.text, (e->>'start')::int + 1, (e->>'end')::int - (e->>'start')::int) <> e->>'quote' OR t.role <> 'respondent'`);
    expect(bad).toBe(0);
    const [{ unfinished }] = await db.query(`SELECT count(*)::int AS unfinished FROM coding_correction c
      JOIN interview_session s ON s.id = c.session_id LEFT JOIN transcript_coding m ON m.session_id = c.session_id
      WHERE s.status <> 'completed' OR m.id IS NULL`);
    expect(unfinished).toBe(0);
    const runs = await db.query(`SELECT coder, prompt_version, trigger, status, n, percent_agreement, kappa, below_threshold,
      jsonb_array_length(per_driver) AS drivers FROM coding_agreement_run`);
    // 12 transcripts x 18 drivers: 19 cited by both, 3 by the analysts only (the corrected roots and stated reason), 194 by neither.
    // po = 213/216; pe = (22/216)(19/216) + (194/216)(197/216) = 38636/46656 = .828103 -> kappa = (.986111 - .828103) / .171897 = .919202
    expect(runs).toEqual([
      {
        coder: 'offline',
        prompt_version: 'demo-seed',
        trigger: 'manual',
        status: 'completed',
        n: 12,
        percent_agreement: expect.closeTo(213 / 216, 12),
        kappa: expect.closeTo(0.919202, 5),
        below_threshold: false,
        drivers: 18,
      },
    ]);
  });
});
