import { ApplicationFailure } from '@temporalio/activity';
import type pg from 'pg';
import type { ModeratorAction, ModeratorKind, PhaseKey, TurnView } from '@ladder/contracts';
import { LlmError, toLlmError } from '../llm/llm-error.js';
import type { MistralChat } from '../llm/mistral-chat.js';
import { detectEscalations, readDistress } from '../moderator/escalations.js';
import { guardQuestion } from '../moderator/guard.js';
import { detectLanguage } from '../moderator/language.js';
import { draftQuestionWithMistral, type AnswerReading } from '../moderator/mistral-moderator.js';
import { composeQuestion, openingQuestion } from '../moderator/offline-composer.js';
import { answersDistressCheckIn, decideNext } from '../moderator/policy.js';
import { revealedLevels } from '../moderator/levels.js';
import { analyseAnswer } from '../moderator/signals.js';
import type { DetectedEscalation, GuardFinding, PolicyDecision, TranscriptTurn } from '../moderator/types.js';
import {
  findTurn,
  finishSession,
  loadSession,
  loadTranscript,
  queueReminder,
  saveTurn,
  setModerator,
  type NewTurn,
  type SessionInfo,
} from './turn-store.js';

export interface ActivityDeps {
  pool: pg.Pool;
  /** Mistral, when this worker has an API key; null runs every interview on the offline moderator. */
  llm?: MistralChat | null;
  /** Clock of the moderator policy (tests pin it). */
  now?: () => Date;
}

export interface ModeratorReply {
  turn: TurnView;
  closes: boolean;
}

/** A respondent answer at `seq`, with the phase and ladder level it answers. */
export interface AnswerInput {
  sessionId: string;
  seq: number;
  text: string;
  phase: string;
  ladderLevel: number;
}

/** A moderator turn drafted by the LLM, not yet stored: storeModeratorTurn writes it. */
export interface ModeratorDraft {
  text: string;
  phase: PhaseKey;
  ladderLevel: number;
  action: Exclude<ModeratorAction, 'open'>;
  reusedWords: boolean;
  leadingCaught: number;
  leadingFindings: GuardFinding[];
  escalations: DetectedEscalation[];
  /** The model's reading of the answer before this turn (level, salient phrase), stored with that answer. */
  reading?: AnswerReading;
  model: string;
  promptTokens: number;
  completionTokens: number;
  costUsd: number;
  latencyMs: number;
}

/** Everything the respondent said: words taken from any answer count as theirs for the guard. */
const answersOf = (transcript: TranscriptTurn[]) =>
  transcript
    .filter((t) => t.role === 'respondent')
    .map((t) => t.text)
    .join('\n');

/**
 * Activities of the interview workflow. Each one is safe to run more than once: turns are keyed
 * by (session, seq), escalations by (session, reason), reminders by (session, kind), and status
 * changes only move forward. Drafting with the LLM writes nothing, so a retry only costs a call.
 */
