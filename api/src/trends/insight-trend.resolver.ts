import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/context.js';
import { Band } from '../common/enums.js';
import type { InsightTrendService } from './insight-trend.service.js';
import { ThemeTrend, WaveComparison } from './insight-trend.types.js';

@Resolver()
export class InsightTrendResolver {
  constructor(private readonly trends: InsightTrendService) {}

  @Query(() => WaveComparison, {
    description:
      "Wave over wave: NPS difference with interval and z-test; each theme's prevalence per band " +
      "(themes of the two waves' latest completed analyses, matched by key, else by top driver) " +
      'with its test and Benjamini-Hochberg adjusted stars over the table. band: one band only.',
  })
  compareWaves(
    @Ctx() ctx: RequestContext,
    @Arg('studyId', () => ID) studyId: string,
    @Arg('baseWaveId', () => ID) baseWaveId: string,
    @Arg('waveId', () => ID) waveId: string,
    @Arg('band', () => Band, { nullable: true }) band?: Band,
  ): Promise<WaveComparison> {
    return this.trends.compareWaves(ctx, studyId, baseWaveId, waveId, band);
  }

  @Query(() => ThemeTrend, {
    description: 'Prevalence of each theme and each driver per wave and band, with its change from the previous wave',
  })
  themeTrend(@Ctx() ctx: RequestContext, @Arg('studyId', () => ID) studyId: string): Promise<ThemeTrend> {
    return this.trends.themeTrend(ctx, studyId);
  }
}
