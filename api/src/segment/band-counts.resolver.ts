import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/context.js';
import type { BandTally } from '@ladder/contracts/stats';
import { Study } from '../study/study.entity.js';
import { Wave } from '../wave/wave.entity.js';
import { toSegmentNps } from './segment.service.js';
import { BandCounts, SegmentNps } from './segment.types.js';

export const toBandCounts = (t: BandTally): BandCounts => ({ ...t, total: t.promoters + t.passives + t.detractors });

/** A study's respondents by band and its NPS over every wave (preview waves left out). */
@Resolver(() => Study)
export class StudyCountsResolver {
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

/** A wave's respondents by band. */
@Resolver(() => Wave)
export class WaveCountsResolver {
  @FieldResolver(() => Int)
  async respondentCount(@Root() wave: Wave, @Ctx() ctx: RequestContext): Promise<number> {
    return toBandCounts(await ctx.loaders.waveTally.load(wave.id)).total;
  }

  @FieldResolver(() => BandCounts)
  async bandCounts(@Root() wave: Wave, @Ctx() ctx: RequestContext): Promise<BandCounts> {
    return toBandCounts(await ctx.loaders.waveTally.load(wave.id));
  }
}
