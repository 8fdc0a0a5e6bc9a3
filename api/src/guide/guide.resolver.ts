import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/context.js';
import { Band } from '../common/enums.js';
import { Study } from '../study/study.entity.js';
import type { GuideService } from './guide.service.js';
import { GuideContentView, toContentView, UpdateGuideInput } from './guide.types.js';
import { InterviewGuide } from './interview-guide.entity.js';

@Resolver(() => InterviewGuide)
export class GuideResolver {
  constructor(private readonly guides: GuideService) {}

  @Query(() => [InterviewGuide], { description: "Every version of one band's guide, newest first (the version history)" })
  guideVersions(
    @Ctx() ctx: RequestContext,
    @Arg('studyId', () => ID) studyId: string,
    @Arg('band', () => Band) band: Band,
  ): Promise<InterviewGuide[]> {
    return this.guides.versions(ctx, studyId, band);
  }

  @Query(() => InterviewGuide, { nullable: true })
  guide(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<InterviewGuide | null> {
    return this.guides.find(ctx, id);
  }

  @Mutation(() => InterviewGuide, { description: 'Saves an edit as a new version; launched waves keep the versions they pinned' })
  updateGuide(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateGuideInput) input: UpdateGuideInput): Promise<InterviewGuide> {
    return this.guides.update(ctx, input);
  }

  @FieldResolver(() => GuideContentView)
  content(@Root() guide: InterviewGuide): GuideContentView {
    return toContentView(guide.content);
  }
}

@Resolver(() => Study)
export class StudyGuidesResolver {
  @FieldResolver(() => [InterviewGuide], { description: 'The latest guide version of each band' })
  guides(@Root() study: Study, @Ctx() ctx: RequestContext): Promise<InterviewGuide[]> {
    return ctx.loaders.latestGuides.load(study.id);
  }
}
