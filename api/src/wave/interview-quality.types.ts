import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Completed interviews of a wave with this ladder depth' })
export class LadderDepthCount {
  @Field(() => Int, { description: 'Ladder depth (InterviewSession.quality.ladderDepth)' }) depth!: number;
  @Field(() => Int, { description: 'Completed interviews that reached exactly this depth' }) interviews!: number;
}

@ObjectType({
  description:
    "How well a wave's interviews went, over its completed interviews (abandoned, expired and open ones left out; " +
    'guide-editor previews never counted), from each InterviewSession.quality. Figures over no interview are null.',
})
export class InterviewQuality {
  @Field(() => Int, { description: 'Completed interviews counted (those with a quality record)' }) interviews!: number;
  @Field(() => Float, { nullable: true, description: 'Median of quality.ladderDepth (deepest ladder level the respondent revealed)' })
  medianDepth!: number | null;
  @Field(() => Float, { nullable: true, description: 'Share (0-1) of the interviews whose ladder depth is 5 or more' })
  shareDepthAtLeast5!: number | null;
  @Field(() => Int, { description: 'Leading questions the guard caught and replaced, summed over the interviews' })
  leadingCaught!: number;
  @Field(() => Float, {
    nullable: true,
    description:
      "Probes reusing the respondent's own words over all probes (0-1), pooled over the interviews; null when no probe was asked",
  })
  probesReusingWordsShare!: number | null;
  @Field(() => Float, { nullable: true, description: 'Median interview length in minutes, first turn to last' })
  medianMinutes!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Mean moderation cost per interview in USD (LLM tokens at the configured prices; 0 for offline interviews)',
  })
  costPerInterview!: number | null;
  @Field(() => [LadderDepthCount], {
    description: 'Interviews per ladder depth, every depth from 0 to the deepest reached (zeros included)',
  })
  depthDistribution!: LadderDepthCount[];
}
