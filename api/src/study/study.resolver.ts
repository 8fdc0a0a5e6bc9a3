import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/context.js';
import { toSegmentNps } from '../segment/segment.service.js';
import { BandCounts, SegmentNps } from '../segment/segment.types.js';
import { InterviewGuide } from '../guide/interview-guide.entity.js';
import { SessionCounts } from '../interview/interview.types.js';
import { Wave } from '../wave/wave.entity.js';
import { CreateStudyInput } from './create-study.input.js';
import { Study } from './study.entity.js';
import type { StudyService } from './study.service.js';

export const toBandCounts = (t: { promoters: number; passives: number; detractors: number }): BandCounts =>
  ({ ...t, total: t.promoters + t.passives + t.detractors });

@Resolver(() => Study)
export class StudyResolver {
  constructor(private readonly studyService: StudyService) {}

  @Query(() => [Study], { description: 'The studies of the caller\'s workspace, newest first' })
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

  @FieldResolver(() => [Wave])
  waves(@Root() study: Study, @Ctx() ctx: RequestContext): Promise<Wave[]> {
    return ctx.loaders.wavesByStudy.load(study.id);
  }

  @FieldResolver(() => [InterviewGuide], { description: 'The latest guide version of each band' })
  guides(@Root() study: Study, @Ctx() ctx: RequestContext): Promise<InterviewGuide[]> {
    return ctx.loaders.latestGuides.load(study.id);
  }

  @FieldResolver(() => SessionCounts, { description: 'Interviews by status, for the live monitor\'s counters' })
  async sessionCounts(@Root() study: Study, @Ctx() ctx: RequestContext): Promise<SessionCounts> {
    const c = await ctx.loaders.sessionCounts.load(study.id);
    const n = (status: string) => c[status] ?? 0;
    return {
      invited: n('invited'), active: n('active'), completed: n('completed'), abandoned: n('abandoned'), expired: n('expired'),
      total: Object.values(c).reduce((a, b) => a + b, 0),
    };
  }

  @FieldResolver(() => Int)
  async respondentCount(@Root() study: Study, @Ctx() ctx: RequestContext): Promise<number> {
    return toBandCounts(await ctx.loaders.studyTally.load(study.id)).total;
  }

  @FieldResolver(() => BandCounts)
  async bandCounts(@Root() study: Study, @Ctx() ctx: RequestContext): Promise<BandCounts> {
    return toBandCounts(await ctx.loaders.studyTally.load(study.id));
  }

  @FieldResolver(() => SegmentNps, { description: 'NPS over every wave of the study' })
  async nps(@Root() study: Study, @Ctx() ctx: RequestContext): Promise<SegmentNps> {
    return toSegmentNps([], await ctx.loaders.studyTally.load(study.id));
  }
}
