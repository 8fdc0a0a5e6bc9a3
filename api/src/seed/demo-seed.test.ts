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
});
