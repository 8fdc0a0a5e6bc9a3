import type { SessionEvent } from '@ladder/workflows/contracts';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { requireWorkspace, type RequestContext } from '../common/context.js';
import { notFound } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import { InterviewSession } from './interview-session.entity.js';
import type { InterviewService } from './interview.service.js';
import { RespondentSessionView, SendRespondentMessageArgs, SessionUpdate, StartInterviewPayload } from './interview.types.js';
import { Turn } from './turn.entity.js';

@Resolver(() => InterviewSession)
export class InterviewResolver {
  constructor(private readonly interviews: InterviewService) {}

  @Query(() => InterviewSession, { nullable: true })
  interviewSession(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<InterviewSession | null> {
    return this.interviews.findSession(ctx, id);
  }

  @Query(() => RespondentSessionView, { description: 'For the respondent chat page: the token is the credential' })
  respondentSession(@Ctx() ctx: RequestContext, @Arg('token', () => String) token: string): Promise<RespondentSessionView> {
    return this.interviews.respondentSession(ctx, token);
  }

  @Mutation(() => StartInterviewPayload)
  startInterview(@Ctx() ctx: RequestContext, @Arg('respondentId', () => ID) respondentId: string): Promise<StartInterviewPayload> {
    return this.interviews.start(ctx, respondentId);
  }

  @Mutation(() => Turn, { description: 'Sends the respondent\'s answer; returns the moderator\'s next turn' })
  sendRespondentMessage(@Ctx() ctx: RequestContext, @Args(() => SendRespondentMessageArgs) args: SendRespondentMessageArgs): Promise<Turn> {
    return this.interviews.send(ctx, args.token, args.text, args.clientMessageId);
  }

  @Subscription(() => SessionUpdate, {
    description: 'Every change of one interview session: new turns and status changes',
    subscribe: async ({ args, context }) => {
      const ctx = context as RequestContext;
      const workspaceId = requireWorkspace(ctx, 'read');
      const sessionId = String(args.sessionId);
      const exists = isUuid(sessionId) && await ctx.db.getRepository(InterviewSession).existsBy({ id: sessionId, workspaceId });
      if (!exists) throw notFound('SESSION_NOT_FOUND', 'Interview session', sessionId);
      return ctx.events.subscribe('SESSION_UPDATED', sessionId);
    },
  })
  async sessionUpdated(@Root() event: SessionEvent, @Ctx() ctx: RequestContext, @Arg('sessionId', () => ID) sessionId: string): Promise<SessionUpdate> {
    const session = await this.interviews.findSessionOrFail(ctx, sessionId);
    const turn = event.turnId ? await ctx.db.getRepository(Turn).findOneBy({ id: event.turnId, workspaceId: session.workspaceId }) : null;
    return { session, turn };
  }

  @FieldResolver(() => [Turn])
  turns(@Root() session: InterviewSession, @Ctx() ctx: RequestContext): Promise<Turn[]> {
    return ctx.loaders.turns.load(session.id);
  }
}
