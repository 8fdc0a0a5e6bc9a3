import type { EscalationRaisedEvent } from '@ladder/contracts';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { refreshLoaders, type Permission, type RequestContext } from '../common/context.js';
import { subscribeOwned } from '../events/subscribe-owned.js';
import { notFound } from '../common/errors.js';
import { InterviewSession } from '../interview/interview-session.entity.js';
import { Study } from '../study/study.entity.js';
import { Escalation } from './escalation.entity.js';
import type { EscalationService } from './escalation.service.js';
import { EscalationsArgs, UpdateEscalationInput } from './escalation.types.js';

@Resolver(() => Escalation)
export class EscalationResolver {
  constructor(private readonly service: EscalationService) {}

  @Query(() => [Escalation], { description: 'The escalation queue of a study: open and in-progress first, newest first' })
  escalations(@Ctx() ctx: RequestContext, @Args(() => EscalationsArgs) args: EscalationsArgs): Promise<Escalation[]> {
    return this.service.list(ctx, args);
  }

  @Mutation(() => Escalation, { description: 'Assigns an owner and/or moves the status' })
  updateEscalation(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateEscalationInput) input: UpdateEscalationInput,
  ): Promise<Escalation> {
    return this.service.update(ctx, input);
  }

  @Mutation(() => Study, {
    description: "Sets the study's default escalation owner, who gets and is emailed every escalation raised from now on; '' clears it",
  })
  setStudyEscalationOwner(
    @Ctx() ctx: RequestContext,
    @Arg('studyId', () => ID) studyId: string,
    @Arg('ownerEmail', () => String) ownerEmail: string,
  ): Promise<Study> {
    return this.service.setStudyOwner(ctx, studyId, ownerEmail);
  }

  @Subscription(() => Escalation, {
    description: 'Each escalation raised in the study, as the interview happens',
    subscribe: subscribeOwned('study', 'studyId', 'ESCALATION_RAISED'),
  })
  async escalationRaised(
    @Root() event: EscalationRaisedEvent,
    @Ctx() ctx: RequestContext,
    @Arg('studyId', () => ID) _studyId: string,
  ): Promise<Escalation> {
    refreshLoaders(ctx);
    const escalation = await this.service.find(ctx, event.escalationId);
    if (!escalation) throw notFound('ESCALATION_NOT_FOUND', 'Escalation', event.escalationId);
    return escalation;
  }

  @Authorized<Permission>('read')
  @FieldResolver(() => InterviewSession)
  async session(@Root() e: Escalation, @Ctx() ctx: RequestContext): Promise<InterviewSession> {
    const session = await ctx.loaders.session.load(e.sessionId);
    if (!session) throw notFound('SESSION_NOT_FOUND', 'Interview session', e.sessionId);
    return session;
  }
}

@Resolver(() => InterviewSession)
export class SessionEscalationsResolver {
  @Authorized<Permission>('transcripts')
  @FieldResolver(() => [Escalation])
  escalations(@Root() session: InterviewSession, @Ctx() ctx: RequestContext): Promise<Escalation[]> {
    return ctx.loaders.escalationsBySession.load(session.id);
  }
}
