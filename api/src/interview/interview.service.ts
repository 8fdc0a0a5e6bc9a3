import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { WorkflowNotFoundError, WorkflowUpdateFailedError, type WorkflowClient } from '@temporalio/client';
import {
  DEFAULT_TIMING,
  MAX_MESSAGE_LENGTH,
  interviewWorkflowId,
  respondUpdate,
  type InterviewTiming,
  type TurnView,
} from '@ladder/contracts';
import type { EntityManager } from 'typeorm';
import { requireWorkspace, type RequestContext } from '../common/context.js';
import { Band, LanguageSource, ModeratorKind, SessionStatus, type TurnRole } from '../common/enums.js';
import { LadderError, notFound } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import type { StartGuidePreviewInput } from '../guide/guide.types.js';
import { InterviewGuide } from '../guide/interview-guide.entity.js';
import { Respondent } from '../respondent/respondent.entity.js';
import type { StudyService } from '../study/study.service.js';
import { requireFielding } from '../wave/require-fielding.js';
import { Wave } from '../wave/wave.entity.js';
import { InterviewSession } from './interview-session.entity.js';
import { ensureInterviewWorkflow, startInterviewWorkflow } from './interview-workflow.js';
import { openInvitation } from './open-invitation.js';
import { checkLink, revokeLink } from './respondent-link.js';
import type { InterviewSessionsArgs, RespondentSessionView, StartInterviewPayload } from './interview.types.js';
import { Turn } from './turn.entity.js';
import { enqueueInterviewStarted } from '../webhook-out/webhook-events.js';

const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');
const OPEN: SessionStatus[] = [SessionStatus.INVITED, SessionStatus.ACTIVE];

export function toTurn(view: TurnView): Turn {
  return Object.assign(new Turn(), { ...view, role: view.role as TurnRole, createdAt: new Date(view.createdAt) });
}

const PREVIEW_WAVE = '__preview__';
const PREVIEW_SCORE: Record<Band, number> = { [Band.DETRACTOR]: 3, [Band.PASSIVE]: 7, [Band.PROMOTER]: 9 };

export class InterviewService {
  constructor(
    private readonly workflows: WorkflowClient,
    private readonly publicUrl: string,
    private readonly studies: StudyService,
    private readonly timing: InterviewTiming = DEFAULT_TIMING,
    /** Days a finished interview stays readable through its link (LADDER_TRANSCRIPT_LINK_DAYS). */
    private readonly linkDays = 30,
  ) {}

