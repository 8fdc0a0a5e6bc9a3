import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/context.js';
import { CreateStudyInput } from './create-study.input.js';
import { Study } from './study.entity.js';
import type { StudyService } from './study.service.js';

/**
 * The study's own queries and mutation. Its relations (waves, guides, taxonomy, counts, NPS) are
 * resolved by the modules that own them, with `@Resolver(() => Study)` classes of their own, so
 * study sits below them in the module graph.
 */
@Resolver(() => Study)
export class StudyResolver {
  constructor(private readonly studyService: StudyService) {}

  @Query(() => [Study], { description: "The studies of the caller's workspace, newest first" })
  studies(@Ctx() ctx: RequestContext): Promise<Study[]> {
    return this.studyService.list(ctx);
  }

  @Query(() => Study, { nullable: true })
  study(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Study | null> {
    return this.studyService.find(ctx, id);
  }

  @Mutation(() => Study, { description: 'Creates a study with the default guides and driver taxonomy' })
  createStudy(@Ctx() ctx: RequestContext, @Arg('input', () => CreateStudyInput) input: CreateStudyInput): Promise<Study> {
    return this.studyService.create(ctx, input);
  }
}
