import { Max, MaxLength, Min } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AuditAction } from '../common/enums.js';
import { PageInfo } from '../respondent/respondent.types.js';

@ObjectType({ description: 'One audited action. Append-only: nothing can change or delete it.' })
export class AuditEvent {
  @Field(() => ID, { description: 'Increasing with time' }) id!: string;
  @Field(() => ID, { nullable: true, description: 'The API key that acted (null when a person acted)' }) keyId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The person who acted, signed in to the console (null when a key acted)' })
  userId!: string | null;
  @Field(() => AuditAction) action!: AuditAction;
  @Field(() => String, { description: 'The mutation, the export (themes.csv...) or the field read' }) name!: string;
  @Field(() => GraphQLJSONObject, { description: 'Ids from the arguments (e.g. {"input.waveId": "..."}), never values' })
  target!: Record<string, string | string[]>;
  @Field(() => String, { description: 'ok or error' }) outcome!: 'ok' | 'error';
  @Field(() => String, { nullable: true, description: "The error's extensions.code when the outcome is error" })
  errorCode!: string | null;
  @Field(() => Date) at!: Date;
}

@ObjectType()
export class AuditEventEdge {
  @Field(() => String) cursor!: string;
  @Field(() => AuditEvent) node!: AuditEvent;
}

@ObjectType()
export class AuditEventConnection {
  @Field(() => [AuditEventEdge]) edges!: AuditEventEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@InputType()
export class AuditEventFilter {
  @Field(() => AuditAction, { nullable: true }) action?: AuditAction | null;
  @Field(() => ID, { nullable: true }) @MaxLength(64) keyId?: string | null;
  @Field(() => ID, { nullable: true }) @MaxLength(64) userId?: string | null;
  @Field(() => Date, { nullable: true, description: 'At or after' }) since?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Before' }) until?: Date | null;
}

@ArgsType()
export class AuditEventsArgs {
  @Field(() => AuditEventFilter, { nullable: true }) filter?: AuditEventFilter | null;
  @Field(() => Int, { defaultValue: 50, description: '1 to 200' }) @Min(1) @Max(200) first!: number;
  @Field(() => String, { nullable: true }) @MaxLength(200) after?: string | null;
}
