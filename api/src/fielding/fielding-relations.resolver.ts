import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Permission, RequestContext } from '../common/context.js';
import { InterviewSession } from '../interview/interview-session.entity.js';
import { Respondent } from '../respondent/respondent.entity.js';
import { Wave } from '../wave/wave.entity.js';
import { EmailDelivery } from './delivery.types.js';
import { FieldingBucket } from '../common/enums.js';
import { WaveFieldingRules } from './fielding-rules.types.js';
import { FieldingPoint, FieldingStats } from './fielding-stats.types.js';
import type { FieldingService } from './fielding.service.js';

/** A wave's fielding rules, participation and its timeline. */
@Resolver(() => Wave)
export class WaveFieldingResolver {
  constructor(private readonly service: FieldingService) {}

  @FieldResolver(() => WaveFieldingRules, { nullable: true, description: 'Null until updateWaveFielding is first called' })
  fieldingRules(@Root() wave: Wave, @Ctx() ctx: RequestContext): Promise<WaveFieldingRules | null> {
    return ctx.loaders.fieldingRules.load(wave.id);
  }

  @FieldResolver(() => FieldingStats)
  fielding(@Root() wave: Wave, @Ctx() ctx: RequestContext): Promise<FieldingStats> {
    return ctx.loaders.fieldingStats.load(wave.id);
  }

  @FieldResolver(() => [FieldingPoint], { description: 'Invitations, sends, starts and completions per UTC hour or day, for charts' })
  fieldingTimeline(
    @Root() wave: Wave,
    @Ctx() ctx: RequestContext,
    @Arg('bucket', () => FieldingBucket, { defaultValue: FieldingBucket.DAY }) bucket: FieldingBucket,
  ): Promise<FieldingPoint[]> {
    return this.service.timeline(ctx, wave, bucket);
  }
}

/** A respondent's invitation email. */
@Resolver(() => Respondent)
export class RespondentInvitationResolver {
  @Authorized<Permission>('read')
  @FieldResolver(() => EmailDelivery, { nullable: true, description: 'The invitation email and its delivery state; null when none' })
  invitation(@Root() r: Respondent, @Ctx() ctx: RequestContext): Promise<EmailDelivery | null> {
    return ctx.loaders.invitationOfRespondent.load(r.id);
  }
}

/** The invitation that links to an interview. */
@Resolver(() => InterviewSession)
export class SessionDeliveryResolver {
  @Authorized<Permission>('read')
  @FieldResolver(() => EmailDelivery, {
    nullable: true,
    description: 'The invitation email linking to this interview; null when its link was handed out another way',
  })
  delivery(@Root() s: InterviewSession, @Ctx() ctx: RequestContext): Promise<EmailDelivery | null> {
    return ctx.loaders.invitationOfSession.load(s.id);
  }
}

/** The respondent an email is for. */
@Resolver(() => EmailDelivery)
export class EmailDeliveryResolver {
  @Authorized<Permission>('read')
  @FieldResolver(() => Respondent, { nullable: true, description: 'Null only if the respondent was erased meanwhile' })
  respondent(@Root() d: EmailDelivery, @Ctx() ctx: RequestContext): Promise<Respondent | null> {
    return ctx.loaders.respondent.load(d.respondentId);
  }
}
