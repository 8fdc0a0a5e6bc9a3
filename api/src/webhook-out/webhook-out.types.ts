import { ArrayMaxSize, ArrayMinSize, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { WebhookDeliveryState, WebhookDisabledReason, WebhookEventKind } from '../common/enums.js';
import { PageInfo } from '../respondent/respondent.types.js';

registerEnumType(WebhookEventKind, {
  name: 'WebhookEventType',
  description: 'What happened; the payload\'s "type" is the value in lower case with a dot (RESPONSE_INGESTED: "response.ingested")',
});
registerEnumType(WebhookDeliveryState, {
  name: 'WebhookDeliveryStatus',
  description: 'PENDING: waiting for its attempt (or for older deliveries of its endpoint); DELIVERED: a 2xx came; FAILED: retries used up',
});
registerEnumType(WebhookDisabledReason, {
  name: 'WebhookDisabledReason',
  description: 'MANUAL: updateWebhookEndpoint(enabled: false); FAILING: its deliveries failed for 5 days',
});

@ObjectType({ description: 'A receiver of signed webhooks (Standard Webhooks); its secret is shown only when it is created' })
export class WebhookEndpoint {
  @Field(() => ID) id!: string;
  @Field(() => String) url!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => [WebhookEventKind]) events!: WebhookEventKind[];
  @Field(() => Boolean, { description: 'Disabled endpoints get no new events; their pending deliveries wait until enabled again' })
  enabled!: boolean;
  @Field(() => WebhookDisabledReason, { nullable: true }) disabledReason!: WebhookDisabledReason | null;
  @Field(() => Date, { nullable: true }) disabledAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Since when its deliveries fail without a success in between' })
  failingSince!: Date | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType({ description: 'A new endpoint and its signing secret, shown only in this answer' })
export class CreatedWebhookEndpoint {
  @Field(() => WebhookEndpoint) endpoint!: WebhookEndpoint;
  @Field(() => String, { description: 'whsec_<base64>: verify each request with it (standardwebhooks, svix); it cannot be read again' })
  secret!: string;
}

@ObjectType({ description: "One event sent (or to be sent) to one endpoint, with its last attempt's outcome" })
export class WebhookDelivery {
  @Field(() => ID) id!: string;
  @Field(() => ID) endpointId!: string;
  @Field(() => ID, { description: 'The webhook-id header: the same on every attempt and replay' }) eventId!: string;
  @Field(() => WebhookEventKind) eventType!: WebhookEventKind;
  @Field(() => WebhookDeliveryState) status!: WebhookDeliveryState;
  @Field(() => Int) attempts!: number;
  @Field(() => Date, { nullable: true, description: 'When a pending delivery is tried next (older ones of its endpoint go first)' })
  nextAttemptAt!: Date | null;
  @Field(() => Date, { nullable: true }) lastAttemptAt!: Date | null;
  @Field(() => Int, { nullable: true, description: 'HTTP status of the last attempt; null when no answer came' })
  statusCode!: number | null;
  @Field(() => Int, { nullable: true }) latencyMs!: number | null;
  @Field(() => String, { nullable: true, description: "The first kilobyte of the receiver's last answer" })
  responseBody!: string | null;
  @Field(() => String, { nullable: true, description: 'Why the last attempt failed (HTTP 500, timeout, refused address...)' })
  error!: string | null;
  @Field(() => Date, { nullable: true }) deliveredAt!: Date | null;
  @Field(() => ID, { nullable: true, description: 'The delivery this one replays' }) replayOf!: string | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType()
export class WebhookDeliveryEdge {
  @Field(() => String) cursor!: string;
  @Field(() => WebhookDelivery) node!: WebhookDelivery;
}

@ObjectType()
export class WebhookDeliveryConnection {
  @Field(() => [WebhookDeliveryEdge], { description: 'Newest first' }) edges!: WebhookDeliveryEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@InputType()
export class CreateWebhookEndpointInput {
  @Field(() => String, { description: 'https; it must resolve to public addresses only (LADDER_WEBHOOK_ALLOW_PRIVATE lifts both)' })
  @MaxLength(2000)
  url!: string;
  @Field(() => [WebhookEventKind]) @ArrayMinSize(1) @ArrayMaxSize(20) events!: WebhookEventKind[];
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) description?: string | null;
}

@InputType()
export class UpdateWebhookEndpointInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000) url?: string | null;
  @Field(() => [WebhookEventKind], { nullable: true }) @IsOptional() @ArrayMinSize(1) @ArrayMaxSize(20) events?: WebhookEventKind[] | null;
  @Field(() => Boolean, { nullable: true, description: 'true also clears a FAILING disable (its failing clock starts again)' })
  enabled?: boolean | null;
  @Field(() => String, { nullable: true, description: 'An empty string clears it' }) @IsOptional() @MaxLength(500) description?:
    string | null;
}

@ArgsType()
export class WebhookDeliveriesArgs {
  @Field(() => ID) endpointId!: string;
  @Field(() => WebhookDeliveryState, { nullable: true }) status?: WebhookDeliveryState | null;
  @Field(() => Int, { defaultValue: 50, description: '1 to 200' }) @Min(1) @Max(200) first!: number;
  @Field(() => String, { nullable: true }) @MaxLength(200) after?: string | null;
}
