import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/context.js';
import { Wave } from '../wave/wave.entity.js';
import { DeliveriesArgs, EmailDeliveryConnection } from './delivery.types.js';
import { UpdateWaveFieldingInput } from './fielding-rules.types.js';
import type { FieldingService } from './fielding.service.js';
import { InviteRespondentsInput, InviteRespondentsResult } from './invite.types.js';
import { EmailSuppression, EmailSuppressionList, EmailSuppressionsArgs } from './suppression.types.js';

@Resolver()
export class FieldingResolver {
  constructor(private readonly fielding: FieldingService) {}

  @Mutation(() => Wave, { description: "Replaces the wave's automatic invitation rule and sender; applies to responses that arrive later" })
  updateWaveFielding(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateWaveFieldingInput) input: UpdateWaveFieldingInput,
  ): Promise<Wave> {
    return this.fielding.updateRules(ctx, input);
  }

  @Mutation(() => InviteRespondentsResult, {
    description: "Queues invitations now (not held by the rule's quiet hours or daily cap); one invitation per respondent, ever",
  })
  inviteRespondents(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => InviteRespondentsInput) input: InviteRespondentsInput,
  ): Promise<InviteRespondentsResult> {
    return this.fielding.invite(ctx, input);
  }

  @Query(() => EmailDeliveryConnection, { description: "A wave's emails, newest first" })
  deliveries(@Ctx() ctx: RequestContext, @Args(() => DeliveriesArgs) args: DeliveriesArgs): Promise<EmailDeliveryConnection> {
    return this.fielding.deliveries(ctx, args);
  }

  @Query(() => EmailSuppressionList, { description: 'Addresses the workspace never mails (admin keys only)' })
  emailSuppressions(
    @Ctx() ctx: RequestContext,
    @Args(() => EmailSuppressionsArgs) args: EmailSuppressionsArgs,
  ): Promise<EmailSuppressionList> {
    return this.fielding.suppressions(ctx, args.first);
  }

  @Mutation(() => EmailSuppression, { description: 'Never mail this address again in the workspace (admin keys only); idempotent' })
  suppressEmail(@Ctx() ctx: RequestContext, @Arg('email', () => String) email: string): Promise<EmailSuppression> {
    return this.fielding.suppress(ctx, email);
  }

  @Mutation(() => Boolean, { description: 'Takes an address off the suppression list (admin keys only); false when it was not on it' })
  unsuppressEmail(@Ctx() ctx: RequestContext, @Arg('email', () => String) email: string): Promise<boolean> {
    return this.fielding.unsuppress(ctx, email);
  }
}
