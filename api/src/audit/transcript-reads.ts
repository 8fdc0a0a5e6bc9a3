import type { RequestContext } from '../common/context.js';
import { auditActor, recordAudit, reportAuditFailure } from './audit.service.js';
import { AuditAction } from '../common/enums.js';

/** Sessions whose turns a request read, waiting for the next flush. */
const pending = new WeakMap<RequestContext, Set<string>>();
/** Sessions already logged for a context: a subscription keeps its context, and logs each session once, not per event. */
const logged = new WeakMap<RequestContext, Set<string>>();

/**
 * Records that the caller read a session's transcript (its turns). A list of sessions is one
 * event, not one per session: reads of one request are gathered and written once the resolvers
 * of this tick have run. Works the same over HTTP, WebSocket and SSE, which share no plugin; a
 * live subscription logs a session when it first delivers its turns, not on every update.
 */
export function noteTranscriptRead(ctx: RequestContext, sessionId: string): void {
  const p = ctx.principal;
  if (p.kind === 'anonymous') return;
  const seen = logged.get(ctx) ?? new Set<string>();
  logged.set(ctx, seen);
  if (seen.has(sessionId)) return;
  seen.add(sessionId);
  const batch = pending.get(ctx);
  if (batch) {
    batch.add(sessionId);
    return;
  }
  pending.set(ctx, new Set([sessionId]));
  setImmediate(() => {
    const sessionIds = [...(pending.get(ctx) ?? [])];
    pending.delete(ctx);
    const entries = [
      {
        workspaceId: p.workspaceId,
        ...auditActor(p),
        action: AuditAction.TRANSCRIPT_READ,
        name: 'InterviewSession.turns',
        target: { sessionIds },
        errorCode: null,
      },
    ];
    recordAudit(ctx.db, entries).catch((error: unknown) => reportAuditFailure(error, entries));
  });
}
