import { ArrayMaxSize, IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../respondent/respondent.types.js';
import { DeliveryKind, DeliveryStatus, DeliveryTrigger } from '../common/enums.js';

@ObjectType({ description: "One email of a respondent: the invitation or the interview's one reminder" })
export class EmailDelivery {
  @Field(() => ID) id!: string;
  @Field(() => ID) respondentId!: string;
  @Field(() => ID, { nullable: true, description: 'The interview the email links to, once the dispatcher has created it' })
  sessionId!: string | null;
  @Field(() => DeliveryKind) kind!: DeliveryKind;
  @Field(() => DeliveryTrigger, { description: 'AUTO: the wave rule; MANUAL: inviteRespondents; WORKFLOW: the idle reminder' })
  trigger!: DeliveryTrigger;
  @Field(() => DeliveryStatus) status!: DeliveryStatus;
  @Field(() => Int, { description: 'SMTP attempts so far' }) attempts!: number;
  /** Exposed by EmailDeliveryResolver.lastError, which hides addresses from keys without `contact`. */
  lastError!: string | null;
  @Field(() => Date, { description: 'Not sent before this time (rule delay, quiet hours, daily cap, retry backoff)' }) dueAt!: Date;
  @Field(() => Date, { nullable: true }) sentAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType()
export class EmailDeliveryEdge {
  @Field(() => String) cursor!: string;
  @Field(() => EmailDelivery) node!: EmailDelivery;
}

@ObjectType()
export class EmailDeliveryConnection {
  @Field(() => [EmailDeliveryEdge]) edges!: EmailDeliveryEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}

@ArgsType()
export class DeliveriesArgs {
  @Field(() => ID) waveId!: string;
  @Field(() => [DeliveryStatus], { nullable: true, description: 'Only these statuses; all when absent' })
  @IsOptional()
  @ArrayMaxSize(5)
  status?: DeliveryStatus[] | null;
  @Field(() => Int, { defaultValue: 50, description: '1 to 500, newest first' }) @Min(1) @Max(500) first!: number;
  @Field(() => String, { nullable: true }) after?: string | null;
}
