import type pg from 'pg';
import { inTransaction, notifyEvent } from './db.js';
import {
  enqueueWebhookEvent,
  escalationOwnerNotification,
  queueOwnerNotification,
  type Band,
  type ModeratorAction,
  type ModeratorKind,
  type PhaseKey,
  type SessionStatus,
  type TurnAuthor,
  type TurnRole,
  type TurnView,
} from '@ladder/contracts';
import { defaultGuide, guideContentSchema, type GuideContent } from '@ladder/contracts/guide';
import type { DetectedEscalation, GuardFinding, StoredAnswerSignals, TranscriptTurn } from '../moderator/types.js';
import { namesFromAttributes } from '../llm/redact.js';

export type LanguageSource = 'attribute' | 'detected' | 'default';

export interface SessionInfo {
  id: string;
  workspaceId: string;
  studyId: string;
  waveId: string;
  band: Band;
  /** The language the interview is held in (the respondent's, detected, or the default 'en'). */
  language: string;
  languageSource: LanguageSource;
  status: SessionStatus;
  moderator: ModeratorKind;
  guide: GuideContent;
  /** The pinned guide version's row id, or null when the session predates pinning (defaults then). */
  guideId: string | null;
  /** A guide-editor "try it" interview (preview wave). */
  preview: boolean;
  /** The respondent's names from the import's attributes, redacted before the LLM. */
  respondentNames?: string[];
}

interface TurnRow {
  id: string;
  seq: number;
  role: TurnRole;
  text: string;
  phase: string;
  ladder_level: number;
  created_at: Date;
  action: ModeratorAction | null;
  author: TurnAuthor | null;
  signals: Partial<StoredAnswerSignals> | null;
}

export const toView = (r: TurnRow): TurnView => ({
  id: r.id,
  seq: r.seq,
  role: r.role,
  text: r.text,
  phase: r.phase,
  ladderLevel: r.ladder_level,
  action: r.action ?? null,
  author: r.author ?? null,
  createdAt: r.created_at.toISOString(),
});

/**
 * Parsed guides by guide version id: a version's content never changes once written (editing makes a
 * new version), so each is validated once per worker rather than on every step of every turn. A guide
 * that fails validation is not kept (its sessions use the default guide, as before). Bounded: the
 * oldest entry goes when full.
 */
const parsedGuides = new Map<string, GuideContent>();
const PARSED_GUIDES_MAX = 500;

export function parseGuideVersion(guideId: string | null, content: unknown): GuideContent | null {
  const cached = guideId ? parsedGuides.get(guideId) : undefined;
  if (cached) return cached;
  const parsed = guideContentSchema.safeParse(content);
  if (!parsed.success) return null;
  if (guideId) {
    if (parsedGuides.size >= PARSED_GUIDES_MAX) parsedGuides.delete(parsedGuides.keys().next().value!);
    parsedGuides.set(guideId, parsed.data);
  }
  return parsed.data;
}

/**
 * The session with what the moderator needs: band, language and the pinned guide version. A
 * session without a pinned version (started before pinning) uses the study's latest guide of its
 * band, and a study without guides the seeded default.
 */
export async function loadSession(db: pg.Pool | pg.PoolClient, sessionId: string): Promise<SessionInfo | null> {
  const { rows } = await db.query(
    `SELECT s.id, s.workspace_id, s.wave_id, w.study_id, w.preview, s.status, s.moderator, s.language, s.language_source,
            r.band, r.language AS respondent_language, r.attributes, g.id AS guide_id, g.content AS guide
     FROM interview_session s
     JOIN respondent r ON r.id = s.respondent_id
     JOIN wave w ON w.id = s.wave_id
     LEFT JOIN LATERAL (
       SELECT id, content FROM interview_guide
       WHERE id = s.guide_id OR (s.guide_id IS NULL AND workspace_id = s.workspace_id AND study_id = w.study_id AND band = r.band)
       ORDER BY (id = s.guide_id) DESC, version DESC LIMIT 1
     ) g ON true
     WHERE s.id = $1`,
    [sessionId],
  );
  const row = rows[0];
  if (!row) return null;
  const parsedGuide = row.guide ? parseGuideVersion(row.guide_id, row.guide) : null;
  const language = row.language ?? row.respondent_language ?? 'en';
  const languageSource: LanguageSource = row.language_source ?? (row.respondent_language ? 'attribute' : 'default');
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    studyId: row.study_id,
    waveId: row.wave_id,
    band: row.band,
    language,
    languageSource,
    status: row.status,
    moderator: row.moderator,
    guide: parsedGuide ?? defaultGuide(row.band),
    guideId: parsedGuide ? row.guide_id : null,
    preview: row.preview === true,
    respondentNames: namesFromAttributes(row.attributes),
  };
}