  /**
   * Starts the interview of a respondent: one session, one workflow. While a session is open,
   * starting again re-issues its link (a new token; the old link stops working) instead of
   * starting a second interview, once the workflow behind it is known to run (started again if
   * Temporal lost it; see ensureInterviewWorkflow). Temporal unreachable: INTERVIEW_UNAVAILABLE
   * and the old link stays.
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
        throw new LadderError('INTERVIEW_ALREADY_COMPLETED', 'This respondent has already completed their interview', {
          sessionId: latest.id,
        });
      }
      if (latest && OPEN.includes(latest.status)) {
        if (latest.linkRevokedAt) {
          throw new LadderError('LINK_REVOKED', "This interview's link was revoked; it is not issued again", { sessionId: latest.id });
        }
        // Checked under the respondent's lock, before the new token commits.
        if (latest.workflowStartedAt) await ensureInterviewWorkflow(this.workflows, latest, respondent, this.timing);
        await sessions.update({ id: latest.id }, { tokenHash: hashToken(token) });
        return { session: { ...latest, tokenHash: hashToken(token) }, isNew: false, respondent };
      }
      const wave = await em.getRepository(Wave).findOneByOrFail({ id: respondent.waveId, workspaceId });
      requireFielding(wave);
      const [pinned] = await em.query(`SELECT guide_id FROM wave_guide WHERE wave_id = $1 AND band = $2`, [wave.id, respondent.band]);
      const session = await this.createSession(em, respondent, pinned?.guide_id ?? null, token);
      await enqueueInterviewStarted(em, session.id, 'api');
      return { session, isNew: true, respondent };
    });
    if (isNew) await this.startWorkflow(ctx, session, respondent);
    return this.payload(session, token);
  }

  /**
   * The guide editor's "try it": a real interview (same workflow, same moderator) with a preview
   * respondent of the band, in the study's preview wave, which is never listed or counted.
   */
  async startPreview(ctx: RequestContext, input: StartGuidePreviewInput): Promise<StartInterviewPayload> {
    const workspaceId = requireWorkspace(ctx, 'write');
    await this.studies.findOrFail(ctx, input.studyId);
    if (input.language != null && !/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/.test(input.language)) {
      throw new LadderError('BAD_USER_INPUT', `"${input.language}" is not a language code such as en, fr or pt-br`, { field: 'language' });
    }
    const token = randomBytes(24).toString('base64url');
    const { session, respondent } = await ctx.db.transaction(async (em) => {
      const guides = em.getRepository(InterviewGuide);
      const guide = input.guideId
        ? isUuid(input.guideId)
          ? await guides.findOneBy({ id: input.guideId, workspaceId, studyId: input.studyId, band: input.band })
          : null
        : await guides.findOne({ where: { workspaceId, studyId: input.studyId, band: input.band }, order: { version: 'DESC' } });
      if (!guide) throw notFound('GUIDE_NOT_FOUND', 'Guide', input.guideId ?? `${input.band} of study ${input.studyId}`);
      await em.query(
        `INSERT INTO wave (workspace_id, study_id, name, status, preview, launched_at) VALUES ($1, $2, $3, 'fielding', true, now())
         ON CONFLICT (workspace_id, study_id, name) DO NOTHING`,
        [workspaceId, input.studyId, PREVIEW_WAVE],
      );
      const wave = await em.getRepository(Wave).findOneByOrFail({ workspaceId, studyId: input.studyId, name: PREVIEW_WAVE, preview: true });
      const respondents = em.getRepository(Respondent);
      const inserted = await respondents.insert({
        workspaceId,
        waveId: wave.id,
        externalId: `preview-${randomUUID()}`,
        score: PREVIEW_SCORE[input.band],
        language: input.language ?? null,
        attributes: { preview: 'true' },
        source: 'preview',
      });
      const respondent = await respondents.findOneByOrFail({ id: inserted.identifiers[0].id as string });
      return { session: await this.createSession(em, respondent, guide.id, token), respondent };
    });
    await this.startWorkflow(ctx, session, respondent);
    return this.payload(session, token);
  }

  private async createSession(em: EntityManager, respondent: Respondent, guideId: string | null, token: string): Promise<InterviewSession> {
    const id = randomUUID();
    const sessions = em.getRepository(InterviewSession);
    return sessions.save(
      sessions.create({
        id,
        workspaceId: respondent.workspaceId,
        respondentId: respondent.id,
        waveId: respondent.waveId,
        status: SessionStatus.INVITED,
        moderator: ModeratorKind.OFFLINE,
        tokenHash: hashToken(token),
        workflowId: interviewWorkflowId(id),
        guideId,
        language: respondent.language ?? 'en',
        languageSource: respondent.language ? LanguageSource.ATTRIBUTE : LanguageSource.DEFAULT,
        expiresAt: new Date(Date.now() + this.timing.invitationTtlMs),
        // Started right after the commit (startWorkflow), or the row is deleted (or, lost in between, swept).
        workflowStartedAt: new Date(),
      }),
    );
  }

  private payload(session: InterviewSession, token: string): StartInterviewPayload {
    const chatPath = `/i/${token}`;
    return {
      session: Object.assign(new InterviewSession(), session),
      respondentToken: token,
      chatPath,
      chatUrl: `${this.publicUrl}${chatPath}`,
    };
  }

