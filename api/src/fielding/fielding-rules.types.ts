import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Band } from '../common/enums.js';

@InputType({ description: 'A daily window in which automatic invitations wait instead of going out' })
export class QuietHoursInput {
  @Field(() => String, { description: 'Start, "HH:MM" (24 h), in the time zone below' }) start!: string;
  @Field(() => String, { description: 'End, "HH:MM"; a window may cross midnight (22:00 to 07:00)' }) end!: string;
  @Field(() => String, { description: 'IANA time zone name, e.g. Europe/Paris' }) timezone!: string;
}

@InputType()
export class AutoInviteInput {
  @Field(() => [Band], { description: 'Respondents of these bands are invited' }) bands!: Band[];
  @Field(() => Float, { description: 'Share invited, 0 < x <= 1; a deterministic sample by respondent id' }) sampleRate!: number;
  @Field(() => Int, { nullable: true, description: 'At most this many automatic invitations a day (in the quiet-hours time zone)' })
  maxPerDay?: number | null;
  @Field(() => Int, { description: 'Minutes between the response arriving and the invitation, 0 to 43200 (30 days)' })
  delayMinutes!: number;
  @Field(() => QuietHoursInput, { nullable: true }) quietHours?: QuietHoursInput | null;
}

@InputType()
export class SenderInput {
  @Field(() => String, { nullable: true, description: 'Display name of the sender, at most 100 characters' }) fromName?: string | null;
  @Field(() => String, { nullable: true, description: 'Address replies go to' }) replyTo?: string | null;
}

@InputType({ description: 'The whole fielding rule set of a wave: what is left out is reset' })
export class UpdateWaveFieldingInput {
  @Field(() => ID) waveId!: string;
  @Field(() => AutoInviteInput, { nullable: true, description: 'Null turns automatic invitations off' })
  autoInvite?: AutoInviteInput | null;
  @Field(() => SenderInput, { nullable: true }) sender?: SenderInput | null;
}

@ObjectType()
export class QuietHours {
  @Field(() => String) start!: string;
  @Field(() => String) end!: string;
  @Field(() => String) timezone!: string;
}

@ObjectType()
export class AutoInviteRules {
  @Field(() => [Band]) bands!: Band[];
  @Field(() => Float) sampleRate!: number;
  @Field(() => Int, { nullable: true }) maxPerDay!: number | null;
  @Field(() => Int) delayMinutes!: number;
  @Field(() => QuietHours, { nullable: true }) quietHours!: QuietHours | null;
}

@ObjectType()
export class SenderSettings {
  @Field(() => String, { nullable: true }) fromName!: string | null;
  @Field(() => String, { nullable: true }) replyTo!: string | null;
}

@ObjectType({ description: "A wave's fielding rules, as last set by updateWaveFielding" })
export class WaveFieldingRules {
  @Field(() => AutoInviteRules, { nullable: true, description: 'Null: responses are not invited automatically' })
  autoInvite!: AutoInviteRules | null;
  @Field(() => SenderSettings, { nullable: true, description: 'Null: the default sender' }) sender!: SenderSettings | null;
  @Field(() => Date) updatedAt!: Date;
}
