import type { ResolverData } from 'type-graphql';
import { requireWorkspace, type RequestContext } from '../common/context.js';
import { notFound } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import { sessionFeed, sessionFeedStart } from './session-feed.js';

type Topic = 'SESSION_UPDATED' | 'STUDY_SESSION_UPDATED' | 'ESCALATION_RAISED' | 'ALERT_CHANGED';

// Ownership is checked on the tables directly, so events/ sits below the modules that subscribe.
const OWNED = {
  study: { table: 'study', code: 'STUDY_NOT_FOUND', label: 'Study' },
  session: { table: 'interview_session', code: 'SESSION_NOT_FOUND', label: 'Interview session' },
} as const;

/**
 * The `subscribe` of a subscription keyed by a study or a session id: checks the caller may read
 * and that the row is in their workspace (else the same NOT_FOUND as a query), then listens.
 */
export function subscribeOwned(kind: keyof typeof OWNED, argName: string, topic: Topic) {
  const { table, code, label } = OWNED[kind];
  return async ({ args, context }: Pick<ResolverData, 'args' | 'context'>) => {
    const ctx = context as RequestContext;
    const workspaceId = requireWorkspace(ctx, 'read');
    const id = String(args[argName]);
    if (topic === 'SESSION_UPDATED') {
      // One session's subscribers also get what they missed while the LISTEN connection was down.
      const start = isUuid(id) ? await sessionFeedStart(ctx.db, workspaceId, id) : null;
      if (!start) throw notFound(code, label, id);
      return sessionFeed(ctx.events, ctx.db, workspaceId, id, start);
    }
    const rows: unknown[] = isUuid(id)
      ? await ctx.db.query(`SELECT 1 FROM ${table} WHERE id = $1 AND workspace_id = $2`, [id, workspaceId])
      : [];
    if (!rows.length) throw notFound(code, label, id);
    return ctx.events.subscribe(topic, id);
  };
}
