import type { ResolverData } from 'type-graphql';
import type { EventPubSub } from './session-events.js';
import { InterviewSession } from '../interview/interview-session.entity.js';
import { Study } from '../study/study.entity.js';
import { requireWorkspace, type RequestContext } from '../common/context.js';
import { notFound } from '../common/errors.js';
import { isUuid } from '../common/ids.js';

type Topic = 'SESSION_UPDATED' | 'STUDY_SESSION_UPDATED' | 'ESCALATION_RAISED';

/**
 * The `subscribe` of a subscription keyed by a study or a session id: checks the caller may read
 * and that the row is in their workspace (else the same NOT_FOUND as a query), then listens.
 */
export function subscribeOwned(kind: 'study' | 'session', argName: string, topic: Topic) {
  return async ({ args, context }: Pick<ResolverData, 'args' | 'context'>) => {
    const ctx = context as RequestContext;
    const workspaceId = requireWorkspace(ctx, 'read');
    const id = String(args[argName]);
    const exists = isUuid(id) && await (kind === 'study'
      ? ctx.db.getRepository(Study).existsBy({ id, workspaceId })
      : ctx.db.getRepository(InterviewSession).existsBy({ id, workspaceId }));
    if (!exists) throw kind === 'study' ? notFound('STUDY_NOT_FOUND', 'Study', id) : notFound('SESSION_NOT_FOUND', 'Interview session', id);
    return (ctx.events as EventPubSub).subscribe(topic, id);
  };
}
