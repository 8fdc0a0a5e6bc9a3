import { requireWorkspace, type RequestContext } from '../common/context.js';
import type { Wave } from '../wave/wave.entity.js';
import { listDeliveries } from './delivery.service.js';
import type { DeliveriesArgs, EmailDeliveryConnection } from './delivery.types.js';
import type { FieldingBucket } from '../common/enums.js';
import { updateWaveFielding } from './fielding-rules.service.js';
import type { UpdateWaveFieldingInput } from './fielding-rules.types.js';
import { fieldingTimelineOf } from './fielding-stats.js';
import type { FieldingPoint } from './fielding-stats.types.js';
import type { FieldingWaker } from './fielding-waker.js';
import { inviteRespondents } from './invite.service.js';
import type { InviteRespondentsInput, InviteRespondentsResult } from './invite.types.js';
import { listSuppressions, suppressEmail, unsuppressEmail } from './suppression.service.js';
import type { EmailSuppression, EmailSuppressionList } from './suppression.types.js';

/** Fielding's operations for the resolvers; each lives in its own file, this holds the shared waker. */
export class FieldingService {
  constructor(private readonly waker: FieldingWaker) {}

  updateRules(ctx: RequestContext, input: UpdateWaveFieldingInput): Promise<Wave> {
    return updateWaveFielding(ctx, input);
  }

  invite(ctx: RequestContext, input: InviteRespondentsInput): Promise<InviteRespondentsResult> {
    return inviteRespondents(ctx, this.waker, input);
  }

  deliveries(ctx: RequestContext, args: DeliveriesArgs): Promise<EmailDeliveryConnection> {
    return listDeliveries(ctx, args);
  }

  timeline(ctx: RequestContext, wave: Wave, bucket: FieldingBucket): Promise<FieldingPoint[]> {
    return fieldingTimelineOf(ctx.db, requireWorkspace(ctx, 'read'), wave.id, bucket);
  }

  suppressions(ctx: RequestContext, first: number): Promise<EmailSuppressionList> {
    return listSuppressions(ctx, first);
  }

  suppress(ctx: RequestContext, email: string): Promise<EmailSuppression> {
    return suppressEmail(ctx, email);
  }

  unsuppress(ctx: RequestContext, email: string): Promise<boolean> {
    return unsuppressEmail(ctx, email);
  }
}