/** The level a stored answer revealed: the model's reading when it gave one, else the offline classifier's; null when neither. */
export const revealedLevelOf = (signals: Partial<StoredAnswerSignals> | null): number | null =>
  signals?.modelLevel ?? signals?.level ?? null;

export async function loadTranscript(db: pg.Pool, sessionId: string, beforeSeq: number): Promise<TranscriptTurn[]> {
  const { rows } = await db.query<TurnRow>(`SELECT * FROM turn WHERE session_id = $1 AND seq < $2 ORDER BY seq`, [sessionId, beforeSeq]);
  return rows.map((r) => ({
    seq: r.seq,
    role: r.role,
    text: r.text,
    phase: r.phase as PhaseKey,
    ladderLevel: r.ladder_level,
    action: r.action,
    createdAt: r.created_at,
    revealedLevel: revealedLevelOf(r.signals),
  }));
}

export async function findTurn(db: pg.Pool, sessionId: string, seq: number): Promise<TurnView | null> {
  const { rows } = await db.query<TurnRow>(`SELECT * FROM turn WHERE session_id = $1 AND seq = $2`, [sessionId, seq]);
  return rows[0] ? toView(rows[0]) : null;
}

export interface NewTurn {
  seq: number;
  role: TurnRole;
  text: string;
  phase: string;
  ladderLevel: number;
}

/** What the moderator records about a turn besides its text. */
export interface TurnDetails {
  action?: ModeratorAction | null;
  author?: TurnAuthor | null;
  reusedWords?: boolean | null;
  leadingCaught?: number;
  leadingFindings?: GuardFinding[] | null;
  signals?: StoredAnswerSignals | null;
  model?: string | null;
  promptTokens?: number | null;
  completionTokens?: number | null;
  costUsd?: number | null;
  llmLatencyMs?: number | null;
  fallbackReason?: string | null;
}

export interface SaveTurnOptions {
  details?: TurnDetails;
  /** Escalations raised by this turn's text (respondent turns) or found by the LLM in the answer before it. */
  escalations?: { items: DetectedEscalation[]; detectedBy: 'offline' | 'mistral'; turnSeq: number };
  /** The model's reading of the respondent answer at `turnSeq` (level reached, salient phrase), merged into its signals. */
  answerReading?: { level: number | null; phrase: string | null; turnSeq: number };
  /** The interview's language, when this turn settled it (detected from the first answer). */
  language?: { code: string; source: LanguageSource };
}

/**
 * Writes a turn exactly once: (session_id, seq) is unique, so a retried activity finds the row
 * already there and returns it unchanged. The event is sent only when this attempt inserted the
 * turn or moved the session's status, inside its transaction, so subscribers see it exactly when
 * the change is committed.
 */
export async function saveTurn(pool: pg.Pool, session: SessionInfo, turn: NewTurn, options: SaveTurnOptions = {}): Promise<TurnView> {
  const d = options.details ?? {};
  return inTransaction(pool, async (client) => {
    const inserted = await client.query<TurnRow>(
      `INSERT INTO turn (workspace_id, session_id, seq, role, text, phase, ladder_level, action, author, reused_words, leading_caught,
         leading_findings, signals, model, prompt_tokens, completion_tokens, cost_usd, llm_latency_ms, fallback_reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
       ON CONFLICT (session_id, seq) DO NOTHING RETURNING *`,
      [
        session.workspaceId,
        session.id,
        turn.seq,
        turn.role,
        turn.text,
        turn.phase,
        turn.ladderLevel,
        d.action ?? null,
        d.author ?? (turn.role === 'respondent' ? 'respondent' : null),
        d.reusedWords ?? null,
        d.leadingCaught ?? 0,
        d.leadingFindings ? JSON.stringify(d.leadingFindings) : null,
        d.signals ? JSON.stringify(d.signals) : null,
        d.model ?? null,
        d.promptTokens ?? null,
        d.completionTokens ?? null,
        d.costUsd ?? null,
        d.llmLatencyMs ?? null,
        d.fallbackReason ?? null,
      ],
    );
    if (inserted.rows[0]) {
      if (options.language) {
        await client.query(`UPDATE interview_session SET language = $2, language_source = $3 WHERE id = $1`, [
          session.id,
          options.language.code,
          options.language.source,
        ]);
      }
      if (options.escalations?.items.length) await insertEscalations(client, session, options.escalations);
      const reading = options.answerReading;
      if (reading && (reading.level !== null || reading.phrase !== null)) {
        await client.query(
          `UPDATE turn
           SET signals = coalesce(signals, '{}'::jsonb)
             || jsonb_strip_nulls(jsonb_build_object('modelLevel', $3::int, 'modelPhrase', $4::text))
           WHERE session_id = $1 AND seq = $2 AND role = 'respondent'`,
          [session.id, reading.turnSeq, reading.level, reading.phrase],
        );
      }
      await client.query(`UPDATE interview_session SET last_activity_at = now(), quality = ${QUALITY_SQL} WHERE id = $1`, [session.id]);
    }
    let status = session.status;
    if (turn.role === 'respondent') {
      const activated = await client.query(
        `UPDATE interview_session SET status = 'active', started_at = coalesce(started_at, now()), updated_at = now()
         WHERE id = $1 AND status = 'invited' RETURNING status`,
        [session.id],
      );
      if (activated.rowCount) status = 'active';
    }
    const row =
      inserted.rows[0] ??
      (await client.query<TurnRow>(`SELECT * FROM turn WHERE session_id = $1 AND seq = $2`, [session.id, turn.seq])).rows[0];
    if (inserted.rows[0] || status !== session.status) {
      await notifyEvent(client, {
        type: 'session.updated',
        workspaceId: session.workspaceId,
        studyId: session.studyId,
        preview: session.preview,
        sessionId: session.id,
        turnId: row.id,
        seq: row.seq,
        status,
      });
    }
    return toView(row);
  });
}

