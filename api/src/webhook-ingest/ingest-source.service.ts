import type { IngestSource as IngestSourceName } from '@ladder/contracts';
import type { DataSource } from 'typeorm';
import { requireWorkspace, type RequestContext } from '../common/context.js';
import { LadderError, notFound } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import { parseMapping, storedMapping, type IngestMapping } from './ingest-mapping.js';
import type { IngestSourceKind } from '../common/enums.js';
import { SOURCE_COLUMNS, type IngestSourceRow } from './ingest-source.loaders.js';
import type { ConfigureIngestSourceInput, IngestSource, IngestSourceSecret } from './ingest-source.types.js';
import { generateStandardSecret, generateTypeformSecret } from './signatures.js';

const SECRET_MAKERS: Record<IngestSourceName, () => string> = { generic: generateStandardSecret, typeform: generateTypeformSecret };

/** What a delivery needs to be checked and ingested: its wave's workspace, the secret and the mapping. */
export interface IngestTargetConfig {
  workspaceId: string;
  secret: string;
  mapping: IngestMapping;
}

/**
 * Webhook sources of waves (`wave_ingest_source`): configured and rotated over GraphQL, looked up
 * by the webhook route. The secret is stored as is because HMAC verification needs it; it leaves
 * the API only in the answer of the call that made it.
 */
export class IngestSourceService {
  constructor(private readonly apiUrl: string) {}

  urlOf(source: string, waveId: string): string {
    return `${this.apiUrl}/ingest/${source}/${waveId}`;
  }

  withUrl(row: IngestSourceRow): IngestSource {
    return { ...row, url: this.urlOf(row.source, row.waveId) };
  }

  /**
   * Creates the wave's source with a new secret, or updates its mapping (the secret is kept and
   * not shown again). One statement: the wave must be the caller's and not a preview wave.
   */
  async configure(ctx: RequestContext, input: ConfigureIngestSourceInput): Promise<IngestSourceSecret> {
    const workspaceId = requireWorkspace(ctx, 'write');
    const { mapping } = parseMapping(input.source, input.mapping);
    if (!isUuid(input.waveId)) throw notFound('WAVE_NOT_FOUND', 'Wave', input.waveId);
    const rows: (IngestSourceRow & { secret: string; created: boolean })[] = await ctx.db.query(
      `INSERT INTO wave_ingest_source (workspace_id, wave_id, source, secret, mapping)
       SELECT w.workspace_id, w.id, $3, $4, $5::jsonb FROM wave w WHERE w.id = $1 AND w.workspace_id = $2 AND NOT w.preview
       ON CONFLICT (wave_id, source) DO UPDATE SET mapping = EXCLUDED.mapping
       RETURNING ${SOURCE_COLUMNS}, secret, (xmax = 0) AS created`,
      [input.waveId, workspaceId, input.source, SECRET_MAKERS[input.source](), JSON.stringify(mapping)],
    );
    if (!rows.length) throw notFound('WAVE_NOT_FOUND', 'Wave', input.waveId);
    const { secret, created, ...row } = rows[0];
    return { ...this.withUrl(row), secret: created ? secret : null };
  }

  /** A new secret for the source; the old one stops working at once (deliveries signed with it get INVALID_SIGNATURE). */
  async rotate(ctx: RequestContext, waveId: string, source: IngestSourceKind): Promise<IngestSourceSecret> {
    const workspaceId = requireWorkspace(ctx, 'write');
    type Rotated = IngestSourceRow & { secret: string };
    // TypeORM answers an UPDATE with [rows, affected count].
    const [rows]: [Rotated[], number] = isUuid(waveId)
      ? await ctx.db.query(
          `UPDATE wave_ingest_source SET secret = $4, rotated_at = clock_timestamp()
           WHERE wave_id = $1 AND workspace_id = $2 AND source = $3 RETURNING ${SOURCE_COLUMNS}, secret`,
          [waveId, workspaceId, source, SECRET_MAKERS[source]()],
        )
      : [[], 0];
    if (!rows.length) {
      throw new LadderError('INGEST_TARGET_NOT_FOUND', `Wave ${waveId} has no ${source} webhook source; configure it first`, {
        waveId,
        source,
      });
    }
    const { secret, ...row } = rows[0];
    return { ...this.withUrl(row), secret };
  }
}

/** The configuration of `POST /ingest/<source>/<waveId>`, or null when the wave has no such source (or is a preview wave). */
export async function findIngestTarget(db: DataSource, waveId: string, source: IngestSourceName): Promise<IngestTargetConfig | null> {
  if (!isUuid(waveId)) return null;
  const rows: { workspaceId: string; secret: string; mapping: unknown }[] = await db.query(
    `SELECT s.workspace_id AS "workspaceId", s.secret, s.mapping FROM wave_ingest_source s JOIN wave w ON w.id = s.wave_id
     WHERE s.wave_id = $1 AND s.source = $2 AND NOT w.preview`,
    [waveId, source],
  );
  return rows.length ? { workspaceId: rows[0].workspaceId, secret: rows[0].secret, mapping: storedMapping(source, rows[0].mapping) } : null;
}
