import { escalationOwnerNotification, queueOwnerNotification } from '@ladder/contracts';
import { actorOf, requirePermission, requireWorkspace, type RequestContext } from '../common/context.js';
import { ownerEmailOrFail } from '../owner/owner-email.js';
import { LadderError, notFound } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import { Study } from '../study/study.entity.js';
import type { StudyService } from '../study/study.service.js';
import { Wave } from '../wave/wave.entity.js';
import { Escalation } from './escalation.entity.js';
import type { EscalationsArgs, UpdateEscalationInput } from './escalation.types.js';
import { enqueueEscalationUpdated } from '../webhook-out/webhook-events.js';

export class EscalationService {
  constructor(private readonly studies: StudyService) {}

  /**
   * Sets the study's default escalation owner (an empty string clears it): escalations raised from now on are theirs
   * and emailed to them as they are raised; those already raised keep their owner.
   */
  async setStudyOwner(ctx: RequestContext, studyId: string, ownerEmail: string): Promise<Study> {
    const workspaceId = requireWorkspace(ctx, 'write');
    const study = await this.studies.findOrFail(ctx, studyId);
    const email = ownerEmailOrFail(ownerEmail, 'ownerEmail');
    await ctx.db.getRepository(Study).update({ id: study.id, workspaceId }, { escalationOwnerEmail: email });
    return { ...study, escalationOwnerEmail: email };
  }

  /** The study's queue, newest first (open ones first when no status filter is given). */
  async list(ctx: RequestContext, args: EscalationsArgs): Promise<Escalation[]> {
    const workspaceId = requireWorkspace(ctx, 'read');
    await this.studies.findOrFail(ctx, args.studyId);
    return ctx.db
      .getRepository(Escalation)
      .createQueryBuilder('e')
      .innerJoin(Wave, 'w', 'w.id = e.wave_id AND NOT w.preview')
      .where('e.workspace_id = :workspaceId AND e.study_id = :studyId', { workspaceId, studyId: args.studyId })
      .andWhere(args.status?.length ? 'e.status IN (:...status)' : 'true', { status: args.status })
      .orderBy(`CASE WHEN e.status IN ('open', 'in_progress') THEN 0 ELSE 1 END`)
      .addOrderBy('e.created_at', 'DESC')
      .limit(args.first)
      .getMany();
  }

  async find(ctx: RequestContext, id: string): Promise<Escalation | null> {
    const workspaceId = requireWorkspace(ctx, 'read');
    return isUuid(id) ? ctx.db.getRepository(Escalation).findOneBy({ id, workspaceId }) : null;
  }

  async update(ctx: RequestContext, input: UpdateEscalationInput): Promise<Escalation> {
    const caller = requirePermission(ctx, 'write');
    const { workspaceId } = caller;
    if (input.status === undefined && input.owner === undefined && input.ownerEmail === undefined) {
      throw new LadderError('BAD_USER_INPUT', 'Give a status, an owner or an owner email', { fields: ['status', 'owner', 'ownerEmail'] });
    }
    const ownerEmail = input.ownerEmail === undefined ? undefined : ownerEmailOrFail(input.ownerEmail, 'ownerEmail');
    return ctx.db.transaction(async (em) => {
      const repo = em.getRepository(Escalation);
      const escalation = isUuid(input.id)
        ? await repo.findOne({ where: { id: input.id, workspaceId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!escalation) throw notFound('ESCALATION_NOT_FOUND', 'Escalation', input.id);
      const owner = input.owner === undefined ? escalation.owner : input.owner.trim() || null;
      await repo.update(
        { id: escalation.id, workspaceId },
        {
          status: input.status ?? escalation.status,
          owner,
          ownerEmail: ownerEmail === undefined ? escalation.ownerEmail : ownerEmail,
          updatedBy: actorOf(caller),
        },
      );
      const updated = await repo.findOneByOrFail({ id: escalation.id });
      if (updated.ownerEmail && updated.ownerEmail !== escalation.ownerEmail) {
        await queueOwnerNotification(
          em,
          escalationOwnerNotification('escalation.assigned', { ...updated, ownerEmail: updated.ownerEmail }),
        );
      }
      // Webhooks out, in this transaction; a call that changes nothing is no event.
      if (updated.status !== escalation.status || updated.owner !== escalation.owner || updated.ownerEmail !== escalation.ownerEmail) {
        await enqueueEscalationUpdated(em, workspaceId, updated, escalation.status);
      }
      return updated;
    });
  }
}
