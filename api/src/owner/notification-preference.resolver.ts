import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/context.js';
import type { NotificationPreferenceService } from './notification-preference.service.js';
import { NotificationPreference, NotificationPreferenceInput } from './notification-preference.types.js';

@Resolver(() => NotificationPreference)
export class NotificationPreferenceResolver {
  constructor(private readonly service: NotificationPreferenceService) {}

  @Query(() => NotificationPreference, { description: 'How this address gets its owner emails (NONE: each at once, when never set)' })
  notificationPreference(@Ctx() ctx: RequestContext, @Arg('email', () => String) email: string): Promise<NotificationPreference> {
    return this.service.get(ctx, email);
  }

  @Mutation(() => NotificationPreference, { description: 'Each owner email at once (NONE) or one daily digest at digestHourUtc (DAILY)' })
  setNotificationPreference(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => NotificationPreferenceInput) input: NotificationPreferenceInput,
  ): Promise<NotificationPreference> {
    return this.service.set(ctx, input);
  }
}
