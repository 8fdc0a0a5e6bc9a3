import { BANDS } from '@ladder/contracts';
import { defaultGuide, guideContentSchema } from '@ladder/contracts/guide';
import { requireWorkspace, versionAuthor, type RequestContext } from '../common/context.js';
import { type Band } from '../common/enums.js';
import { LadderError, notFound } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import type { StudyService, StudySetup } from '../study/study.service.js';
import { fromContentInput, type UpdateGuideInput } from './guide.types.js';
import { InterviewGuide } from './interview-guide.entity.js';

const UNIQUE_VIOLATION = '23505';

export class GuideService {
  constructor(private readonly studies: StudyService) {}

  /** Every version of one band's guide, newest first. */
  async versions(ctx: RequestContext, studyId: string, band: Band): Promise<InterviewGuide[]> {
    const workspaceId = requireWorkspace(ctx, 'read');
    await this.studies.findOrFail(ctx, studyId);
    return ctx.db.getRepository(InterviewGuide).find({ where: { workspaceId, studyId, band }, order: { version: 'DESC' } });
  }

  async find(ctx: RequestContext, id: string): Promise<InterviewGuide | null> {
    const workspaceId = requireWorkspace(ctx, 'read');
    return isUuid(id) ? ctx.db.getRepository(InterviewGuide).findOneBy({ id, workspaceId }) : null;
  }

  async findOrFail(ctx: RequestContext, id: string): Promise<InterviewGuide> {
    const guide = await this.find(ctx, id);
    if (!guide) throw notFound('GUIDE_NOT_FOUND', 'Guide', id);
    return guide;
  }

  /**
   * An edit appends version baseVersion + 1. Two editors starting from the same version: the
   * second gets GUIDE_VERSION_CONFLICT (the unique (study, band, version) key decides), never a
   * silent overwrite. Waves already launched keep the versions they pinned.
   */
  async update(ctx: RequestContext, input: UpdateGuideInput): Promise<InterviewGuide> {
    const workspaceId = requireWorkspace(ctx, 'write');
    await this.studies.findOrFail(ctx, input.studyId);
    const parsed = guideContentSchema.safeParse(fromContentInput(input.content));
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
      throw new LadderError(
        'GUIDE_INVALID',
        `The guide is not valid: ${issues.map((i) => `${i.path || 'guide'}: ${i.message}`).join('; ')}`,
        { issues },
      );
    }
    const repo = ctx.db.getRepository(InterviewGuide);
    const latest = await repo.findOne({ where: { workspaceId, studyId: input.studyId, band: input.band }, order: { version: 'DESC' } });
    const conflict = () =>
      new LadderError(
        'GUIDE_VERSION_CONFLICT',
        `Version ${input.baseVersion} is not the latest version of this guide any more; reload and apply your edit again`,
        { latestVersion: latest?.version ?? 0 },
      );
    if ((latest?.version ?? 0) !== input.baseVersion) throw conflict();
    const principal = ctx.principal;
    try {
      return await repo.save(
        repo.create({
          workspaceId,
          studyId: input.studyId,
          band: input.band,
          version: input.baseVersion + 1,
          content: parsed.data,
          note: input.note?.trim() || null,
          createdBy: versionAuthor(principal),
        }),
      );
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === UNIQUE_VIOLATION) throw conflict();
      throw error;
    }
  }
}

/** A new study's first guide version of each band: the seeded defaults. */
export const seedDefaultGuides: StudySetup = async (em, study) => {
  await em.getRepository(InterviewGuide).insert(
    BANDS.map((band) => ({
      workspaceId: study.workspaceId,
      studyId: study.id,
      band: band as Band,
      version: 1,
      content: defaultGuide(band),
    })),
  );
};
