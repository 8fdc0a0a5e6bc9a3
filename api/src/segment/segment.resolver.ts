import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/context.js';
import type { SegmentService } from './segment.service.js';
import { SegmentFilter, SegmentNpsResult } from './segment.types.js';

@Resolver()
export class SegmentResolver {
  constructor(private readonly segments: SegmentService) {}

  @Query(() => SegmentNpsResult, { description: 'NPS per segment. groupBy: attribute names, or "band".' })
  segmentNps(
    @Ctx() ctx: RequestContext,
    @Arg('studyId', () => ID) studyId: string,
    @Arg('groupBy', () => [String]) groupBy: string[],
    @Arg('waveId', () => ID, { nullable: true }) waveId?: string,
    @Arg('filter', () => SegmentFilter, { nullable: true }) filter?: SegmentFilter,
  ): Promise<SegmentNpsResult> {
    return this.segments.segmentNps(ctx, studyId, waveId, groupBy, filter);
  }
}
