import { defaultGuide } from '@ladder/contracts/guide';
import type { EntityManager } from 'typeorm';
import { requireWorkspace, type RequestContext } from '../common/context.js';
import { Band, WaveStatus } from '../common/enums.js';
import { LadderError, notFound } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import { InterviewGuide } from '../guide/interview-guide.entity.js';
import { DEFAULT_TAXONOMY } from '../taxonomy/default-taxonomy.js';
import { DriverTaxonomy } from '../taxonomy/driver-taxonomy.entity.js';
import { Wave } from '../wave/wave.entity.js';
import type { CreateStudyInput } from './create-study.input.js';
import { Study } from './study.entity.js';

export class StudyService {
  list(ctx: RequestContext): Promise<Study[]> {
    const workspaceId = requireWorkspace(ctx, 'read');
    return ctx.db.getRepository(Study).find({ where: { workspaceId }, order: { createdAt: 'DESC' }, take: 500 });
  }

  async find(ctx: RequestContext, id: string): Promise<Study | null> {
    const workspaceId = requireWorkspace(ctx, 'read');
    if (!isUuid(id)) return null;
    return ctx.db.getRepository(Study).findOneBy({ id, workspaceId });
  }

  async findOrFail(ctx: RequestContext, id: string): Promise<Study> {
    const study = await this.find(ctx, id);
    if (!study) throw notFound('STUDY_NOT_FOUND', 'Study', id);
    return study;
  }

  async findWaveOrFail(ctx: RequestContext, studyId: string, waveId: string): Promise<Wave> {
    const workspaceId = requireWorkspace(ctx, 'read');
    const wave = isUuid(waveId) ? await ctx.db.getRepository(Wave).findOneBy({ id: waveId, workspaceId, studyId }) : null;
    if (!wave) throw notFound('WAVE_NOT_FOUND', 'Wave', waveId);
    return wave;
  }

  /** A new study comes with its own copy of the default guides (one per band) and taxonomy. */
  create(ctx: RequestContext, input: CreateStudyInput): Promise<Study> {
    const workspaceId = requireWorkspace(ctx, 'write');
    return ctx.db.transaction((em) => createStudyWithDefaults(em, workspaceId, input));
  }

  async createWave(ctx: RequestContext, studyId: string, name: string): Promise<Wave> {
    const workspaceId = requireWorkspace(ctx, 'write');
    await this.findOrFail(ctx, studyId);
    const taken = await ctx.db.getRepository(Wave).existsBy({ workspaceId, studyId, name });
    if (taken) throw new LadderError('WAVE_NAME_TAKEN', `This study already has a wave named "${name}"`, { name });
    return ctx.db.getRepository(Wave).save({ workspaceId, studyId, name, status: WaveStatus.DRAFT });
  }
}

export async function createStudyWithDefaults(em: EntityManager, workspaceId: string, input: CreateStudyInput): Promise<Study> {
  const study = await em.getRepository(Study).save({ workspaceId, name: input.name, description: input.description ?? null });
  await em.getRepository(InterviewGuide).insert(
    [Band.DETRACTOR, Band.PASSIVE, Band.PROMOTER].map((band) => ({
      workspaceId, studyId: study.id, band, version: 1, content: defaultGuide(band),
    })),
  );
  await em.getRepository(DriverTaxonomy).insert({ workspaceId, studyId: study.id, version: 1, content: DEFAULT_TAXONOMY });
  return study;
}
