import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { CoderKind, Sentiment } from '../common/enums.js';
import type { Permission, RequestContext } from '../common/context.js';
import { Respondent } from '../respondent/respondent.entity.js';
import { driverRefs, type CommentService } from './comment.service.js';
import { CommentCoding, CommentDriverSummary, CommentDriversArgs } from './comment.types.js';

@Resolver(() => CommentDriverSummary)
export class CommentResolver {
  constructor(private readonly comments: CommentService) {}

  @Query(() => CommentDriverSummary, { description: "Drivers named in the survey's comments of a wave, optionally for a segment" })
  commentDrivers(@Ctx() ctx: RequestContext, @Args(() => CommentDriversArgs) args: CommentDriversArgs): Promise<CommentDriverSummary> {
    return this.comments.drivers(ctx, args);
  }
}

/** `Respondent.commentCoding`, resolved here: the respondent module knows nothing of coding. */
@Resolver(() => Respondent)
export class RespondentCommentResolver {
  @Authorized<Permission>('transcripts')
  @FieldResolver(() => CommentCoding, { nullable: true, description: 'The survey comment coded; null without a comment or until coded' })
  async commentCoding(@Root() r: Respondent, @Ctx() ctx: RequestContext): Promise<CommentCoding | null> {
    const row = await ctx.loaders.commentCoding.load(r.id);
    if (!row) return null;
    const ref = row.driver_key ? (await driverRefs(ctx, row.study_id))(row.driver_key) : null;
    return { driver: ref, sentiment: row.sentiment as Sentiment, quote: row.quote, coder: row.coder as CoderKind, codedAt: row.coded_at };
  }
}
