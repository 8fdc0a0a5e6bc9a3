import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/context.js';
import type { AuditService } from './audit.service.js';
import { AuditEvent, AuditEventConnection, AuditEventsArgs } from './audit.types.js';

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEventConnection, { description: "The workspace's audit log, newest first; admin keys only" })
  auditEvents(@Ctx() ctx: RequestContext, @Args(() => AuditEventsArgs) args: AuditEventsArgs): Promise<AuditEventConnection> {
    return this.audit.list(ctx, args);
  }
}