export function createActivities({ pool, llm = null, now = () => new Date() }: ActivityDeps) {
  /**
   * What recordAnswer loaded and wrote, for the steps of the same turn: drafting and storing the
   * moderator turn at `seq` read the same session and the same transcript (every turn before `seq`),
   * so they take them from here instead of reading them again. Only for that seq, taken once by the
   * store; a step that finds nothing (another worker, a restart, a replay) reads the database as before.
   */
  const turnContext = new Map<string, { seq: number; session: SessionInfo; transcript: TranscriptTurn[] }>();
  const TURN_CONTEXT_MAX = 1000;
  const contextFor = (sessionId: string, seq: number) => {
    const found = turnContext.get(sessionId);
    return found?.seq === seq ? found : undefined;
  };

  async function session(sessionId: string): Promise<SessionInfo> {
    const found = await loadSession(pool, sessionId);
    // Not retryable: a session that does not exist will not appear by retrying.
    if (!found) throw ApplicationFailure.nonRetryable(`interview session ${sessionId} does not exist`, 'SESSION_NOT_FOUND');
    return found;
  }

  /** The policy's decision and the offline moderator's wording of it, checked by the guard. */
  function offlineTurn(s: SessionInfo, transcript: TranscriptTurn[]) {
    const decision = decideNext({ guide: s.guide, band: s.band, transcript, now: now(), language: s.language });
    const ctx = { guide: s.guide, band: s.band, language: s.language, transcript };
    const composed = composeQuestion(decision, ctx);
    const guarded = guardQuestion(composed.text, {
      language: s.language,
      lastAnswer: answersOf(transcript),
      topicsToAvoid: s.guide.topicsToAvoid,
      replacement: () => composeQuestion({ ...decision, focus: null }, ctx),
    });
    return { decision, text: guarded.text, reusedWords: guarded.reusedWords, guarded };
  }

  async function begin({ sessionId }: { sessionId: string }): Promise<{ turn: TurnView; moderator: ModeratorKind }> {
    const s = await session(sessionId);
    const moderator: ModeratorKind = llm ? 'mistral' : 'offline';
    await setModerator(pool, sessionId, moderator);
    const opening = openingQuestion(s.guide, s.band, s.language);
    const turn = await saveTurn(
      pool,
      s,
      { seq: 0, role: 'moderator', text: opening.text, phase: 'context', ladderLevel: 0 },
      {
        details: { action: 'open', author: 'offline', reusedWords: false },
        language: { code: s.language, source: s.languageSource },
      },
    );
    return { turn, moderator };
  }

  async function store({
    sessionId,
    seq,
    draft,
    fallbackReason,
  }: {
    sessionId: string;
    seq: number;
    draft: ModeratorDraft | null;
    fallbackReason: string | null;
  }): Promise<ModeratorReply> {
    const cached = contextFor(sessionId, seq);
    turnContext.delete(sessionId);
    if (draft) {
      // saveTurn writes a turn once: a retry gets the stored row back, and whether it closes from it.
      const s = cached?.session ?? (await session(sessionId));
      const turn = await saveTurn(
        pool,
        s,
        { seq, role: 'moderator', text: draft.text, phase: draft.phase, ladderLevel: draft.ladderLevel },
        {
          details: {
            action: draft.action,
            author: 'mistral',
            reusedWords: draft.reusedWords,
            leadingCaught: draft.leadingCaught,
            leadingFindings: draft.leadingFindings,
            model: draft.model,
            promptTokens: draft.promptTokens,
            completionTokens: draft.completionTokens,
            costUsd: draft.costUsd,
            llmLatencyMs: draft.latencyMs,
          },
          escalations: { items: draft.escalations, detectedBy: 'mistral', turnSeq: seq - 1 },
          answerReading: draft.reading ? { ...draft.reading, turnSeq: seq - 1 } : undefined,
        },
      );
      return { turn, closes: turn.action === 'close' };
    }
    const existing = await findTurn(pool, sessionId, seq);
    if (existing) return { turn: existing, closes: existing.action === 'close' };
    const s = cached?.session ?? (await session(sessionId));
    const transcript = cached?.transcript ?? (await loadTranscript(pool, sessionId, seq));
    const next = offlineTurn(s, transcript);
    const turn = await saveTurn(
      pool,
      s,
      {
        seq,
        role: 'moderator',
        text: next.text,
        phase: next.decision.phase,
        ladderLevel: next.decision.ladderLevel,
      },
      {
        details: {
          action: next.decision.action,
          author: fallbackReason ? 'offline_fallback' : 'offline',
          reusedWords: next.reusedWords,
          leadingCaught: next.guarded.caught,
          leadingFindings: next.guarded.findings,
          fallbackReason,
        },
      },
    );
    return { turn, closes: next.decision.action === 'close' };
  }

  async function draftTurn({ sessionId, seq }: { sessionId: string; seq: number }): Promise<ModeratorDraft> {
    if (!llm) throw ApplicationFailure.nonRetryable('this worker has no LLM configured', 'LLM_NOT_CONFIGURED');
    const cached = contextFor(sessionId, seq);
    const s = cached?.session ?? (await session(sessionId));
    const transcript = cached?.transcript ?? (await loadTranscript(pool, sessionId, seq));
    const decision: PolicyDecision = decideNext({ guide: s.guide, band: s.band, transcript, now: now(), language: s.language });
    const ctx = { guide: s.guide, band: s.band, language: s.language, transcript };
    let drafted;
    try {
      drafted = await draftQuestionWithMistral(llm, { ...ctx, decision, names: s.respondentNames });
    } catch (error) {
      const failure = error instanceof LlmError ? error : toLlmError(error);
      throw ApplicationFailure.create({
        message: failure.message,
        type: `LLM_${failure.kind.toUpperCase()}`,
        nonRetryable: !failure.retryable,
        // Honour a short Retry-After; a long one is not worth a respondent's wait (the turn falls back instead).
        nextRetryDelay: failure.retryAfterMs !== undefined ? Math.min(failure.retryAfterMs, 2000) : undefined,
      });
    }
    const guarded = guardQuestion(drafted.question, {
      language: s.language,
      lastAnswer: answersOf(transcript),
      topicsToAvoid: s.guide.topicsToAvoid,
      replacement: () => composeQuestion(decision, ctx),
    });
    return {
      text: guarded.text,
      phase: decision.phase,
      ladderLevel: decision.ladderLevel,
      action: decision.action,
      reusedWords: guarded.reusedWords,
      leadingCaught: guarded.caught,
      leadingFindings: guarded.findings,
      escalations: drafted.escalations,
      reading: drafted.reading,
      model: drafted.usage.model,
      promptTokens: drafted.usage.promptTokens,
      completionTokens: drafted.usage.completionTokens,
      costUsd: drafted.usage.costUsd,
      latencyMs: drafted.usage.latencyMs,
    };
  }

  async function record({ sessionId, seq, text, phase, ladderLevel }: AnswerInput): Promise<TurnView> {
    const s = await session(sessionId);
    const detected = s.languageSource === 'default' ? detectLanguage(text) : null;
    const language = detected ?? s.language;
    const transcript = await loadTranscript(pool, sessionId, seq);
    // Distress without a subject is the respondent's own when it answers the moderator's check-in.
    const answersCheckIn = readDistress(text, language)?.owner === 'ambiguous' && answersDistressCheckIn(transcript, language);
    const earlier = transcript.filter((t) => t.role === 'respondent');
    const level = revealedLevels(
      [...earlier.map((t) => t.text), text],
      language,
      earlier.map((t) => t.revealedLevel),
    ).at(-1)!;
    const saved = await saveTurn(
      pool,
      s,
      { seq, role: 'respondent', text, phase, ladderLevel },
      {
        details: { author: 'respondent', signals: { ...analyseAnswer(text, language), level } },
        escalations: { items: detectEscalations(text, language, { answersCheckIn }), detectedBy: 'offline', turnSeq: seq },
        language: detected ? { code: detected, source: 'detected' } : undefined,
      },
    );
    // The session and transcript as the database now holds them, for this turn's next steps (seq + 1).
    if (turnContext.size >= TURN_CONTEXT_MAX) turnContext.delete(turnContext.keys().next().value!);
    turnContext.set(sessionId, {
      seq: seq + 1,
      session: {
        ...s,
        status: s.status === 'invited' ? 'active' : s.status,
        ...(detected ? { language: detected, languageSource: 'detected' as const } : {}),
      },
      transcript: [
        ...transcript,
        {
          seq: saved.seq,
          role: saved.role,
          text: saved.text,
          phase: saved.phase as PhaseKey,
          ladderLevel: saved.ladderLevel,
          action: saved.action,
          createdAt: new Date(saved.createdAt),
          revealedLevel: level,
        },
      ],
    });
    return saved;
  }

  return {
    /** Decides the moderator (this worker's), writes the opening question (seq 0) from the pinned guide. */
    beginInterview: begin,

    /** Stores a respondent answer with its signals; raises escalations; settles the language on the first answer. */
    recordAnswer: record,

    /**
     * Drafts the moderator turn at `seq` with the LLM: the policy decides what to do, Mistral
     * words it, the guard checks it. Failures carry the LLM error kind as their type
     * (LLM_RATE_LIMITED, LLM_SERVER, LLM_TIMEOUT, LLM_NETWORK, LLM_INVALID_OUTPUT retryable;
     * LLM_AUTH, LLM_BAD_REQUEST, LLM_NOT_CONFIGURED not).
     */
    draftWithLlm: draftTurn,

    /**
     * One local activity for a turn's answer and its offline question (recordAnswer, then
     * storeModeratorTurn): one workflow step, history marker and payload round trip instead of two.
     */
    async answerOffline(input: AnswerInput): Promise<ModeratorReply> {
      await record(input);
      return store({ sessionId: input.sessionId, seq: input.seq + 1, draft: null, fallbackReason: null });
    },

    /**
     * Drafts the moderator turn at `seq` with the LLM and stores it (draftWithLlm, then
     * storeModeratorTurn), in one local activity with draftWithLlm's retries; when it keeps failing
     * the workflow stores the offline moderator's turn as a fallback.
     */
    async draftAndStore({ sessionId, seq }: { sessionId: string; seq: number }): Promise<ModeratorReply> {
      const drafted = await draftTurn({ sessionId, seq });
      return store({ sessionId, seq, draft: drafted, fallbackReason: null });
    },

    /** Stores the moderator turn at `seq`: the LLM's draft, or the offline moderator's (recorded as a fallback when a reason is given). */
    storeModeratorTurn: store,

    async completeSession({ sessionId }: { sessionId: string }): Promise<void> {
      await finishSession(pool, await session(sessionId), 'completed');
    },

    async endSession({ sessionId, status }: { sessionId: string; status: 'abandoned' | 'expired' }): Promise<void> {
      await finishSession(pool, await session(sessionId), status);
    },

    async remindRespondent({ sessionId }: { sessionId: string }): Promise<void> {
      await queueReminder(pool, await session(sessionId));
    },

    // Version 1 of the interview workflow (interview-v1.workflow.ts) calls these three.
    async openInterview({ sessionId }: { sessionId: string }): Promise<TurnView> {
      return (await begin({ sessionId })).turn;
    },
    async recordTurn({ sessionId, turn }: { sessionId: string; turn: NewTurn }): Promise<TurnView> {
      return saveTurn(pool, await session(sessionId), turn);
    },
    async nextModeratorTurn({ sessionId, seq }: { sessionId: string; seq: number }): Promise<ModeratorReply> {
      return store({ sessionId, seq, draft: null, fallbackReason: null });
    },
  };
}

export type Activities = ReturnType<typeof createActivities>;
/** The activities version 1 of the interview workflow calls; kept registered while v1 interviews can be open. */
export type LegacyActivities = Pick<Activities, 'openInterview' | 'recordTurn' | 'nextModeratorTurn' | 'completeSession'>;
