import { Field, Float, ID, Int, ObjectType, ArgsType } from 'type-graphql';
import { DriverRef } from '../analysis/analysis.types.js';
import { CoderKind, Sentiment } from '../common/enums.js';
import { SegmentFilter } from '../segment/segment.types.js';

@ObjectType({ description: "The survey comment coded like an interview's first answer: its stated driver and sentiment" })
export class CommentCoding {
  @Field(() => DriverRef, { nullable: true, description: 'Null when the comment names no driver of the taxonomy' })
  driver!: DriverRef | null;
  @Field(() => Sentiment) sentiment!: Sentiment;
  @Field(() => String, { nullable: true, description: 'The sentence of the comment naming the driver, verbatim' })
  quote!: string | null;
  @Field(() => CoderKind) coder!: CoderKind;
  @Field(() => Date) codedAt!: Date;
}

@ObjectType({ description: 'How many coded comments name a driver, with a 95% Wilson interval on the share' })
export class CommentDriverShare {
  @Field(() => DriverRef) driver!: DriverRef;
  @Field(() => Int) count!: number;
  @Field(() => Float, { description: 'count / coded comments in the selection' }) share!: number;
  @Field(() => Float) ciLow!: number;
  @Field(() => Float) ciHigh!: number;
  @Field(() => Int, { description: 'Of count, comments whose sentiment is negative' }) negative!: number;
}

@ObjectType({ description: "What the survey's comments say, before any interview: drivers named in a wave (or a segment of it)" })
export class CommentDriverSummary {
  @Field(() => ID) waveId!: string;
  @Field(() => Int, { description: 'Respondents in the selection with a comment' }) commented!: number;
  @Field(() => Int, { description: 'Of those, comments coded so far (coding runs in the worker within seconds)' }) coded!: number;
  @Field(() => Int, { description: 'Coded comments that name no driver' }) withoutDriver!: number;
  @Field(() => Boolean, { description: 'Fewer than 30 coded comments: shares are indicative only' }) smallSample!: boolean;
  @Field(() => [CommentDriverShare], { description: 'Most named first' }) drivers!: CommentDriverShare[];
}

@ArgsType()
export class CommentDriversArgs {
  @Field(() => ID) waveId!: string;
  @Field(() => SegmentFilter, { nullable: true, description: 'Bands and attribute values, as in segmentNps' }) filter?: SegmentFilter;
}
