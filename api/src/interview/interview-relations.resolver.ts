import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Permission, RequestContext } from '../common/context.js';
import { Respondent } from '../respondent/respondent.entity.js';
import { Study } from '../study/study.entity.js';
import { InterviewSession } from './interview-session.entity.js';
import { SessionCounts } from './interview.types.js';

/** A study's interviews, counted by status. */
@Resolver(() => Study)
export class StudySessionsResolver {
  @FieldResolver(() => SessionCounts, { description: "Interviews by status, for the live monitor's counters" })
  async sessionCounts(@Root() study: Study, @Ctx() ctx: RequestContext): Promise<SessionCounts> {
    const c = await ctx.loaders.sessionCounts.load(study.id);
    const n = (status: string) => c[status] ?? 0;
    return {
      invited: n('invited'),
      active: n('active'),
      completed: n('completed'),
      abandoned: n('abandoned'),
      expired: n('expired'),
      total: Object.values(c).reduce((a, b) => a + b, 0),
    };
  }
}

/** A respondent's most recent interview. */
@Resolver(() => Respondent)
export class RespondentSessionResolver {
  @Authorized<Permission>('read')
  @FieldResolver(() => InterviewSession, { nullable: true })
  latestSession(@Root() r: Respondent, @Ctx() ctx: RequestContext): Promise<InterviewSession | null> {
    return ctx.loaders.latestSession.load(r.id);
  }
}
