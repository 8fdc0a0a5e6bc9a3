import type { EntityManager } from 'typeorm';
import { requireWorkspace, type RequestContext } from '../common/context.js';
import { WaveStatus } from '../common/enums.js';
import { LadderError, notFound } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import type { StudyService } from '../study/study.service.js';
import { Wave } from './wave.entity.js';

export class WaveService {
  constructor(private readonly studies: StudyService) {}

  async create(ctx: RequestContext, studyId: string, name: string): Promise<Wave> {
    const workspaceId = requireWorkspace(ctx, 'write');
    await this.studies.findOrFail(ctx, studyId);
    const taken = await ctx.db.getRepository(Wave).existsBy({ workspaceId, studyId, name });
    if (taken) throw new LadderError('WAVE_NAME_TAKEN', `This study already has a wave named "${name}"`, { name });
    return ctx.db.getRepository(Wave).save({ workspaceId, studyId, name, status: WaveStatus.DRAFT });
  }

  /**
   * Launching pins the study's latest guide version of each band to the wave: every interview
   * of the wave uses those versions, whatever is edited later, so wave-over-wave differences
   * come from customers, not from guide edits. Interviews start only in launched waves.
   */
  launch(ctx: RequestContext, id: string): Promise<Wave> {
    const workspaceId = requireWorkspace(ctx, 'write');
    return ctx.db.transaction(async (em) => {
      const wave = isUuid(id)
        ? await em.getRepository(Wave).findOne({ where: { id, workspaceId, preview: false }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!wave) throw notFound('WAVE_NOT_FOUND', 'Wave', id);
      if (wave.status !== WaveStatus.DRAFT) {
        throw new LadderError('WAVE_ALREADY_LAUNCHED', `Wave "${wave.name}" was launched already`, { status: wave.status });
      }
      return launchWithPinnedGuides(em, wave);
    });
  }
}

/** Pins the study's latest guide version of each band to the wave and starts fielding it. */
export async function launchWithPinnedGuides(em: EntityManager, wave: Wave): Promise<Wave> {
  await em.query(
    `INSERT INTO wave_guide (workspace_id, wave_id, band, guide_id)
     SELECT DISTINCT ON (band) $1::uuid, $2::uuid, band, id FROM interview_guide
     WHERE workspace_id = $1 AND study_id = $3 ORDER BY band, version DESC`,
    [wave.workspaceId, wave.id, wave.studyId],
  );
  await em.getRepository(Wave).update({ id: wave.id }, { status: WaveStatus.FIELDING, launchedAt: () => 'now()' });
  return em.getRepository(Wave).findOneByOrFail({ id: wave.id });
}

/** The wave of a study in the caller's workspace, else WAVE_NOT_FOUND. */
export async function findWaveOrFail(ctx: RequestContext, studyId: string, waveId: string): Promise<Wave> {
  const workspaceId = requireWorkspace(ctx, 'read');
  const wave = isUuid(waveId) ? await ctx.db.getRepository(Wave).findOneBy({ id: waveId, workspaceId, studyId }) : null;
  if (!wave) throw notFound('WAVE_NOT_FOUND', 'Wave', waveId);
  return wave;
}
