import { IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Band, DriverRole } from '../common/enums.js';
import { SegmentFilter, SegmentKeyPart } from '../segment/segment.types.js';

@ObjectType({ description: 'How a segment differs from the rest of the wave (the same filter), for one finding' })
export class VersusRest {
  @Field(() => Float, { nullable: true, description: "Segment share - the rest's share, 0..1 scale; null when either is empty" })
  difference!: number | null;
  @Field(() => Float, { nullable: true }) low!: number | null;
  @Field(() => Float, { nullable: true }) high!: number | null;
  @Field(() => Float, { nullable: true, description: 'Two-proportion z-test, or Fisher exact with small counts' }) pValue!: number | null;
  @Field(() => Float, { nullable: true, description: 'Benjamini-Hochberg adjusted over every cell of the table' }) adjustedP!:
    number | null;
  @Field(() => String, { description: "Stars of the adjusted p-value: '', '*', '**', '***'" }) flag!: string;
  @Field(() => Boolean, { description: 'adjustedP < 0.05' }) significant!: boolean;
}

@ObjectType({ description: 'One finding (a theme or a driver) in one segment: its prevalence with a 95% Wilson interval' })
export class FindingCell {
  @Field(() => String, { description: 'The theme id or the driver key' }) key!: string;
  @Field(() => String) label!: string;
  @Field(() => Int, { description: 'Coded interviews of the segment with the finding' }) count!: number;
  @Field(() => Int, { description: 'Coded interviews of the segment' }) n!: number;
  @Field(() => Float, { nullable: true }) share!: number | null;
  @Field(() => Float) low!: number;
  @Field(() => Float) high!: number;
  @Field(() => Boolean, { description: 'n < 30: read with care' }) smallSample!: boolean;
  @Field(() => VersusRest) versusRest!: VersusRest;
}

@ObjectType()
export class SegmentFindings {
  @Field(() => [SegmentKeyPart]) key!: SegmentKeyPart[];
  @Field(() => String) label!: string;
  @Field(() => Int, { description: 'Coded interviews of the segment' }) n!: number;
  @Field(() => [FindingCell], { description: 'Every finding of the table, in the same order for every segment' }) cells!: FindingCell[];
}

@ObjectType({ description: 'Themes or drivers by segment: which customers say what' })
export class FindingsBySegment {
  @Field(() => ID, { nullable: true, description: 'The analysis read (the latest completed of the wave); null when there is none' })
  analysisId!: string | null;
  @Field(() => Int, { nullable: true }) taxonomyVersion!: number | null;
  @Field(() => [String]) groupBy!: string[];
  @Field(() => Int, { description: 'Coded interviews in the table (the filter applied)' }) n!: number;
  @Field(() => [SegmentFindings]) segments!: SegmentFindings[];
}

@ArgsType()
export class FindingsArgs {
  @Field(() => ID) waveId!: string;
  @Field(() => [String], { description: 'Attribute names or "band", at most four' }) groupBy!: string[];
  @Field(() => SegmentFilter, { nullable: true }) @IsOptional() filter?: SegmentFilter | null;
}

@ArgsType()
export class DriverFindingsArgs extends FindingsArgs {
  @Field(() => DriverRole, { defaultValue: DriverRole.EITHER }) role!: DriverRole;
}

@ObjectType({ description: 'How often a stated driver leads to a root driver' })
export class StatedRootCell {
  @Field(() => String, { nullable: true, description: 'null: no stated driver' }) stated!: string | null;
  @Field(() => String, { nullable: true }) statedLabel!: string | null;
  @Field(() => String, { nullable: true, description: 'null: laddering reached no root driver' }) root!: string | null;
  @Field(() => String, { nullable: true }) rootLabel!: string | null;
  @Field(() => Int) count!: number;
  @Field(() => Float, { description: 'count / the segment n' }) share!: number;
}

@ObjectType()
export class StatedRootSegment {
  @Field(() => [SegmentKeyPart]) key!: SegmentKeyPart[];
  @Field(() => String) label!: string;
  @Field(() => Int, { description: 'Coded interviews of the segment' }) n!: number;
  @Field(() => Int, { description: 'Interviews with both a stated and a root driver' }) withBoth!: number;
  @Field(() => Float, { nullable: true, description: 'Of those, the share whose root differs from the stated driver' })
  differShare!: number | null;
  @Field(() => [StatedRootCell]) cells!: StatedRootCell[];
}

@ObjectType({ description: 'The stated-to-root matrix of a wave, by segment (groupBy empty: the whole wave; "band" by band)' })
export class StatedToRoot {
  @Field(() => ID, { nullable: true }) analysisId!: string | null;
  @Field(() => Int, { nullable: true }) taxonomyVersion!: number | null;
  @Field(() => [String]) groupBy!: string[];
  @Field(() => [StatedRootSegment]) segments!: StatedRootSegment[];
}

@ObjectType()
export class CompetitorWave {
  @Field(() => ID) waveId!: string;
  @Field(() => String) waveName!: string;
  @Field(() => Int, { description: 'Coded interviews of the wave naming the competitor' }) count!: number;
  @Field(() => Int, { description: 'Coded interviews of the wave (the filter applied)' }) n!: number;
  @Field(() => Float, { nullable: true }) share!: number | null;
}

@ObjectType()
export class CompetitorSegment {
  @Field(() => [SegmentKeyPart]) key!: SegmentKeyPart[];
  @Field(() => String) label!: string;
  @Field(() => Int) count!: number;
  @Field(() => Int, { description: "Coded interviews of the segment across the study's waves" }) n!: number;
  @Field(() => Float, { nullable: true }) share!: number | null;
}

@ObjectType({ description: 'A respondent naming the competitor, verbatim (text.slice(start, end) of the respondent turn turnSeq)' })
export class CompetitorQuote {
  @Field(() => ID) sessionId!: string;
  @Field(() => ID) waveId!: string;
  @Field(() => Band) band!: Band;
  @Field(() => String) quote!: string;
  @Field(() => Int) turnSeq!: number;
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
}

@ObjectType({ description: 'A competitor respondents named, by wave, by segment, and in their words' })
export class Competitor {
  @Field(() => String, { description: 'As respondents wrote it most often' }) name!: string;
  @Field(() => Int, { description: 'Coded interviews naming it, all waves' }) total!: number;
  @Field(() => [CompetitorWave], { description: 'Every fielded wave, oldest first, zero when not named' }) byWave!: CompetitorWave[];
  @Field(() => [CompetitorSegment]) bySegment!: CompetitorSegment[];
  /** Quotes, read by the field resolver (respondents' words). */
  quoteRows!: CompetitorQuote[];
}

@ObjectType({ description: 'Which competitors respondents name, by whom and in what words, wave over wave' })
export class CompetitorReport {
  @Field(() => [String]) groupBy!: string[];
  @Field(() => [CompetitorWave], { description: 'Per wave: interviews mentioning any competitor without naming one (count), of n' })
  unnamedMentions!: CompetitorWave[];
  @Field(() => [Competitor], { description: 'Most named first' }) competitors!: Competitor[];
}

@ArgsType()
export class CompetitorArgs {
  @Field(() => ID) studyId!: string;
  @Field(() => [String], { defaultValue: [], description: 'Attribute names or "band", at most four' }) groupBy!: string[];
  @Field(() => SegmentFilter, { nullable: true }) @IsOptional() filter?: SegmentFilter | null;
  @Field(() => Int, { defaultValue: 20, description: '1 to 50 competitors' }) @Min(1) @Max(50) first!: number;
}
