import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Permission, RequestContext } from '../common/context.js';
import type { FindingsService } from './findings.service.js';
import {
  Competitor,
  CompetitorArgs,
  CompetitorQuote,
  CompetitorReport,
  DriverFindingsArgs,
  FindingsArgs,
  FindingsBySegment,
  StatedToRoot,
} from './findings.types.js';

@Resolver()
export class FindingsResolver {
  constructor(private readonly findings: FindingsService) {}

  @Query(() => FindingsBySegment, {
    description:
      "Theme prevalence by segment, from the wave's latest completed analysis: each cell with a Wilson interval and its " +
      'difference from the rest of the wave, Benjamini-Hochberg adjusted across the table. groupBy: attribute names or "band".',
  })
  themePrevalence(@Ctx() ctx: RequestContext, @Args(() => FindingsArgs) args: FindingsArgs): Promise<FindingsBySegment> {
    return this.findings.themes(ctx, args.waveId, args.groupBy, args.filter);
  }

  @Query(() => FindingsBySegment, { description: 'Driver prevalence by segment (stated, root or either driver), like themePrevalence' })
  driverPrevalence(@Ctx() ctx: RequestContext, @Args(() => DriverFindingsArgs) args: DriverFindingsArgs): Promise<FindingsBySegment> {
    return this.findings.drivers(ctx, args.waveId, args.groupBy, args.filter, args.role);
  }

  @Query(() => StatedToRoot, { description: 'How often each stated driver leads to each root driver, by segment' })
  statedToRoot(@Ctx() ctx: RequestContext, @Args(() => FindingsArgs) args: FindingsArgs): Promise<StatedToRoot> {
    return this.findings.statedToRoot(ctx, args.waveId, args.groupBy, args.filter);
  }

  @Query(() => CompetitorReport, { description: 'Which competitors respondents name, by wave (oldest first) and by segment, with quotes' })
  competitors(@Ctx() ctx: RequestContext, @Args(() => CompetitorArgs) args: CompetitorArgs): Promise<CompetitorReport> {
    return this.findings.competitors(ctx, args.studyId, args.groupBy, args.filter, args.first);
  }
}

@Resolver(() => Competitor)
export class CompetitorQuotesResolver {
  @Authorized<Permission>('transcripts')
  @FieldResolver(() => [CompetitorQuote], { description: 'Up to five respondents naming it, newest wave first, verbatim' })
  quotes(@Root() competitor: Competitor): CompetitorQuote[] {
    return competitor.quoteRows;
  }
}
