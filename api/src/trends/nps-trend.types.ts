import { Max, Min } from 'class-validator';
import { ArgsType, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { RollingStep } from '../common/enums.js';
import { SegmentFilter, SegmentKeyPart, SegmentNps } from '../segment/segment.types.js';

export { RollingStep };

@ObjectType({ description: 'Difference from the previous wave in NPS points (later minus earlier), 95% interval, two-sided z-test' })
export class NpsDifference {
  @Field(() => Float, { nullable: true }) difference!: number | null;
  @Field(() => Float, { nullable: true }) low!: number | null;
  @Field(() => Float, { nullable: true }) high!: number | null;
  @Field(() => Float, { nullable: true }) pValue!: number | null;
  @Field(() => Boolean) significant!: boolean;
  @Field(() => String, { description: '"", "*", "**" or "***" from pValue' }) flag!: string;
  @Field(() => Boolean, { description: 'Either wave below 30 respondents' }) smallSample!: boolean;
}

@ObjectType({ description: 'NPS of one wave, overall and per segment' })
export class NpsTrendPoint {
  @Field(() => ID) waveId!: string;
  @Field(() => String) waveName!: string;
  @Field(() => Date, { nullable: true }) launchedAt!: Date | null;
  @Field(() => SegmentNps) overall!: SegmentNps;
  @Field(() => [SegmentNps], { description: 'Empty without groupBy' }) segments!: SegmentNps[];
  @Field(() => NpsDifference, { nullable: true, description: 'Overall NPS against the previous wave; null for the first' })
  vsPrevious!: NpsDifference | null;
}

@ObjectType()
export class NpsTrend {
  @Field(() => [String]) groupBy!: string[];
  @Field(() => [NpsTrendPoint], { description: 'One per wave, in fielding order (launch, else creation)' }) waves!: NpsTrendPoint[];
}

@ObjectType({ description: 'NPS of the respondents who answered within a window of UTC days (both ends included)' })
export class RollingNpsWindow {
  @Field(() => Date) start!: Date;
  @Field(() => Date) end!: Date;
  @Field(() => Int) n!: number;
  @Field(() => Int) promoters!: number;
  @Field(() => Int) passives!: number;
  @Field(() => Int) detractors!: number;
  @Field(() => Float, { nullable: true }) nps!: number | null;
  @Field(() => Float, { nullable: true }) ciLow!: number | null;
  @Field(() => Float, { nullable: true }) ciHigh!: number | null;
  @Field(() => Boolean, { description: 'n < 30: read with care' }) smallSample!: boolean;
}

@ObjectType()
export class RollingNpsSeries {
  @Field(() => [SegmentKeyPart]) key!: SegmentKeyPart[];
  @Field(() => String) label!: string;
  @Field(() => [RollingNpsWindow]) windows!: RollingNpsWindow[];
}

@ObjectType()
export class RollingNps {
  @Field(() => Int) days!: number;
  @Field(() => RollingStep) step!: RollingStep;
  @Field(() => [String]) groupBy!: string[];
  @Field(() => RollingNpsSeries) overall!: RollingNpsSeries;
  @Field(() => [RollingNpsSeries], { description: 'Empty without groupBy; every series has the same window ends' })
  segments!: RollingNpsSeries[];
}

@ArgsType()
export class NpsTrendArgs {
  @Field(() => ID) studyId!: string;
  @Field(() => [String], { defaultValue: [], description: 'Attribute names, or "band"' }) groupBy!: string[];
  @Field(() => SegmentFilter, { nullable: true }) filter?: SegmentFilter;
}

@ArgsType()
export class RollingNpsArgs extends NpsTrendArgs {
  @Field(() => Int, { defaultValue: 30, description: 'Window length in UTC calendar days' }) @Min(1) @Max(366) days!: number;
  @Field(() => RollingStep, { defaultValue: RollingStep.DAY }) step!: RollingStep;
}
