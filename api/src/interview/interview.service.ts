import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { WorkflowNotFoundError, WorkflowUpdateFailedError, type WorkflowClient } from '@temporalio/client';
import {
  INTERVIEW_WORKFLOW, MAX_MESSAGE_LENGTH, TASK_QUEUE, interviewWorkflowId, respondUpdate, type InterviewWorkflowInput, type TurnView,
} from '@ladder/workflows/contracts';
import { requireWorkspace, type RequestContext } from '../common/context.js';
import { ModeratorKind, SessionStatus, type TurnRole } from '../common/enums.js';
import { LadderError, notFound } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import { Respondent } from '../respondent/respondent.entity.js';
import { InterviewSession } from './interview-session.entity.js';
import type { RespondentSessionView, StartInterviewPayload } from './interview.types.js';
import { Turn } from './turn.entity.js';

const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');
const OPEN: SessionStatus[] = [SessionStatus.INVITED, SessionStatus.ACTIVE];

export function toTurn(view: TurnView): Turn {
  return Object.assign(new Turn(), { ...view, role: view.role as TurnRole, createdAt: new Date(view.createdAt) });
}

export class InterviewService {
  constructor(private readonly workflows: WorkflowClient, private readonly publicUrl: string) {}

  /**
   * Starts the interview of a respondent: one session, one workflow. While a session is open,
   * starting again re-issues its link (a new token; the old link stops working) instead of
   * starting a second interview.
   */
  async start(ctx: RequestContext, respondentId: string): Promise<StartInterviewPayload> {
    const workspaceId = requireWorkspace(ctx, 'ingest');
    const token = randomBytes(24).toString('base64url');
    const { session, isNew, respondent } = await ctx.db.transaction(async (em) => {
      const respondent = isUuid(respondentId)
        ? await em.getRepository(Respondent).findOne({ where: { id: respondentId, workspaceId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!respondent) throw notFound('RESPONDENT_NOT_FOUND', 'Respondent', respondentId);
      const sessions = em.getRepository(InterviewSession);
      const latest = await sessions.findOne({ where: { workspaceId, respondentId }, order: { createdAt: 'DESC' } });
      if (latest?.status === SessionStatus.COMPLETED) {
        throw new LadderError('INTERVIEW_ALREADY_COMPLETED', 'This respondent has already completed their interview', { sessionId: latest.id });
      }
      if (latest && OPEN.includes(latest.status)) {
        await sessions.update({ id: latest.id }, { tokenHash: hashToken(token) });
        return { session: { ...latest, tokenHash: hashToken(token) }, isNew: false, respondent };
      }
      const id = randomUUID();
      const session = await sessions.save(sessions.create({
        id, workspaceId, respondentId, waveId: respondent.waveId, status: SessionStatus.INVITED,
        moderator: ModeratorKind.OFFLINE, tokenHash: hashToken(token), workflowId: interviewWorkflowId(id),
      }));
      return { session, isNew: true, respondent };
    });
    if (isNew) await this.startWorkflow(ctx, session, respondent);
    const chatPath = `/i/${token}`;
    return { session: Object.assign(new InterviewSession(), session), respondentToken: token, chatPath, chatUrl: `${this.publicUrl}${chatPath}` };
  }

  /** The session row is committed before the workflow starts, so its first activity finds it. */
  private async startWorkflow(ctx: RequestContext, session: InterviewSession, respondent: Respondent): Promise<void> {
    const input: InterviewWorkflowInput = {
      sessionId: session.id, workspaceId: session.workspaceId, band: respondent.band, language: respondent.language,
    };
    try {
      await this.workflows.start(INTERVIEW_WORKFLOW, { taskQueue: TASK_QUEUE, workflowId: session.workflowId, args: [input] });
    } catch (error) {
      await ctx.db.getRepository(InterviewSession).delete({ id: session.id });
      throw new LadderError('INTERVIEW_UNAVAILABLE', 'The interview service is unavailable; try again shortly', undefined, error);
    }
  }

  async findSession(ctx: RequestContext, id: string): Promise<InterviewSession | null> {
    const workspaceId = requireWorkspace(ctx, 'read');
    return isUuid(id) ? ctx.db.getRepository(InterviewSession).findOneBy({ id, workspaceId }) : null;
  }

  async findSessionOrFail(ctx: RequestContext, id: string): Promise<InterviewSession> {
    const session = await this.findSession(ctx, id);
    if (!session) throw notFound('SESSION_NOT_FOUND', 'Interview session', id);
    return session;
  }

  /** Token holders reach their own session and nothing else; no API key is involved. */
  private async byToken(ctx: RequestContext, token: string): Promise<InterviewSession> {
    const session = await ctx.db.getRepository(InterviewSession).findOneBy({ tokenHash: hashToken(token) });
    if (!session) throw new LadderError('SESSION_NOT_FOUND', 'This interview link is not valid. It may have been replaced by a newer one.');
    return session;
  }

  async respondentSession(ctx: RequestContext, token: string): Promise<RespondentSessionView> {
    const session = await this.byToken(ctx, token);
    const [respondent, turns] = await Promise.all([
      ctx.db.getRepository(Respondent).findOneByOrFail({ id: session.respondentId, workspaceId: session.workspaceId }),
      ctx.db.getRepository(Turn).find({ where: { workspaceId: session.workspaceId, sessionId: session.id }, order: { seq: 'ASC' } }),
    ]);
    return { sessionId: session.id, status: session.status, language: respondent.language, moderator: session.moderator, turns };
  }

  /** Hands the message to the interview workflow (a Temporal Update) and returns the moderator's reply. */
  async send(ctx: RequestContext, token: string, text: string, clientMessageId?: string): Promise<Turn> {
    const session = await this.byToken(ctx, token);
    const trimmed = text.trim();
    if (!trimmed || trimmed.length > MAX_MESSAGE_LENGTH) {
      throw new LadderError('MESSAGE_REJECTED', trimmed ? `A message can hold at most ${MAX_MESSAGE_LENGTH} characters` : 'The message is empty');
    }
    if (!OPEN.includes(session.status)) throw this.closed(session);
    const handle = this.workflows.getHandle(session.workflowId);
    try {
      const result = await handle.executeUpdate(respondUpdate, { args: [{ text: trimmed }], updateId: clientMessageId ?? randomUUID() });
      return toTurn(result.turn);
    } catch (error) {
      const fresh = await ctx.db.getRepository(InterviewSession).findOneByOrFail({ id: session.id });
      if (!OPEN.includes(fresh.status)) throw this.closed(fresh);
      if (error instanceof WorkflowUpdateFailedError) {
        throw new LadderError('MESSAGE_REJECTED', 'The interview could not accept this message', undefined, error);
      }
      if (error instanceof WorkflowNotFoundError) throw this.closed(fresh);
      throw new LadderError('INTERVIEW_UNAVAILABLE', 'The interview service is unavailable; please try again', undefined, error);
    }
  }

  private closed(session: InterviewSession): LadderError {
    return new LadderError('SESSION_CLOSED', `This interview is ${session.status} and takes no more messages`, { status: session.status });
  }
}
