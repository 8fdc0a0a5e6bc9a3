import { IsOptional, Max, Min } from 'class-validator';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { NotificationDigest } from '../common/enums.js';

@ObjectType({ description: 'How one person (by address) takes the emails about the alerts and escalations they own' })
export class NotificationPreference {
  @Field(() => String) email!: string;
  @Field(() => NotificationDigest) digest!: NotificationDigest;
  @Field(() => Int, { description: 'The hour (UTC, 0-23) the daily digest goes out' }) digestHourUtc!: number;
}

@InputType()
export class NotificationPreferenceInput {
  @Field(() => String) email!: string;
  @Field(() => NotificationDigest) digest!: NotificationDigest;
  @Field(() => Int, { nullable: true, description: '0-23, default 8' }) @IsOptional() @Min(0) @Max(23) digestHourUtc?: number;
}
