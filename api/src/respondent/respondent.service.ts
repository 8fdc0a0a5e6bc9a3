import { requireWorkspace, type RequestContext } from '../common/context.js';
import { LadderError, notFound } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import { appendRespondentFilter } from '../segment/respondent-filter.js';
import { Wave } from '../wave/wave.entity.js';
import { Respondent } from './respondent.entity.js';
import type { RespondentConnection, RespondentFilter, RespondentsArgs } from './respondent.types.js';

const encodeCursor = (externalId: string) => Buffer.from(JSON.stringify([externalId])).toString('base64url');

function decodeCursor(cursor: string): string {
  try {
    const [externalId] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof externalId === 'string') return externalId;
  } catch {
    /* reported below */
  }
  throw new LadderError('BAD_USER_INPUT', 'The "after" cursor is not one this API returned', { argument: 'after' });
}

/** Lineage: the respondents one import batch wrote, or those of one source. An id that is no UUID names no batch. */
function appendLineageFilter(filter: RespondentFilter | undefined | null, where: string[], params: unknown[]): void {
  if (filter?.importBatchId != null) {
    params.push(isUuid(filter.importBatchId) ? filter.importBatchId : null);
    where.push(`r.import_batch_id = $${params.length}::uuid`);
  }
  if (filter?.source != null) {
    params.push(filter.source);
    where.push(`r.source = $${params.length}`);
  }
}

/** A `respondent` row as `SELECT r.*` returns it. */
export interface RespondentRow {
  id: string;
  workspace_id: string;
  wave_id: string;
  external_id: string;
  score: number;
  band: Respondent['band'];
  attributes: Record<string, string>;
  language: string;
  responded_at: Date;
  created_at: Date;
  comment: string | null;
  source: string;
  import_batch_id: string | null;
  received_at: Date;
  updated_at: Date;
}

export const toRespondent = (r: RespondentRow): Respondent =>
  Object.assign(new Respondent(), {
    id: r.id,
    workspaceId: r.workspace_id,
    waveId: r.wave_id,
    externalId: r.external_id,
    score: r.score,
    band: r.band,
    attributes: r.attributes,
    language: r.language,
    respondedAt: r.responded_at,
    createdAt: r.created_at,
    comment: r.comment,
    source: r.source,
    importBatchId: r.import_batch_id,
    receivedAt: r.received_at,
    updatedAt: r.updated_at,
  });

export class RespondentService {
  /** Respondents of a wave ordered by external id, keyset-paged, with the total in the same statement. */
  async list(ctx: RequestContext, args: RespondentsArgs): Promise<RespondentConnection> {
    const workspaceId = requireWorkspace(ctx, 'read');
    const wave = isUuid(args.waveId) ? await ctx.db.getRepository(Wave).findOneBy({ id: args.waveId, workspaceId }) : null;
    if (!wave) throw notFound('WAVE_NOT_FOUND', 'Wave', args.waveId);
    const params: unknown[] = [workspaceId, args.waveId];
    const where = ['r.workspace_id = $1', 'r.wave_id = $2'];
    appendRespondentFilter(args.filter, where, params);
    appendLineageFilter(args.filter, where, params);
    const filtered = where.join(' AND ');
    const after = args.after ? decodeCursor(args.after) : null;
    params.push(after, args.first + 1);
    const rows: (RespondentRow & { total: number })[] = await ctx.db.query(
      `SELECT r.*, (SELECT count(*)::int FROM respondent r WHERE ${filtered}) AS total
       FROM respondent r WHERE ${filtered} AND ($${params.length - 1}::text IS NULL OR r.external_id > $${params.length - 1})
       ORDER BY r.external_id LIMIT $${params.length}`,
      params,
    );
    const page = rows.slice(0, args.first).map(toRespondent);
    const total = rows[0]?.total ?? (after ? await this.count(ctx, filtered, params.slice(0, -2)) : 0);
    return {
      edges: page.map((node) => ({ cursor: encodeCursor(node.externalId), node })),
      pageInfo: { hasNextPage: rows.length > args.first, endCursor: page.length ? encodeCursor(page[page.length - 1].externalId) : null },
      totalCount: total,
    };
  }

  private async count(ctx: RequestContext, where: string, params: unknown[]): Promise<number> {
    const rows: { n: number }[] = await ctx.db.query(`SELECT count(*)::int AS n FROM respondent r WHERE ${where}`, params);
    return rows[0].n;
  }
}
