import { randomUUID } from 'node:crypto';
import { interviewWorkflowId, type SessionStatus } from '@ladder/contracts';
import type pg from 'pg';
import { inTransaction } from '../activities/db.js';
import { hashToken, linkToken, newUnsubscribeToken } from '../mail/links.js';
import type { DeliveryContext } from './delivery-store.js';
import type { Outcome } from './delivery-outcomes.js';
import { planSession, type FoundSession } from './session-plan.js';

/** An email whose session exists and whose links are stored (as hashes): it only has to be sent. */
export interface ReadyEmail {
  ctx: DeliveryContext;
  session: { id: string; status: SessionStatus; language: string | null };
  chatToken: string;
  unsubscribeToken: string;
}

/**
 * One transaction per batch: creates the interview sessions invitations need (status invited, the
 * wave's pinned guide, like the API's startInterview; no workflow until the link is opened), points every session's token hash at the
 * link about to be mailed, and stores each row's session id and unsubscribe token hash. The
 * session id is on the row from the commit on, so a retry (or another worker after a crash)
 * mails the same session and never creates a second one.
 */
export async function prepareSessions(
  pool: pg.Pool,
  contexts: DeliveryContext[],
  options: { linkSecret: string; invitationTtlMs: number },
): Promise<{ ready: ReadyEmail[]; failed: Outcome[] }> {
  if (!contexts.length) return { ready: [], failed: [] };
  return inTransaction(pool, async (client) => {
    // Serialises with the API's startInterview, which locks the respondent before looking at sessions.
    const respondents = [...new Set(contexts.map((c) => c.delivery.respondentId))].sort();
    await client.query(`SELECT id FROM respondent WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [respondents]);
    const found = await findSessions(client, contexts);

    const ready: ReadyEmail[] = [];
    const failed: Outcome[] = [];
    const created: { ctx: DeliveryContext; id: string; tokenHash: string }[] = [];
    // Two rows of a batch can be about one respondent (an invitation and its reminder): one new session between them.
    const createdFor = new Map<string, string>();
    for (const ctx of contexts) {
      const d = ctx.delivery;
      const plan = planSession({ kind: d.kind, rowSessionId: d.sessionId, found: found.get(d.id) ?? null, waveStatus: ctx.waveStatus });
      if ('fail' in plan) {
        failed.push({ id: d.id, status: 'failed', attempted: false, error: plan.fail });
        continue;
      }
      let session: ReadyEmail['session'];
      if ('use' in plan) {
        session = { id: plan.use.id, status: plan.use.status, language: plan.use.language };
      } else {
        const id = createdFor.get(d.respondentId) ?? randomUUID();
        if (!createdFor.has(d.respondentId)) {
          createdFor.set(d.respondentId, id);
          created.push({ ctx, id, tokenHash: hashToken(linkToken(options.linkSecret, id)) });
        }
        session = { id, status: 'invited', language: ctx.respondentLanguage ?? 'en' };
      }
      ready.push({ ctx, session, chatToken: linkToken(options.linkSecret, session.id), unsubscribeToken: newUnsubscribeToken() });
    }

    if (created.length) {
      await client.query(
        `INSERT INTO interview_session (id, workspace_id, respondent_id, wave_id, status, moderator, token_hash, workflow_id,
                                        guide_id, language, language_source, expires_at, workflow_started_at)
         SELECT id, workspace_id, respondent_id, wave_id, 'invited', 'offline', token_hash, workflow_id, guide_id,
                coalesce(language, 'en'), CASE WHEN language IS NULL THEN 'default' ELSE 'attribute' END,
                now() + make_interval(secs => $9::double precision / 1000), NULL
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::uuid[], $8::text[])
           AS s(id, workspace_id, respondent_id, wave_id, token_hash, workflow_id, guide_id, language)`,
        [
          created.map((c) => c.id),
          created.map((c) => c.ctx.delivery.workspaceId),
          created.map((c) => c.ctx.delivery.respondentId),
          created.map((c) => c.ctx.delivery.waveId),
          created.map((c) => c.tokenHash),
          created.map((c) => interviewWorkflowId(c.id)),
          created.map((c) => c.ctx.guideId),
          created.map((c) => c.ctx.respondentLanguage),
          options.invitationTtlMs,
        ],
      );
    }
    // Re-issue: the mailed link becomes the session's link (an earlier one, e.g. from startInterview, stops working).
    const createdIds = new Set(created.map((c) => c.id));
    const reused = ready.filter((r) => !createdIds.has(r.session.id));
    if (reused.length) {
      await client.query(
        `UPDATE interview_session s SET token_hash = u.token_hash
         FROM unnest($1::uuid[], $2::text[]) AS u(id, token_hash)
         WHERE s.id = u.id AND s.token_hash <> u.token_hash`,
        [reused.map((r) => r.session.id), reused.map((r) => hashToken(r.chatToken))],
      );
    }
    await client.query(
      `UPDATE email_delivery d SET session_id = u.session_id, unsubscribe_token_hash = u.unsubscribe_hash, updated_at = now()
       FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS u(id, session_id, unsubscribe_hash)
       WHERE d.id = u.id`,
      [ready.map((r) => r.ctx.delivery.id), ready.map((r) => r.session.id), ready.map((r) => hashToken(r.unsubscribeToken))],
    );
    return { ready, failed };
  });
}

/** Per delivery row: its own session when it has one, else the respondent's latest. */
async function findSessions(client: pg.PoolClient, contexts: DeliveryContext[]): Promise<Map<string, FoundSession>> {
  const { rows } = await client.query(
    `SELECT DISTINCT ON (x.delivery_id) x.delivery_id, s.id, s.status, s.token_hash, s.language
     FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[]) AS x(delivery_id, workspace_id, respondent_id, session_id)
     JOIN interview_session s ON s.workspace_id = x.workspace_id AND s.respondent_id = x.respondent_id
     ORDER BY x.delivery_id, coalesce(s.id = x.session_id, false) DESC, s.created_at DESC`,
    [
      contexts.map((c) => c.delivery.id),
      contexts.map((c) => c.delivery.workspaceId),
      contexts.map((c) => c.delivery.respondentId),
      contexts.map((c) => c.delivery.sessionId),
    ],
  );
  return new Map(
    rows.map((r) => [
      r.delivery_id as string,
      { id: r.id, status: r.status, tokenHash: r.token_hash, language: r.language } as FoundSession,
    ]),
  );
}
