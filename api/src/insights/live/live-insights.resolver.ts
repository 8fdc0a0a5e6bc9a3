import { Arg, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { SegmentNpsResult } from '../../segment/segment.types.js';
import { liveInsightsOf } from './live-insights.service.js';
import { ThemeTrendsUpdate, WaveAnalysisProgress } from './live-insights.types.js';

/** `subscribe` gets no resolver instance: the API's live service is found through its event bus. */
const service = (context: unknown) => liveInsightsOf((context as RequestContext).events);

/**
 * Payloads are computed once per topic by LiveInsightsService and shared by every subscriber;
 * the field resolvers only hand the shared value to graphql-js for each subscriber's selection.
 */
@Resolver()
export class LiveInsightsResolver {
  @Subscription(() => SegmentNpsResult, {
    description:
      'Segment NPS of the study (all waves), pushed when its respondents change or transcripts are coded; at most one update per second',
    subscribe: ({ args, context }) =>
      service(context).subscribeSegmentNps(context as RequestContext, String(args.studyId), args.groupBy as string[]),
  })
  segmentNpsChanged(
    @Root() update: SegmentNpsResult,
    @Arg('studyId', () => ID) _studyId: string,
    @Arg('groupBy', () => [String], { description: 'Attribute names, or "band"; as for segmentNps' }) _groupBy: string[],
  ): SegmentNpsResult {
    return update;
  }

  @Subscription(() => ThemeTrendsUpdate, {
    description: 'Which waves of the study have new themes (their latest analysis), so clients refetch them; at most one update per second',
    subscribe: ({ args, context }) => service(context).subscribeThemeTrends(context as RequestContext, String(args.studyId)),
  })
  themeTrends(@Root() update: ThemeTrendsUpdate, @Arg('studyId', () => ID) _studyId: string): ThemeTrendsUpdate {
    return update;
  }

  @Subscription(() => WaveAnalysisProgress, {
    description: "Progress of the wave's analysis as its interviews are coded, and its end; at most one update per second",
    subscribe: ({ args, context }) => service(context).subscribeAnalysisProgress(context as RequestContext, String(args.waveId)),
  })
  waveAnalysisProgress(@Root() update: WaveAnalysisProgress, @Arg('waveId', () => ID) _waveId: string): WaveAnalysisProgress {
    return update;
  }
}
