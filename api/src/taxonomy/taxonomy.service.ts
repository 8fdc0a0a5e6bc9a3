import { DEFAULT_TAXONOMY, taxonomyContentSchema } from '@ladder/contracts/taxonomy';
import { requireWorkspace, versionAuthor, type RequestContext } from '../common/context.js';
import { LadderError, notFound } from '../common/errors.js';
import type { StudyService, StudySetup } from '../study/study.service.js';
import { crosswalkIssues, toCrosswalk, type CrosswalkIssue } from './crosswalk.js';
import { DriverTaxonomy } from './driver-taxonomy.entity.js';
import type { UpdateTaxonomyInput } from './taxonomy.types.js';

const UNIQUE_VIOLATION = '23505';

const driverKeys = (content: { categories: { drivers: { key: string }[] }[] }) =>
  new Set(content.categories.flatMap((c) => c.drivers.map((d) => d.key)));

export class TaxonomyService {
  constructor(private readonly studies: StudyService) {}

  /** Every version of a study's taxonomy, newest first. */
  async versions(ctx: RequestContext, studyId: string): Promise<DriverTaxonomy[]> {
    const workspaceId = requireWorkspace(ctx, 'read');
    await this.studies.findOrFail(ctx, studyId);
    return ctx.db.getRepository(DriverTaxonomy).find({ where: { workspaceId, studyId }, order: { version: 'DESC' } });
  }

  /** A version of a study's taxonomy, the latest when none is named. */
  async versionOrFail(ctx: RequestContext, studyId: string, version?: number | null): Promise<DriverTaxonomy> {
    const workspaceId = requireWorkspace(ctx, 'read');
    const found = await ctx.db.getRepository(DriverTaxonomy).findOne({
      where: { workspaceId, studyId, ...(version != null ? { version } : {}) },
      order: { version: 'DESC' },
    });
    if (!found)
      throw notFound('TAXONOMY_NOT_FOUND', 'Taxonomy version', version != null ? `${version} of study ${studyId}` : `of study ${studyId}`);
    return found;
  }

  /**
   * An edit appends version baseVersion + 1, validated against the contract the coders use, with
   * its crosswalk from the base version's drivers. Two editors starting from one version: the
   * second gets TAXONOMY_VERSION_CONFLICT (the unique (study, version) key decides).
   */
  async update(ctx: RequestContext, input: UpdateTaxonomyInput): Promise<DriverTaxonomy> {
    const workspaceId = requireWorkspace(ctx, 'write');
    await this.studies.findOrFail(ctx, input.studyId);
    const repo = ctx.db.getRepository(DriverTaxonomy);
    const latest = await repo.findOne({ where: { workspaceId, studyId: input.studyId }, order: { version: 'DESC' } });
    const conflict = () =>
      new LadderError(
        'TAXONOMY_VERSION_CONFLICT',
        `Version ${input.baseVersion} is not the latest version of this taxonomy any more; reload and apply your edit again`,
        { latestVersion: latest?.version ?? 0 },
      );
    if (!latest || latest.version !== input.baseVersion) throw conflict();
    const parsed = taxonomyContentSchema.safeParse(input.content);
    const issues: CrosswalkIssue[] = parsed.success
      ? []
      : parsed.error.issues.map((i) => ({ path: ['content', ...i.path].join('.'), message: i.message }));
    issues.push(...crosswalkIssues(input.crosswalk, driverKeys(latest.content), driverKeys(input.content), latest.version));
    if (!parsed.success || issues.length) {
      throw new LadderError('TAXONOMY_INVALID', `The taxonomy is not valid: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, {
        issues,
      });
    }
    const principal = ctx.principal;
    try {
      return await repo.save(
        repo.create({
          workspaceId,
          studyId: input.studyId,
          version: latest.version + 1,
          content: parsed.data,
          crosswalk: toCrosswalk(input.crosswalk),
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

/** A new study's first taxonomy version: the default B2B taxonomy. */
export const seedDefaultTaxonomy: StudySetup = async (em, study) => {
  await em
    .getRepository(DriverTaxonomy)
    .insert({ workspaceId: study.workspaceId, studyId: study.id, version: 1, content: DEFAULT_TAXONOMY });
};
