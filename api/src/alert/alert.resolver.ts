import { filter } from '@graphql-yoga/subscription';
import type { AlertChangedEvent } from '@ladder/contracts';
import { Max, Min } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { refreshLoaders, type RequestContext } from '../common/context.js';
import { AlertStatus } from '../common/enums.js';
import { subscribeOwned } from '../events/subscribe-owned.js';
import { RespondentConnection } from '../respondent/respondent.types.js';
import type { AlertService } from './alert.service.js';
import { Alert, AlertRule, AlertTheme, CreateAlertRuleInput, UpdateAlertRuleInput } from './alert.types.js';

@ArgsType()
class AlertsArgs {
  @Field(() => ID) studyId!: string;
  @Field(() => AlertStatus, { nullable: true, description: 'Only firing or only resolved alerts' }) status?: AlertStatus | null;
  @Field(() => Int, { defaultValue: 50, description: '1 to 200, newest first' }) @Min(1) @Max(200) first!: number;
}

@ArgsType()
class AlertResponsesArgs {
  @Field(() => Int, { defaultValue: 50, description: '1 to 500' }) @Min(1) @Max(500) first!: number;
  @Field(() => String, { nullable: true }) after?: string | null;
}

@Resolver(() => Alert)
export class AlertResolver {
  constructor(private readonly service: AlertService) {}

  @Query(() => [AlertRule], { description: "The study's alert rules, oldest first" })
  alertRules(@Ctx() ctx: RequestContext, @Arg('studyId', () => ID) studyId: string): Promise<AlertRule[]> {
    return this.service.rules(ctx, studyId);
  }

  @Query(() => [Alert], { description: "The study's alerts, newest first" })
  alerts(@Ctx() ctx: RequestContext, @Args(() => AlertsArgs) args: AlertsArgs): Promise<Alert[]> {
    return this.service.alerts(ctx, args.studyId, args.status, args.first);
  }

  @Query(() => Alert)
  alert(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Alert> {
    return this.service.alert(ctx, id);
  }

  @Mutation(() => AlertRule, {
    description: 'Watches every segment of a study; evaluated within seconds of new responses and every 5 minutes',
  })
  createAlertRule(@Ctx() ctx: RequestContext, @Arg('input', () => CreateAlertRuleInput) input: CreateAlertRuleInput): Promise<AlertRule> {
    return this.service.createRule(ctx, input);
  }

  @Mutation(() => AlertRule, {
    description: 'Changes a rule; it is evaluated again at the next pass, its firing alerts by the new thresholds',
  })
  updateAlertRule(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateAlertRuleInput) input: UpdateAlertRuleInput): Promise<AlertRule> {
    return this.service.updateRule(ctx, input);
  }

  @Mutation(() => ID, { description: 'Deletes a rule with its alerts; returns its id' })
  deleteAlertRule(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<string> {
    return this.service.deleteRule(ctx, id);
  }

  @Mutation(() => Alert, { description: 'Marks an alert seen by the caller; the first acknowledgement is kept' })
  acknowledgeAlert(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Alert> {
    return this.service.acknowledge(ctx, id);
  }

  @Mutation(() => Alert, { description: 'Gives the alert an owner, who is emailed; an empty string clears it' })
  assignAlert(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('ownerEmail', () => String) ownerEmail: string,
  ): Promise<Alert> {
    return this.service.assign(ctx, id, ownerEmail);
  }

  @Subscription(() => Alert, {
    description: 'Each alert of the study as it fires',
    subscribe: async (data) => {
      const events = await subscribeOwned('study', 'studyId', 'ALERT_CHANGED')(data);
      return filter((e: unknown) => (e as AlertChangedEvent).status === 'firing')(events);
    },
  })
  async alertRaised(
    @Root() event: AlertChangedEvent,
    @Ctx() ctx: RequestContext,
    @Arg('studyId', () => ID) _studyId: string,
  ): Promise<Alert> {
    refreshLoaders(ctx);
    return this.service.alert(ctx, event.alertId);
  }

  @FieldResolver(() => AlertRule)
  rule(@Root() alert: Alert, @Ctx() ctx: RequestContext): Promise<AlertRule> {
    return this.service.rule(ctx, alert.ruleId);
  }

  @FieldResolver(() => RespondentConnection, { description: "The segment's responses in the alert's window, newest first" })
  responses(
    @Root() alert: Alert,
    @Ctx() ctx: RequestContext,
    @Args(() => AlertResponsesArgs) args: AlertResponsesArgs,
  ): Promise<RespondentConnection> {
    return this.service.responses(ctx, alert, args.first, args.after);
  }

  @FieldResolver(() => [AlertTheme], {
    description:
      "Themes of the latest analysis most prevalent among the segment's coded detractors in the window (empty without interviews)",
  })
  detractorThemes(
    @Root() alert: Alert,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { defaultValue: 3, description: '1 to 20' }) first: number,
  ): Promise<AlertTheme[]> {
    return this.service.detractorThemes(ctx, alert, Math.min(20, Math.max(1, first)));
  }
}