/** Moves an open session to a final status; a no-op (and no event) when it is already final. */
export async function finishSession(
  pool: pg.Pool,
  session: Pick<SessionInfo, 'id' | 'workspaceId' | 'studyId' | 'preview'>,
  status: Extract<SessionStatus, 'completed' | 'abandoned' | 'expired'>,
): Promise<boolean> {
  return inTransaction(pool, async (client) => {
    const changed = await client.query(
      `UPDATE interview_session SET status = $2, completed_at = CASE WHEN $2 = 'completed' THEN now() END, updated_at = now()
       WHERE id = $1 AND status IN ('invited', 'active') RETURNING id, wave_id, respondent_id, completed_at`,
      [session.id, status],
    );
    if (!changed.rowCount) return false;
    // Webhooks out: in this transaction, so the event exists exactly when the interview is completed.
    if (status === 'completed' && !session.preview) {
      const row = changed.rows[0];
      await enqueueWebhookEvent(client, session.workspaceId, 'interview.completed', {
        sessionId: session.id,
        respondentId: row.respondent_id,
        waveId: row.wave_id,
        studyId: session.studyId,
        completedAt: row.completed_at,
      });
    }
    await notifyEvent(client, {
      type: 'session.updated',
      workspaceId: session.workspaceId,
      studyId: session.studyId,
      preview: session.preview,
      sessionId: session.id,
      turnId: null,
      seq: null,
      status,
    });
    return true;
  });
}

/**
 * Per-session quality, recomputed from the turns whenever one is written: the ladder depth the
 * respondent revealed (the deepest level of their answers; sessions whose answers were stored before
 * levels were keep the deepest level asked), the deepest level the moderator asked at (probeDepth),
 * phases covered, leading questions caught by the guard, probes reusing the respondent's words,
 * turns, duration, tokens and cost, and how many turns fell back to the offline moderator.
 */
const QUALITY_SQL = `(
  SELECT jsonb_build_object(
    'ladderDepth', coalesce(
      max(coalesce((signals->>'modelLevel')::int, (signals->>'level')::int)) FILTER (WHERE role = 'respondent'),
      max(ladder_level),
      0),
    'probeDepth', coalesce(max(ladder_level) FILTER (WHERE role = 'moderator'), 0),
    'phasesCovered', coalesce(jsonb_agg(DISTINCT phase) FILTER (WHERE role = 'moderator'), '[]'::jsonb),
    'leadingQuestionsCaught', coalesce(sum(leading_caught), 0),
    'probes', count(*) FILTER (WHERE action IN ('probe', 'clarify')),
    'probesReusingWords', count(*) FILTER (WHERE action IN ('probe', 'clarify') AND reused_words),
    'moderatorTurns', count(*) FILTER (WHERE role = 'moderator'),
    'respondentTurns', count(*) FILTER (WHERE role = 'respondent'),
    'fallbackTurns', count(*) FILTER (WHERE author = 'offline_fallback'),
    'durationSeconds', coalesce(extract(epoch FROM max(created_at) - min(created_at)), 0),
    'promptTokens', coalesce(sum(prompt_tokens), 0),
    'completionTokens', coalesce(sum(completion_tokens), 0),
    'costUsd', coalesce(sum(cost_usd), 0)
  ) FROM turn WHERE session_id = $1)`;

