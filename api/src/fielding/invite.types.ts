import { ArrayMaxSize, IsOptional } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Band } from '../common/enums.js';

export const MAX_INVITE_IDS = 10_000;

@InputType()
export class InviteFilter {
  @Field(() => [Band], { nullable: true, description: 'Only these bands; every band when absent' })
  @IsOptional()
  @ArrayMaxSize(3)
  bands?: Band[] | null;
  @Field(() => Boolean, {
    defaultValue: true,
    description:
      'true: respondents already invited (or already interviewed) are left out before counting; false: they are counted in ' +
      'alreadyInvited. Nobody is invited twice either way.',
  })
  notInvitedOnly!: boolean;
}

@InputType({ description: 'Exactly one of respondentIds and filter' })
export class InviteRespondentsInput {
  @Field(() => ID) waveId!: string;
  @Field(() => [ID], { nullable: true, description: `Respondents of the wave, at most ${MAX_INVITE_IDS}` })
  @IsOptional()
  @ArrayMaxSize(MAX_INVITE_IDS)
  respondentIds?: string[] | null;
  @Field(() => InviteFilter, { nullable: true }) @IsOptional() filter?: InviteFilter | null;
}

@ObjectType({ description: 'What inviteRespondents did with each respondent it was given' })
export class InviteRespondentsResult {
  @Field(() => Int, { description: 'Invitations queued, due now' }) queued!: number;
  @Field(() => Int, { description: 'Left alone: they already had an invitation or an interview' }) alreadyInvited!: number;
  @Field(() => Int, { description: 'Left alone: no email address' }) withoutEmail!: number;
  @Field(() => Int, { description: 'Recorded as SUPPRESSED, never sent: the address is on the suppression list' }) suppressed!: number;
}