  /**
   * The session row is committed before the workflow starts, so its first activity finds it. A
   * workflow that already has the session's id counts as started. When the start fails the row is
   * deleted, so a retry starts afresh; a row left behind anyway (the process stopped in between)
   * is the worker's orphan sweep's to repair.
   */
  private async startWorkflow(ctx: RequestContext, session: InterviewSession, respondent: Respondent): Promise<void> {
    try {
      await startInterviewWorkflow(this.workflows, session, respondent, this.timing);
    } catch (error) {
      await ctx.db.getRepository(InterviewSession).delete({ id: session.id });
      throw error;
    }
  }

  /** Sessions of a study (or one wave), most recently active first; preview interviews only when their wave is asked for. */
  async listSessions(ctx: RequestContext, args: InterviewSessionsArgs): Promise<InterviewSession[]> {
    const workspaceId = requireWorkspace(ctx, 'read');
    await this.studies.findOrFail(ctx, args.studyId);
    const q = ctx.db
      .getRepository(InterviewSession)
      .createQueryBuilder('s')
      .innerJoin(Wave, 'w', 'w.id = s.wave_id')
      .where('s.workspace_id = :workspaceId AND w.workspace_id = :workspaceId AND w.study_id = :studyId', {
        workspaceId,
        studyId: args.studyId,
      });
    if (args.waveId) {
      if (!isUuid(args.waveId)) throw notFound('WAVE_NOT_FOUND', 'Wave', args.waveId);
      q.andWhere('s.wave_id = :waveId', { waveId: args.waveId });
    } else {
      q.andWhere('NOT w.preview');
    }
    if (args.status?.length) q.andWhere('s.status IN (:...status)', { status: args.status });
    return q.orderBy('coalesce(s.last_activity_at, s.created_at)', 'DESC').limit(args.first).getMany();
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

  /**
   * Token holders reach their own session and nothing else; no API key is involved. A revoked
   * link, or a finished interview's link past its days, opens nothing (and starts nothing).
   */
  private async byToken(ctx: RequestContext, token: string): Promise<InterviewSession> {
    const session = await ctx.db.getRepository(InterviewSession).findOneBy({ tokenHash: hashToken(token) });
    if (!session) throw new LadderError('SESSION_NOT_FOUND', 'This interview link is not valid. It may have been replaced by a newer one.');
    checkLink(session, this.linkDays);
    return session;
  }

  revokeLink(ctx: RequestContext, sessionId: string): Promise<InterviewSession> {
    return revokeLink(ctx, ctx.db, sessionId);
  }

  async respondentSession(ctx: RequestContext, token: string): Promise<RespondentSessionView> {
    const session = await openInvitation(ctx.db, this.workflows, this.timing, await this.byToken(ctx, token));
    const [respondent, turns] = await Promise.all([
      ctx.db.getRepository(Respondent).findOneByOrFail({ id: session.respondentId, workspaceId: session.workspaceId }),
      ctx.db.getRepository(Turn).find({ where: { workspaceId: session.workspaceId, sessionId: session.id }, order: { seq: 'ASC' } }),
    ]);
    return {
      sessionId: session.id,
      status: session.status,
      language: session.language ?? respondent.language ?? 'en',
      moderator: session.moderator,
      turns,
    };
  }

  /** Hands the message to the interview workflow (a Temporal Update) and returns the moderator's reply. */
  async send(ctx: RequestContext, token: string, text: string, clientMessageId: string): Promise<Turn> {
    const session = await openInvitation(ctx.db, this.workflows, this.timing, await this.byToken(ctx, token));
    const trimmed = text.trim();
    if (!trimmed || trimmed.length > MAX_MESSAGE_LENGTH) {
      throw new LadderError(
        'MESSAGE_REJECTED',
        trimmed ? `A message can hold at most ${MAX_MESSAGE_LENGTH} characters` : 'The message is empty',
      );
    }
    if (!OPEN.includes(session.status)) throw this.closed(session);
    const handle = this.workflows.getHandle(session.workflowId);
    try {
      const result = await handle.executeUpdate(respondUpdate, { args: [{ text: trimmed }], updateId: clientMessageId });
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
