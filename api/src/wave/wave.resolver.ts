import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/context.js';
import { InterviewGuide } from '../guide/interview-guide.entity.js';
import { Study } from '../study/study.entity.js';
import { CreateWaveInput } from './create-wave.input.js';
import { InterviewQuality } from './interview-quality.types.js';
import type { WaveService } from './wave.service.js';
import { Wave } from './wave.entity.js';

@Resolver(() => Wave)
export class WaveResolver {
  constructor(private readonly waves: WaveService) {}

  @Mutation(() => Wave)
  createWave(@Ctx() ctx: RequestContext, @Arg('input', () => CreateWaveInput) input: CreateWaveInput): Promise<Wave> {
    return this.waves.create(ctx, input.studyId, input.name);
  }

  @Mutation(() => Wave, { description: 'Starts fielding: pins the latest guide version of each band; interviews can start from then on' })
  launchWave(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Wave> {
    return this.waves.launch(ctx, id);
  }

  @FieldResolver(() => [InterviewGuide], { description: 'The guide versions pinned at launch, one per band; empty before launch' })
  guides(@Root() wave: Wave, @Ctx() ctx: RequestContext): Promise<InterviewGuide[]> {
    return ctx.loaders.pinnedGuides.load(wave.id);
  }

  @FieldResolver(() => InterviewQuality, {
    description: "Quality figures over the wave's completed interviews (aggregates only; batched per request)",
  })
  interviewQuality(@Root() wave: Wave, @Ctx() ctx: RequestContext): Promise<InterviewQuality> {
    return ctx.loaders.waveInterviewQuality.load(wave.id);
  }
}

@Resolver(() => Study)
export class StudyWavesResolver {
  @FieldResolver(() => [Wave])
  waves(@Root() study: Study, @Ctx() ctx: RequestContext): Promise<Wave[]> {
    return ctx.loaders.wavesByStudy.load(study.id);
  }
}
