import type { PhaseKey as PhaseKeyValue } from '@ladder/contracts';
import { ArrayMaxSize, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { ArgsType, Authorized, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { Permission } from '../common/context.js';
import { ModeratorKind, PhaseKey, SessionStatus } from '../common/enums.js';
import { InterviewSession } from './interview-session.entity.js';
import { Turn } from './turn.entity.js';

@ObjectType()
export class StartInterviewPayload {
  @Field(() => InterviewSession) session!: InterviewSession;
  @Field(() => String, { description: "Secret of the respondent's personal link; shown only here. Starting again issues a new one." })
  respondentToken!: string;
  @Field(() => String, { description: 'Path of the chat page in the console, e.g. /i/<token>' }) chatPath!: string;
  @Field(() => String, { description: 'Absolute chat URL under LADDER_PUBLIC_URL' }) chatUrl!: string;
}

@ObjectType({ description: 'What a respondent sees through their personal link: no attributes, no other sessions' })
export class RespondentSessionView {
  @Field(() => ID) sessionId!: string;
  @Field(() => SessionStatus) status!: SessionStatus;
  @Field(() => String) language!: string;
  @Field(() => ModeratorKind) moderator!: ModeratorKind;
  @Field(() => [Turn]) turns!: Turn[];
}

@ObjectType()
export class SessionUpdate {
  @Field(() => InterviewSession) session!: InterviewSession;
  @Authorized<Permission>('transcripts')
  @Field(() => Turn, { nullable: true, description: 'The turn that was added, when the update is a new turn' })
  turn!: Turn | null;
}

@ArgsType()
export class SendRespondentMessageArgs {
  @Field(() => String) @Length(16, 200) token!: string;
  @Field(() => String) text!: string;
  @Field(() => String, {
    description:
      'Client-chosen id of this message (8-100 of A-Z a-z 0-9 _ -, e.g. a UUID), new per message and the same on every retry ' +
      'of it: a retried send is applied once and answers the same turn',
  })
  @Matches(/^[A-Za-z0-9_-]{8,100}$/)
  clientMessageId!: string;
}

@ObjectType({ description: 'How well the interview followed the method, computed from its turns' })
export class SessionQuality {
  @Field(() => Int, {
    description:
      "Deepest ladder level the respondent's answers revealed: " +
      '0 stated reason, 1 concrete impact, 2 consequence, 3 and more root motivation',
  })
  ladderDepth!: number;
  @Field(() => Int, { description: 'Deepest ladder level the moderator asked at (how far down the probes went)' }) probeDepth!: number;
  @Field(() => [PhaseKey], { description: 'Phases the moderator asked in' }) phasesCovered!: PhaseKeyValue[];
  @Field(() => Int, { description: 'Leading questions the guard caught and replaced' }) leadingQuestionsCaught!: number;
  @Field(() => Int) probes!: number;
  @Field(() => Float, {
    nullable: true,
    description: "Share of probes that reuse the respondent's own words (0-1); null before the first probe",
  })
  probesReusingWordsShare!: number | null;
  @Field(() => Int) moderatorTurns!: number;
  @Field(() => Int) respondentTurns!: number;
  @Field(() => Int, { description: 'Moderator turns the offline moderator wrote because the LLM kept failing' }) fallbackTurns!: number;
  @Field(() => Float, { description: 'From the first to the latest turn' }) durationSeconds!: number;
  @Field(() => Int) promptTokens!: number;
  @Field(() => Int) completionTokens!: number;
  @Field(() => Float, { description: 'LLM cost in USD at the configured prices; 0 offline' }) costUsd!: number;
}

@ObjectType({ description: 'How a moderator turn was made; visible to API keys only' })
export class TurnModeration {
  @Field(() => Boolean, { nullable: true }) reusedWords!: boolean | null;
  @Field(() => Int, { description: '1 when the guard caught a leading question here and replaced it' }) leadingCaught!: number;
  @Field(() => [String], { description: 'Rules the caught question broke, with the matched words' }) leadingFindings!: string[];
  @Field(() => String, { nullable: true }) model!: string | null;
  @Field(() => Int, { nullable: true }) promptTokens!: number | null;
  @Field(() => Int, { nullable: true }) completionTokens!: number | null;
  @Field(() => Float, { nullable: true }) costUsd!: number | null;
  @Field(() => Int, { nullable: true }) llmLatencyMs!: number | null;
  @Field(() => String, { nullable: true, description: 'Why the LLM was not used for this turn' }) fallbackReason!: string | null;
}

@ArgsType()
export class InterviewSessionsArgs {
  @Field(() => ID) studyId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() waveId?: string;
  @Field(() => [SessionStatus], { nullable: true }) @IsOptional() @ArrayMaxSize(5) status?: SessionStatus[];
  @Field(() => Int, { defaultValue: 50 }) @Min(1) @Max(200) first!: number;
}

@ObjectType({ description: 'Interviews of a study by status (preview interviews excluded)' })
export class SessionCounts {
  @Field(() => Int) invited!: number;
  @Field(() => Int) active!: number;
  @Field(() => Int) completed!: number;
  @Field(() => Int) abandoned!: number;
  @Field(() => Int) expired!: number;
  @Field(() => Int) total!: number;
}
