import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/context.js';
import { BandCounts } from '../segment/segment.types.js';
import { toBandCounts } from '../study/study.resolver.js';
import type { StudyService } from '../study/study.service.js';
import { InterviewGuide } from '../guide/interview-guide.entity.js';
import { CreateWaveInput } from './create-wave.input.js';
import type { WaveService } from './wave.service.js';
import { Wave } from './wave.entity.js';

@Resolver(() => Wave)
export class WaveResolver {
  constructor(private readonly studies: StudyService, private readonly waves: WaveService) {}

  @Mutation(() => Wave)
  createWave(@Ctx() ctx: RequestContext, @Arg('input', () => CreateWaveInput) input: CreateWaveInput): Promise<Wave> {
    return this.studies.createWave(ctx, input.studyId, input.name);
  }

  @Mutation(() => Wave, { description: 'Starts fielding: pins the latest guide version of each band; interviews can start from then on' })
  launchWave(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Wave> {
    return this.waves.launch(ctx, id);
  }

  @FieldResolver(() => [InterviewGuide], { description: 'The guide versions pinned at launch, one per band; empty before launch' })
  guides(@Root() wave: Wave, @Ctx() ctx: RequestContext): Promise<InterviewGuide[]> {
    return ctx.loaders.pinnedGuides.load(wave.id);
  }

  @FieldResolver(() => Int)
  async respondentCount(@Root() wave: Wave, @Ctx() ctx: RequestContext): Promise<number> {
    return toBandCounts(await ctx.loaders.waveTally.load(wave.id)).total;
  }

  @FieldResolver(() => BandCounts)
  async bandCounts(@Root() wave: Wave, @Ctx() ctx: RequestContext): Promise<BandCounts> {
    return toBandCounts(await ctx.loaders.waveTally.load(wave.id));
  }
}
