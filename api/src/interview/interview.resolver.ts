import type { SessionQualityRow, SessionUpdatedEvent } from '@ladder/contracts';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { refreshLoaders, type Permission, type RequestContext } from '../common/context.js';
import { subscribeOwned } from '../events/subscribe-owned.js';
import { notFound } from '../common/errors.js';
import { StartGuidePreviewInput } from '../guide/guide.types.js';
import { InterviewGuide } from '../guide/interview-guide.entity.js';
import { Respondent } from '../respondent/respondent.entity.js';
import { InterviewSession } from './interview-session.entity.js';
import type { InterviewService } from './interview.service.js';
import {
  InterviewSessionsArgs,
  RespondentSessionView,
  SendRespondentMessageArgs,
  SessionQuality,
  SessionUpdate,
  StartInterviewPayload,
} from './interview.types.js';
import { Turn } from './turn.entity.js';
import { noteTranscriptRead } from '../audit/transcript-reads.js';

/**
 * The stored row as the worker writes it (every key present), plus the share the API derives. Rows
 * written before probeDepth existed measured depth by the probes asked: that is their probeDepth.
 */
export function toQuality(q: (Omit<SessionQualityRow, 'probeDepth'> & { probeDepth?: number }) | null): SessionQuality | null {
  if (!q) return null;
  const { probesReusingWords, ...counts } = q;
  return { ...counts, probeDepth: q.probeDepth ?? q.ladderDepth, probesReusingWordsShare: q.probes ? probesReusingWords / q.probes : null };
}

@Resolver(() => InterviewSession)
export class InterviewResolver {
  constructor(private readonly interviews: InterviewService) {}

  @Query(() => InterviewSession, { nullable: true })
  interviewSession(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<InterviewSession | null> {
    return this.interviews.findSession(ctx, id);
  }

  @Query(() => [InterviewSession], { description: 'Interviews of a study (or one wave), most recently active first' })
  interviewSessions(
    @Ctx() ctx: RequestContext,
    @Args(() => InterviewSessionsArgs) args: InterviewSessionsArgs,
  ): Promise<InterviewSession[]> {
    return this.interviews.listSessions(ctx, args);
  }

  @Query(() => RespondentSessionView, { description: 'For the respondent chat page: the token is the credential' })
  respondentSession(@Ctx() ctx: RequestContext, @Arg('token', () => String) token: string): Promise<RespondentSessionView> {
    return this.interviews.respondentSession(ctx, token);
  }

  @Mutation(() => StartInterviewPayload, {
    description: "Starts (or re-issues the link of) a respondent's interview; the wave must be launched",
  })
  startInterview(@Ctx() ctx: RequestContext, @Arg('respondentId', () => ID) respondentId: string): Promise<StartInterviewPayload> {
    return this.interviews.start(ctx, respondentId);
  }

  @Mutation(() => StartInterviewPayload, {
    description: 'A test interview on a guide version, for the guide editor; never listed or counted',
  })
  startGuidePreview(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => StartGuidePreviewInput) input: StartGuidePreviewInput,
  ): Promise<StartInterviewPayload> {
    return this.interviews.startPreview(ctx, input);
  }

  @Mutation(() => InterviewSession, {
    description: "Revokes the respondent's link of an interview (and any reminder's): it answers LINK_REVOKED from now on",
  })
  revokeInterviewLink(@Ctx() ctx: RequestContext, @Arg('sessionId', () => ID) sessionId: string): Promise<InterviewSession> {
    return this.interviews.revokeLink(ctx, sessionId);
  }

  @Mutation(() => Turn, { description: "Sends the respondent's answer; returns the moderator's next turn" })
  sendRespondentMessage(@Ctx() ctx: RequestContext, @Args(() => SendRespondentMessageArgs) args: SendRespondentMessageArgs): Promise<Turn> {
    return this.interviews.send(ctx, args.token, args.text, args.clientMessageId);
  }

  @Subscription(() => SessionUpdate, {
    description: 'Every change of one interview session: new turns and status changes',
    subscribe: subscribeOwned('session', 'sessionId', 'SESSION_UPDATED'),
  })
  async sessionUpdated(
    @Root() event: SessionUpdatedEvent,
    @Ctx() ctx: RequestContext,
    @Arg('sessionId', () => ID) sessionId: string,
  ): Promise<SessionUpdate> {
    return this.update(ctx, sessionId, event);
  }

  @Subscription(() => SessionUpdate, {
    description: 'Every change of every interview of a study (the live monitor): new turns, status changes, reminders',
    subscribe: subscribeOwned('study', 'studyId', 'STUDY_SESSION_UPDATED'),
  })
  async studySessionUpdated(
    @Root() event: SessionUpdatedEvent,
    @Ctx() ctx: RequestContext,
    @Arg('studyId', () => ID) _studyId: string,
  ): Promise<SessionUpdate> {
    return this.update(ctx, event.sessionId, event);
  }

  private async update(ctx: RequestContext, sessionId: string, event: SessionUpdatedEvent): Promise<SessionUpdate> {
    refreshLoaders(ctx);
    const session = await this.interviews.findSessionOrFail(ctx, sessionId);
    const turn = event.turnId ? await ctx.db.getRepository(Turn).findOneBy({ id: event.turnId, workspaceId: session.workspaceId }) : null;
    return { session, turn };
  }

  @Authorized<Permission>('transcripts')
  @FieldResolver(() => [Turn])
  turns(@Root() session: InterviewSession, @Ctx() ctx: RequestContext): Promise<Turn[]> {
    noteTranscriptRead(ctx, session.id);
    return ctx.loaders.turns.load(session.id);
  }

  @Authorized<Permission>('read')
  @FieldResolver(() => SessionQuality, { nullable: true, description: 'Null until the first turn is written' })
  quality(@Root() session: InterviewSession): SessionQuality | null {
    return toQuality(session.quality);
  }

  @Authorized<Permission>('read')
  @FieldResolver(() => InterviewGuide, { nullable: true, description: 'The guide version this interview follows (pinned by its wave)' })
  guide(@Root() session: InterviewSession, @Ctx() ctx: RequestContext): Promise<InterviewGuide | null> | null {
    return session.guideId ? ctx.loaders.guide.load(session.guideId) : null;
  }

  @Authorized<Permission>('read')
  @FieldResolver(() => Respondent)
  async respondent(@Root() session: InterviewSession, @Ctx() ctx: RequestContext): Promise<Respondent> {
    const respondent = await ctx.loaders.respondent.load(session.respondentId);
    if (!respondent) throw notFound('RESPONDENT_NOT_FOUND', 'Respondent', session.respondentId);
    return respondent;
  }
}