/** One escalation per session and reason (the first quote wins); an event for each one created. */
async function insertEscalations(
  client: pg.PoolClient,
  session: SessionInfo,
  found: NonNullable<SaveTurnOptions['escalations']>,
): Promise<void> {
  for (const item of found.items) {
    const { rows } = await client.query<{ id: string; owner_email: string | null; status: string; created_at: Date }>(
      `INSERT INTO escalation (workspace_id, study_id, wave_id, session_id, turn_id, reason, quote, detected_by, owner_email)
       SELECT $1, $2, $3, $4, t.id, $6, $7, $8, CASE WHEN $9 THEN NULL ELSE (SELECT escalation_owner_email FROM study WHERE id = $2) END
       FROM turn t WHERE t.session_id = $4 AND t.seq = $5
       ON CONFLICT (workspace_id, session_id, reason) DO NOTHING RETURNING id, owner_email, status, created_at`,
      [
        session.workspaceId,
        session.studyId,
        session.waveId,
        session.id,
        found.turnSeq,
        item.reason,
        item.quote,
        found.detectedBy,
        session.preview,
      ],
    );
    const raised = rows[0];
    if (raised?.owner_email) {
      // The study's default owner (none for a guide preview) hears of it at once or in their digest, in this transaction.
      await queueOwnerNotification(
        client,
        escalationOwnerNotification('escalation.raised', {
          id: raised.id,
          workspaceId: session.workspaceId,
          studyId: session.studyId,
          sessionId: session.id,
          reason: item.reason,
          status: raised.status,
          createdAt: raised.created_at,
          ownerEmail: raised.owner_email,
        }),
      );
    }
    if (rows[0] && !session.preview) {
      // What someone must act on: the reason and the respondent's words that raised it.
      await enqueueWebhookEvent(client, session.workspaceId, 'escalation.raised', {
        escalationId: rows[0].id,
        sessionId: session.id,
        waveId: session.waveId,
        studyId: session.studyId,
        reason: item.reason,
        quote: item.quote,
        status: 'open',
      });
    }
    if (rows[0]) {
      await notifyEvent(client, {
        type: 'escalation.raised',
        workspaceId: session.workspaceId,
        studyId: session.studyId,
        preview: session.preview,
        sessionId: session.id,
        escalationId: rows[0].id,
      });
    }
  }
}

/**
 * Queues the session's one idle reminder (`session_notification`) and, when the respondent has an
 * email address, its email (`email_delivery`, sent by the fielding dispatcher); false when already queued.
 */
export async function queueReminder(pool: pg.Pool, session: SessionInfo): Promise<boolean> {
  return inTransaction(pool, async (client) => {
    const { rowCount } = await client.query(
      `INSERT INTO session_notification (workspace_id, session_id, kind) VALUES ($1, $2, 'idle_reminder')
       ON CONFLICT (workspace_id, session_id, kind) DO NOTHING`,
      [session.workspaceId, session.id],
    );
    if (!rowCount) return false;
    await client.query(`UPDATE interview_session SET reminded_at = now(), updated_at = now() WHERE id = $1`, [session.id]);
    // The email the fielding dispatcher sends (with the invitation's link); none when the respondent left no address.
    await client.query(
      `INSERT INTO email_delivery (workspace_id, wave_id, respondent_id, session_id, kind, trigger, email)
       SELECT s.workspace_id, s.wave_id, s.respondent_id, s.id, 'reminder', 'workflow', trim(c.email)
       FROM interview_session s JOIN respondent_contact c ON c.respondent_id = s.respondent_id
       WHERE s.id = $1 AND nullif(trim(c.email), '') IS NOT NULL
       ON CONFLICT (workspace_id, respondent_id, kind) DO NOTHING`,
      [session.id],
    );
    await notifyEvent(client, {
      type: 'session.updated',
      workspaceId: session.workspaceId,
      studyId: session.studyId,
      preview: session.preview,
      sessionId: session.id,
      turnId: null,
      seq: null,
      status: session.status,
    });
    return true;
  });
}

/** Records which moderator drives the session (decided by the worker that opens it). */
export async function setModerator(pool: pg.Pool, sessionId: string, moderator: ModeratorKind): Promise<void> {
  await pool.query(`UPDATE interview_session SET moderator = $2 WHERE id = $1 AND moderator <> $2`, [sessionId, moderator]);
}
