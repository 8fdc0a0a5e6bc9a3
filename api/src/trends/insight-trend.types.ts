import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Band, ProportionTestKind, ThemeMatch, ThemeScope } from '../common/enums.js';

export { ProportionTestKind, ThemeMatch };
import { SegmentNps } from '../segment/segment.types.js';

@ObjectType({ description: 'A wave as a point of a trend' })
export class TrendWave {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Date, { nullable: true }) launchedAt!: Date | null;
  @Field(() => ID, { nullable: true, description: 'Its latest completed analysis, whose themes the trend shows' }) analysisId!:
    string | null;
}

@ObjectType({ description: 'count / n with a 95% Wilson interval' })
export class ShareEstimate {
  @Field(() => Int) count!: number;
  @Field(() => Int) n!: number;
  @Field(() => Float, { nullable: true, description: '0..1; null when n = 0' }) share!: number | null;
  @Field(() => Float) low!: number;
  @Field(() => Float) high!: number;
  @Field(() => Boolean, { description: 'n < 30: read with care' }) smallSample!: boolean;
}

@ObjectType({ description: 'Change of a share between two waves (later minus earlier, 0..1 scale) with its test' })
export class ShareChange {
  @Field(() => Float) difference!: number;
  @Field(() => Float, { description: 'Newcombe hybrid score interval, 95%' }) low!: number;
  @Field(() => Float) high!: number;
  @Field(() => Float) pValue!: number;
  @Field(() => Float, { description: 'Benjamini-Hochberg adjusted over the comparisons shown together' }) adjustedPValue!: number;
  @Field(() => ProportionTestKind) test!: ProportionTestKind;
  @Field(() => Boolean, { description: 'adjustedPValue < 0.05' }) significant!: boolean;
  @Field(() => String, { description: '"", "*" (p < 0.05), "**" (< 0.01) or "***" (< 0.001), from adjustedPValue' }) flag!: string;
}

@ObjectType({ description: 'NPS of two waves and their difference in points, with a 95% interval and a two-sided z-test' })
export class NpsChange {
  @Field(() => SegmentNps) base!: SegmentNps;
  @Field(() => SegmentNps) current!: SegmentNps;
  @Field(() => Float, { nullable: true, description: 'current - base, -200..200; null when either wave has no respondents' }) difference!:
    number | null;
  @Field(() => Float, { nullable: true }) low!: number | null;
  @Field(() => Float, { nullable: true }) high!: number | null;
  @Field(() => Float, { nullable: true }) pValue!: number | null;
  @Field(() => Boolean) significant!: boolean;
  @Field(() => String, { description: 'Stars from pValue (a single pre-chosen comparison: not adjusted)' }) flag!: string;
  @Field(() => Boolean, { description: 'Either wave below 30 respondents' }) smallSample!: boolean;
}

@ObjectType({ description: 'One theme in one band, in two waves' })
export class ThemeChange {
  @Field(() => String) key!: string;
  @Field(() => String) label!: string;
  @Field(() => ThemeScope) scope!: ThemeScope;
  @Field(() => Band) band!: Band;
  @Field(() => ThemeMatch) matchedBy!: ThemeMatch;
  @Field(() => ShareEstimate, { nullable: true, description: 'null when the base wave has no such theme' }) base!: ShareEstimate | null;
  @Field(() => ShareEstimate, { nullable: true, description: 'null when the current wave has no such theme' })
  current!: ShareEstimate | null;
  @Field(() => Float, { nullable: true }) difference!: number | null;
  @Field(() => Float, { nullable: true }) low!: number | null;
  @Field(() => Float, { nullable: true }) high!: number | null;
  @Field(() => Float, { nullable: true }) pValue!: number | null;
  @Field(() => Float, { nullable: true, description: 'Benjamini-Hochberg over every row of this table' }) adjustedPValue!: number | null;
  @Field(() => ProportionTestKind, { nullable: true }) test!: ProportionTestKind | null;
  @Field(() => String) flag!: string;
  @Field(() => Boolean) smallSample!: boolean;
}

@ObjectType({ description: "Wave-over-wave comparison: NPS, and each theme's prevalence per band" })
export class WaveComparison {
  @Field(() => TrendWave) baseWave!: TrendWave;
  @Field(() => TrendWave) currentWave!: TrendWave;
  @Field(() => NpsChange) nps!: NpsChange;
  @Field(() => [ThemeChange]) themes!: ThemeChange[];
}

@ObjectType({ description: 'Prevalence in one wave and band, and its change from the previous wave that has it' })
export class PrevalencePoint {
  @Field(() => ID) waveId!: string;
  @Field(() => Band) band!: Band;
  @Field(() => ShareEstimate) estimate!: ShareEstimate;
  @Field(() => ThemeMatch, { description: "How this wave's theme joined the series (NONE for its first wave); KEY for drivers" })
  matchedBy!: ThemeMatch;
  @Field(() => ShareChange, { nullable: true, description: 'null in the first wave' }) vsPrevious!: ShareChange | null;
}

@ObjectType({ description: 'A theme followed across waves' })
export class ThemeSeries {
  @Field(() => String, { description: 'The key in the latest wave that has the theme' }) key!: string;
  @Field(() => String) label!: string;
  @Field(() => ThemeScope) scope!: ThemeScope;
  @Field(() => [String], { description: "Top drivers, in the latest taxonomy version's keys" }) driverKeys!: string[];
  @Field(() => [PrevalencePoint]) points!: PrevalencePoint[];
}

@ObjectType({
  description: "A driver followed across waves, in the latest taxonomy version's keys (older codings translated by the crosswalks)",
})
export class DriverSeries {
  @Field(() => String) key!: string;
  @Field(() => String) label!: string;
  @Field(() => [PrevalencePoint]) points!: PrevalencePoint[];
}

@ObjectType()
export class ThemeTrend {
  @Field(() => [TrendWave], { description: 'In fielding order' }) waves!: TrendWave[];
  @Field(() => [ThemeSeries]) themes!: ThemeSeries[];
  @Field(() => [DriverSeries], { description: "Share of coded interviews citing each driver (each interview's newest coding)" })
  drivers!: DriverSeries[];
}
