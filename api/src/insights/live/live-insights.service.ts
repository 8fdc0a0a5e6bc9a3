import type { AnalysisProgressEvent, InsightsChangedEvent } from '@ladder/contracts';
import type { DataSource } from 'typeorm';
import { requireWorkspace, type Principal, type RequestContext } from '../../common/context.js';
import { AnalysisStatus, ApiKeyRole } from '../../common/enums.js';
import { notFound } from '../../common/errors.js';
import { isUuid } from '../../common/ids.js';
import type { EventPubSub } from '../../events/session-events.js';
import type { SegmentService } from '../../segment/segment.service.js';
import type { SegmentNpsResult } from '../../segment/segment.types.js';
import { Study } from '../../study/study.entity.js';
import { Wave } from '../../wave/wave.entity.js';
import { Coalescer } from './coalescer.js';
import { type ThemeTrendsUpdate, type WaveAnalysisProgress, type WaveThemesChange } from './live-insights.types.js';

interface StudyTopic {
  workspaceId: string;
  studyId: string;
}
interface SegmentTopic extends StudyTopic {
  groupBy: string[];
}
interface WaveTopic extends StudyTopic {
  waveId: string;
}

/** One live service per API instance, reachable from a request context through its event bus. */
const services = new WeakMap<EventPubSub, LiveInsightsService>();

export function liveInsightsOf(events: EventPubSub): LiveInsightsService {
  const live = services.get(events);
  if (!live) throw new Error('live insights are not running for this event bus');
  return live;
}

const studyGroup = (workspaceId: string, studyId: string) => `${workspaceId}:${studyId}`;
const waveGroup = (workspaceId: string, studyId: string, waveId: string) => `${workspaceId}:${studyId}:${waveId}`;

/**
 * Live insights: segment NPS, theme changes and analysis progress, pushed as coalesced topics.
 * Changes arrive as `insights.changed` / `analysis.progress` events from any process (through
 * LISTEN/NOTIFY, see session-events.ts); each topic is recomputed at most once per second, with
 * the workspace's read scope, and the one result goes to every subscriber of the topic.
 */
export class LiveInsightsService {
  readonly segmentNps: Coalescer<SegmentTopic, never, SegmentNpsResult>;
  readonly themeTrends: Coalescer<StudyTopic, Set<string>, ThemeTrendsUpdate>;
  readonly analysisProgress: Coalescer<WaveTopic, string, WaveAnalysisProgress>;
  private events: AsyncIterator<unknown> | null = null;
  private resumed: AsyncIterator<unknown> | null = null;

  /** `contextOf` builds a request context for a principal (server/context.ts's, handed in by the server). */
  constructor(
    private readonly db: DataSource,
    private readonly pubSub: EventPubSub,
    private readonly segments: SegmentService,
    private readonly contextOf: (principal: Principal) => RequestContext,
    windowMs?: number,
  ) {
    services.set(pubSub, this);
    this.segmentNps = new Coalescer({
      windowMs,
      compute: (t) => this.segments.segmentNps(this.reader(t.workspaceId), t.studyId, null, t.groupBy, null),
    });
    this.themeTrends = new Coalescer({
      windowMs,
      merge: (pending, next) => new Set([...(pending ?? []), ...next]),
      compute: (t, waves) => this.themeChanges(t, waves && [...waves]),
    });
    this.analysisProgress = new Coalescer({
      windowMs,
      merge: (_pending, next) => next, // the latest analysis of the wave wins
      compute: (t, analysisId) => this.progress(t, analysisId),
    });
  }

  /** Follows the event stream the LISTEN connection republishes. */
  start(): void {
    const events = this.pubSub.subscribe('INSIGHTS_EVENT');
    this.events = events;
    void (async () => {
      for await (const event of events) this.route(event);
    })();
    // Events notified while the LISTEN connection was down are gone: recompute every topic.
    const resumed = this.pubSub.subscribe('EVENTS_RESUMED');
    this.resumed = resumed;
    void (async () => {
      for await (const _ of resumed) this.refreshAll();
    })();
  }

  refreshAll(): void {
    for (const c of [this.segmentNps, this.themeTrends, this.analysisProgress]) c.refreshAll();
  }

  async stop(): Promise<void> {
    await this.events?.return?.();
    await this.resumed?.return?.();
    for (const c of [this.segmentNps, this.themeTrends, this.analysisProgress]) c.close();
  }

