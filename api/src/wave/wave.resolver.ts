import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/context.js';
import { BandCounts } from '../segment/segment.types.js';
import { toBandCounts } from '../study/study.resolver.js';
import type { StudyService } from '../study/study.service.js';
import { CreateWaveInput } from './create-wave.input.js';
import { Wave } from './wave.entity.js';

@Resolver(() => Wave)
export class WaveResolver {
  constructor(private readonly studies: StudyService) {}

  @Mutation(() => Wave)
  createWave(@Ctx() ctx: RequestContext, @Arg('input', () => CreateWaveInput) input: CreateWaveInput): Promise<Wave> {
    return this.studies.createWave(ctx, input.studyId, input.name);
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
