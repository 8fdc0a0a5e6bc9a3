import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "A wave's participation: invitations and what came of them (definitions in docs/fielding.md)" })
export class FieldingStats {
  @Field(() => Int, { description: 'Respondents of the wave' }) responses!: number;
  @Field(() => Int, { description: 'Invitations queued or attempted (suppressed ones excluded)' }) invited!: number;
  @Field(() => Int, { description: 'Invitations the SMTP server accepted and that did not bounce' }) sent!: number;
  @Field(() => Int, { description: 'Invitations that FAILED or BOUNCED' }) failed!: number;
  @Field(() => Int, { description: 'Invitations never sent: the address is on the suppression list' }) suppressed!: number;
  @Field(() => Int, { description: 'Invited respondents who answered at least once in their interview' }) started!: number;
  @Field(() => Int, { description: 'Invited respondents whose interview is completed' }) completed!: number;
  @Field(() => Float, { nullable: true, description: 'started / sent; null when nothing was sent' }) responseRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'completed / started; null when nobody started' }) completionRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'Median minutes from the invitation being sent to the interview completing' })
  medianMinutesToComplete!: number | null;
}

@ObjectType({ description: 'Fielding events in one UTC hour or day (counts per bucket, not cumulative)' })
export class FieldingPoint {
  @Field(() => Date, { description: 'Start of the bucket (UTC)' }) at!: Date;
  @Field(() => Int, { description: 'Invitations queued' }) invited!: number;
  @Field(() => Int, { description: 'Invitations sent (and not bounced)' }) sent!: number;
  @Field(() => Int, { description: "Invited respondents' first answers" }) started!: number;
  @Field(() => Int, { description: "Invited respondents' completed interviews" }) completed!: number;
}
