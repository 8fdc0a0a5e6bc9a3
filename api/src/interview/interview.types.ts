import { IsOptional, Length, Matches } from 'class-validator';
import { ArgsType, Field, ID, ObjectType } from 'type-graphql';
import { ModeratorKind, SessionStatus } from '../common/enums.js';
import { InterviewSession } from './interview-session.entity.js';
import { Turn } from './turn.entity.js';

@ObjectType()
export class StartInterviewPayload {
  @Field(() => InterviewSession) session!: InterviewSession;
  @Field(() => String, { description: 'Secret of the respondent\'s personal link; shown only here. Starting again issues a new one.' })
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
  @Field(() => Turn, { nullable: true, description: 'The turn that was added, when the update is a new turn' }) turn!: Turn | null;
}

@ArgsType()
export class SendRespondentMessageArgs {
  @Field(() => String) @Length(16, 200) token!: string;
  @Field(() => String) text!: string;
  @Field(() => String, { nullable: true, description: 'Client-chosen id: a retried send with the same id is applied once' })
  @IsOptional() @Matches(/^[A-Za-z0-9_-]{8,100}$/)
  clientMessageId?: string;
}
