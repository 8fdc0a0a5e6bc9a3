import type { DataSource } from 'typeorm';
import { ensureDefaultWorkspace } from '../api-key/api-key.service.js';
import { WaveStatus } from '../common/enums.js';
import { createStudyWith } from '../study/study.service.js';
import { Wave } from '../wave/wave.entity.js';
import { launchWithPinnedGuides } from '../wave/wave.service.js';
import { demoRespondents } from './demo-respondents.js';
import { STUDY_DEFAULTS } from './study-defaults.js';
import { insertRespondents } from '../respondent/insert-respondents.js';
import { seedDemoGoldenSet } from './demo-golden-set.js';

export const DEMO_SEED = 'demo-v1';
export const DEMO_STUDY_NAME = 'Demo - NPS follow-up';
export const DEMO_RESPONDENTS = 300;

/**
 * Seeds the default workspace with the demo study once per database: the run is recorded in
 * seed_run in the same transaction, so a restart (or a race of two starts) never seeds twice,
 * and deleting the demo study later does not bring it back.
 */
export async function seedDemo(db: DataSource): Promise<boolean> {
  return db.transaction(async (em) => {
    const claimed: unknown[] = await em.query(`INSERT INTO seed_run (name) VALUES ($1) ON CONFLICT (name) DO NOTHING RETURNING name`, [
      DEMO_SEED,
    ]);
    if (claimed.length === 0) return false;
    const workspaceId = await ensureDefaultWorkspace(em);
    const study = await createStudyWith(
      em,
      workspaceId,
      {
        name: DEMO_STUDY_NAME,
        description: 'Generated demo data: 300 respondents of a B2B software company, Q4 2026.',
      },
      STUDY_DEFAULTS,
    );
    const draft = await em.getRepository(Wave).save({ workspaceId, studyId: study.id, name: 'Q4 2026', status: WaveStatus.DRAFT });
    const wave = await launchWithPinnedGuides(em, draft);
    await insertRespondents(em, workspaceId, wave.id, demoRespondents(DEMO_RESPONDENTS), { source: 'seed', importBatchId: null });
    await seedDemoGoldenSet(em, workspaceId, study.id, wave.id);
    return true;
  });
}
