import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { roleMay, type Permission, type RequestContext } from '../common/context.js';
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

/** Anything shaped like an address in a server's answer (`550 <a@b.c>: no such user`). */
const ADDRESS = /[^\s<>@"',;:()[\]]+@[^\s<>@"',;:()[\]]+/g;

/** The respondent an email is for, and the SMTP error without their address for keys that may not read contacts. */
@Resolver(() => EmailDelivery)
export class EmailDeliveryResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: "The SMTP server's last error; addresses in it are hidden from keys that may not read contact details",
  })
  lastError(@Root() d: EmailDelivery, @Ctx() ctx: RequestContext): string | null {
    const p = ctx.principal;
    if (d.lastError === null || (p.kind !== 'anonymous' && roleMay(p.role, 'contact'))) return d.lastError;
    return d.lastError.replace(ADDRESS, '<address hidden>');
  }

  @Authorized<Permission>('read')
  @FieldResolver(() => Respondent, { nullable: true, description: 'Null only if the respondent was erased meanwhile' })
  respondent(@Root() d: EmailDelivery, @Ctx() ctx: RequestContext): Promise<Respondent | null> {
    return ctx.loaders.respondent.load(d.respondentId);
  }
}
