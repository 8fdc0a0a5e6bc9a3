import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/context.js';
import type { NpsTrendService } from './nps-trend.service.js';
import { NpsTrend, NpsTrendArgs, RollingNps, RollingNpsArgs } from './nps-trend.types.js';

@Resolver()
export class NpsTrendResolver {
  constructor(private readonly trends: NpsTrendService) {}

  @Query(() => NpsTrend, { description: 'NPS per wave with 95% interval, overall and per segment (groupBy: attribute names or "band")' })
  npsTrend(@Ctx() ctx: RequestContext, @Args(() => NpsTrendArgs) args: NpsTrendArgs): Promise<NpsTrend> {
    return this.trends.npsTrend(ctx, args);
  }

  @Query(() => RollingNps, {
    description: "NPS over trailing windows of UTC days by the respondents' response dates (at most 366 windows, the latest)",
  })
  rollingNps(@Ctx() ctx: RequestContext, @Args(() => RollingNpsArgs) args: RollingNpsArgs): Promise<RollingNps> {
    return this.trends.rollingNps(ctx, args);
  }
}
