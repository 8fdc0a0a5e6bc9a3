import { wilsonInterval } from '@ladder/contracts/stats';
import { requireWorkspace, type RequestContext } from '../common/context.js';
import { LadderError, notFound } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import type { SegmentService } from '../segment/segment.service.js';
import { Wave } from '../wave/wave.entity.js';
import { rounded, type CsvValue } from './csv.js';
import { streamRows } from './row-stream.js';
import type { DataSource } from 'typeorm';

/** A CSV file to send: its name, header, and its records in batches (fetched as they are written). */
export interface CsvExport {
  filename: string;
  header: string[];
  batches: AsyncIterable<CsvValue[][]>;
}

interface ThemeRow {
  theme_id: string;
  scope: string;
  rank: number;
  key: string;
  label: string;
  driver_keys: string[];
  band: string;
  count: number;
  n: number;
  sentiment_score: number;
  description: string;
}
interface QuoteRow {
  theme_id: string;
  scope: string;
  theme_rank: number;
  key: string;
  label: string;
  rank: number;
  band: string;
  quote: string;
  session_id: string;
  turn_seq: number;
  start_offset: number;
  end_offset: number;
}

async function* mapped<T>(batches: AsyncIterable<T[]>, row: (r: T) => CsvValue[]): AsyncGenerator<CsvValue[][]> {
  for await (const batch of batches) yield batch.map(row);
}

async function* once(records: CsvValue[][]): AsyncGenerator<CsvValue[][]> {
  yield records;
}

/** CSV exports of a wave's themes and quotes (its latest completed analysis) and of segment NPS. */
export class ExportService {
  /** `rows`: the exports' own small pool for the streamed cursors (the request's data source when absent). */
  constructor(
    private readonly segments: SegmentService,
    private readonly rows?: DataSource,
  ) {}

  /** One record per theme and band: sessions citing it out of the band's coded sessions, with a 95% Wilson interval. */
  async themes(ctx: RequestContext, waveId: string): Promise<CsvExport> {
    const { workspaceId, wave, analysisId } = await this.latestAnalysis(ctx, waveId);
    const header = [
      'wave_id',
      'analysis_id',
      'theme_id',
      'scope',
      'rank',
      'theme_key',
      'label',
      'drivers',
      'band',
      'sessions',
      'band_sessions',
      'share',
      'ci_low',
      'ci_high',
      'sentiment_score',
      'description',
    ];
    const rows = streamRows<ThemeRow>(
      this.rows ?? ctx.db,
      `SELECT t.id AS theme_id, t.scope, t.rank, t.key, t.label, t.driver_keys, p.band, p.count, p.n, t.sentiment_score, t.description
       FROM theme t JOIN theme_prevalence p ON p.theme_id = t.id AND p.workspace_id = t.workspace_id
       WHERE t.workspace_id = $1 AND t.analysis_id = $2
       ORDER BY t.scope, t.rank, t.id, p.band`,
      [workspaceId, analysisId ?? null],
    );
    return {
      filename: `themes-${wave.id}.csv`,
      header,
      batches: analysisId
        ? mapped(rows, (r) => {
            const ci = wilsonInterval(r.count, r.n);
            return [
              wave.id,
              analysisId,
              r.theme_id,
              r.scope,
              r.rank,
              r.key,
              r.label,
              r.driver_keys.join(';'),
              r.band,
              r.count,
              r.n,
              rounded(ci.share, 4),
              rounded(ci.low, 4),
              rounded(ci.high, 4),
              rounded(r.sentiment_score, 3),
              r.description,
            ];
          })
        : once([]),
    };
  }

  /** Each theme's supporting quotes, verbatim, with where they are in the transcript. */
  async quotes(ctx: RequestContext, waveId: string): Promise<CsvExport> {
    const { workspaceId, wave, analysisId } = await this.latestAnalysis(ctx, waveId);
    const header = [
      'wave_id',
      'analysis_id',
      'theme_id',
      'scope',
      'theme_rank',
      'theme_key',
      'theme_label',
      'quote_rank',
      'band',
      'quote',
      'session_id',
      'turn_seq',
      'start_offset',
      'end_offset',
    ];
    const rows = streamRows<QuoteRow>(
      this.rows ?? ctx.db,
      `SELECT t.id AS theme_id, t.scope, t.rank AS theme_rank, t.key, t.label, q.rank, q.band, q.quote, q.session_id,
              q.turn_seq, q.start_offset, q.end_offset
       FROM theme t JOIN theme_quote q ON q.theme_id = t.id AND q.workspace_id = t.workspace_id
       WHERE t.workspace_id = $1 AND t.analysis_id = $2
       ORDER BY t.scope, t.rank, t.id, q.rank, q.id`,
      [workspaceId, analysisId ?? null],
    );
    return {
      filename: `quotes-${wave.id}.csv`,
      header,
      batches: analysisId
        ? mapped(rows, (r) => [
            wave.id,
            analysisId,
            r.theme_id,
            r.scope,
            r.theme_rank,
            r.key,
            r.label,
            r.rank,
            r.band,
            r.quote,
            r.session_id,
            r.turn_seq,
            r.start_offset,
            r.end_offset,
          ])
        : once([]),
    };
  }

  /**
   * The segmentNps query as a table: the overall row first, then one per group. Groups are few
   * (one grouped statement), so there is nothing to stream.
   */
  async segmentNps(ctx: RequestContext, studyId: string, groupBy: string[], waveId: string | null): Promise<CsvExport> {
    const result = await this.segments.segmentNps(ctx, studyId, waveId, groupBy, null);
    const header = [
      'segment',
      ...groupBy,
      'respondents',
      'promoters',
      'passives',
      'detractors',
      'nps',
      'ci_low',
      'ci_high',
      'small_sample',
    ];
    if (new Set(header).size !== header.length) {
      throw new LadderError('INVALID_GROUP_BY', 'A groupBy attribute has the name of a fixed column of the export', { groupBy });
    }
    const records = [result.overall, ...result.segments].map((s, i) => [
      s.label,
      ...groupBy.map((_, j) => (i === 0 ? null : s.key[j].value)),
      s.n,
      s.promoters,
      s.passives,
      s.detractors,
      rounded(s.nps, 2),
      rounded(s.ciLow, 2),
      rounded(s.ciHigh, 2),
      s.smallSample,
    ]);
    return { filename: `segment-nps-${waveId ?? studyId}.csv`, header, batches: once(records) };
  }

  private async latestAnalysis(
    ctx: RequestContext,
    waveId: string,
  ): Promise<{ workspaceId: string; wave: Wave; analysisId: string | null }> {
    const workspaceId = requireWorkspace(ctx, 'read');
    const wave = isUuid(waveId) ? await ctx.db.getRepository(Wave).findOneBy({ id: waveId, workspaceId, preview: false }) : null;
    if (!wave) throw notFound('WAVE_NOT_FOUND', 'Wave', waveId);
    const [latest]: { id: string }[] = await ctx.db.query(
      `SELECT id FROM wave_analysis WHERE workspace_id = $1 AND wave_id = $2 AND status = 'completed'
       ORDER BY finished_at DESC NULLS LAST, started_at DESC LIMIT 1`,
      [workspaceId, waveId],
    );
    return { workspaceId, wave, analysisId: latest?.id ?? null };
  }
}
