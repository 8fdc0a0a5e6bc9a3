import type { EntityManager } from 'typeorm';
import { requireWorkspace, type RequestContext } from '../common/context.js';
import { notFound } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import type { CreateStudyInput } from './create-study.input.js';
import { Study } from './study.entity.js';

/**
 * Fills a new study in its creating transaction (its default guides, its taxonomy). The modules
 * above study provide them (seed/study-defaults.ts lists them), so study imports none of them.
 */
export type StudySetup = (em: EntityManager, study: Study) => Promise<void>;

export class StudyService {
  constructor(private readonly setups: readonly StudySetup[]) {}

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

  /** A new study comes with its own copy of the default guides (one per band) and taxonomy. */
  create(ctx: RequestContext, input: CreateStudyInput): Promise<Study> {
    const workspaceId = requireWorkspace(ctx, 'write');
    return ctx.db.transaction((em) => createStudyWith(em, workspaceId, input, this.setups));
  }
}

/** Creates the study and runs every setup in the caller's transaction. */
export async function createStudyWith(
  em: EntityManager,
  workspaceId: string,
  input: CreateStudyInput,
  setups: readonly StudySetup[],
): Promise<Study> {
  const study = await em.getRepository(Study).save({ workspaceId, name: input.name, description: input.description ?? null });
  for (const setup of setups) await setup(em, study);
  return study;
}