  route(event: InsightsChangedEvent | AnalysisProgressEvent): void {
    if (event.type === 'analysis.progress') {
      this.analysisProgress.changed(waveGroup(event.workspaceId, event.studyId, event.waveId), event.analysisId);
    } else if (event.what === 'themes') {
      this.themeTrends.changed(studyGroup(event.workspaceId, event.studyId), new Set([event.waveId]));
    } else {
      this.segmentNps.changed(studyGroup(event.workspaceId, event.studyId));
    }
  }

  async subscribeSegmentNps(ctx: RequestContext, studyId: string, groupBy: string[]): Promise<AsyncIterableIterator<SegmentNpsResult>> {
    const workspaceId = requireWorkspace(ctx, 'read');
    const group = studyGroup(workspaceId, studyId);
    const key = `${group}:${JSON.stringify(groupBy)}`;
    // The first subscriber of a topic has the real query check the study and groupBy (codes as
    // for the segmentNps query); the topic's key includes the workspace, so later ones may rely on it.
    if (!this.segmentNps.has(key)) await this.segments.segmentNps(ctx, studyId, null, groupBy, null);
    return this.segmentNps.subscribe(key, group, { workspaceId, studyId, groupBy: [...groupBy] });
  }

  async subscribeThemeTrends(ctx: RequestContext, studyId: string): Promise<AsyncIterableIterator<ThemeTrendsUpdate>> {
    const workspaceId = requireWorkspace(ctx, 'read');
    const exists = isUuid(studyId) && (await ctx.db.getRepository(Study).existsBy({ id: studyId, workspaceId }));
    if (!exists) throw notFound('STUDY_NOT_FOUND', 'Study', studyId);
    const group = studyGroup(workspaceId, studyId);
    return this.themeTrends.subscribe(group, group, { workspaceId, studyId });
  }

  async subscribeAnalysisProgress(ctx: RequestContext, waveId: string): Promise<AsyncIterableIterator<WaveAnalysisProgress>> {
    const workspaceId = requireWorkspace(ctx, 'read');
    const wave = isUuid(waveId) ? await ctx.db.getRepository(Wave).findOneBy({ id: waveId, workspaceId, preview: false }) : null;
    if (!wave) throw notFound('WAVE_NOT_FOUND', 'Wave', waveId);
    const group = waveGroup(workspaceId, wave.studyId, waveId);
    return this.analysisProgress.subscribe(group, group, { workspaceId, studyId: wave.studyId, waveId });
  }

  /** Computations run once per topic, for all its subscribers, with the workspace's read scope. */
  private reader(workspaceId: string): RequestContext {
    return this.contextOf({ kind: 'api-key', keyId: 'live-insights', workspaceId, role: ApiKeyRole.VIEWER });
  }

  /** `waveIds` undefined (a resync): every wave of the study. */
  private async themeChanges(t: StudyTopic, waveIds: string[] | undefined): Promise<ThemeTrendsUpdate | null> {
    if (waveIds && !waveIds.length) return null;
    const rows: { wave_id: string; id: string; status: AnalysisStatus; finished_at: Date | null; theme_count: number }[] =
      await this.db.query(
        `SELECT DISTINCT ON (a.wave_id) a.wave_id, a.id, a.status, a.finished_at,
              (SELECT count(*)::int FROM theme t WHERE t.workspace_id = a.workspace_id AND t.analysis_id = a.id) AS theme_count
       FROM wave_analysis a
       WHERE a.workspace_id = $1 AND a.study_id = $2 AND ($3::uuid[] IS NULL OR a.wave_id = ANY($3::uuid[]))
       ORDER BY a.wave_id, a.started_at DESC`,
        [t.workspaceId, t.studyId, waveIds ?? null],
      );
    const waves: WaveThemesChange[] = rows.map((r) => ({
      waveId: r.wave_id,
      analysisId: r.id,
      status: r.status,
      themeCount: r.theme_count,
      finishedAt: r.finished_at,
    }));
    return waves.length ? { studyId: t.studyId, waves } : null;
  }

  private async progress(t: WaveTopic, analysisId: string | undefined): Promise<WaveAnalysisProgress | null> {
    const [row]: { id: string; status: AnalysisStatus; total: number; coded: number }[] = await this.db.query(
      `SELECT id, status, total, coded FROM wave_analysis
       WHERE workspace_id = $1 AND wave_id = $2 AND ($3::uuid IS NULL OR id = $3::uuid)
       ORDER BY started_at DESC LIMIT 1`,
      [t.workspaceId, t.waveId, analysisId ?? null],
    );
    if (!row) return null;
    const progress = row.status === AnalysisStatus.COMPLETED ? 1 : row.total > 0 ? Math.min(1, row.coded / row.total) : 0;
    return { waveId: t.waveId, analysisId: row.id, status: row.status, total: row.total, coded: row.coded, progress };
  }
}
