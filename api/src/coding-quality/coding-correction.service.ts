import type { TaxonomyContent } from '@ladder/contracts/taxonomy';
import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { driverLabels } from '../analysis/analysis.loaders.js';
import { actorOf, requirePermission, requireWorkspace, type Caller, type Loaders, type RequestContext } from '../common/context.js';
import type { ExcerptRole } from '../common/enums.js';
import { LadderError, notFound } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import { GoldenSource, type CodingCorrection, type CorrectCodingInput, type CorrectedExcerptInput } from './coding-quality.types.js';

/** An excerpt as `coding_correction.excerpts` stores it. */
interface StoredExcerpt {
  turnSeq: number;
  start: number;
  end: number;
  quote: string;
  driverKey: string;
  categoryKey: string;
  role: `${ExcerptRole}`;
}

interface CorrectionRow {
  id: string;
  session_id: string;
  wave_id: string;
  taxonomy_id: string;
  taxonomy_version: number;
  taxonomy_content: TaxonomyContent;
  source: `${GoldenSource}`;
  golden: boolean;
  stated_driver: string | null;
  root_driver: string | null;
  excerpts: StoredExcerpt[];
  note: string | null;
  created_by_key_id: string | null;
  key_name: string | null;
  created_at: Date;
  updated_at: Date;
}

interface SessionRow {
  id: string;
  wave_id: string;
  study_id: string;
}

interface TaxonomyRow {
  id: string;
  version: number;
  content: TaxonomyContent;
}

interface MachineCoding {
  id: string;
  stated_driver: string | null;
  root_driver: string | null;
  excerpts: StoredExcerpt[];
}

const SELECT_CORRECTION = `SELECT c.id, c.session_id, c.wave_id, c.taxonomy_id, t.version AS taxonomy_version,
    t.content AS taxonomy_content, c.source, c.golden, c.stated_driver, c.root_driver, c.excerpts, c.note, c.created_by_key_id,
    coalesce(k.name, u.name, u.email) AS key_name, c.created_at, c.updated_at
  FROM coding_correction c JOIN driver_taxonomy t ON t.id = c.taxonomy_id LEFT JOIN api_key k ON k.id = c.created_by_key_id
    LEFT JOIN app_user u ON c.created_by = 'user:' || u.id::text`;

export function toCorrection(row: CorrectionRow): CodingCorrection {
  const labels = driverLabels(row.taxonomy_content);
  const ref = (key: string | null) => (key ? { key, label: labels.get(key) ?? key } : null);
  return {
    id: row.id,
    sessionId: row.session_id,
    waveId: row.wave_id,
    taxonomyVersionId: row.taxonomy_id,
    taxonomyVersion: row.taxonomy_version,
    source: row.source as GoldenSource,
    inGoldenSet: row.golden,
    statedDriver: ref(row.stated_driver),
    rootDriver: ref(row.root_driver),
    excerpts: row.excerpts.map((e) => ({ ...e, role: e.role as ExcerptRole, driverLabel: labels.get(e.driverKey) ?? e.driverKey })),
    note: row.note,
    byKeyId: row.created_by_key_id,
    by: row.key_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const categoryOf = (content: TaxonomyContent) => new Map(content.categories.flatMap((c) => c.drivers.map((d) => [d.key, c.key] as const)));

/** Batch loaders of analyst codings by `sessionId|taxonomyId`, one per request's loaders (a subscription's fresh loaders get new ones). */
const loaders = new WeakMap<Loaders, DataLoader<string, CodingCorrection | null>>();

export function correctionLoader(ctx: RequestContext): DataLoader<string, CodingCorrection | null> {
  let loader = loaders.get(ctx.loaders);
  if (!loader) {
    const workspaceId = ctx.principal.kind === 'anonymous' ? null : ctx.principal.workspaceId;
    loader = new DataLoader(async (keys) => {
      const pairs = keys.map((k) => k.split('|'));
      const rows: CorrectionRow[] = workspaceId
        ? await ctx.db.query(
            `${SELECT_CORRECTION} WHERE c.workspace_id = $1 AND (c.session_id, c.taxonomy_id) IN
            (SELECT * FROM unnest($2::uuid[], $3::uuid[]))`,
            [workspaceId, pairs.map((p) => p[0]), pairs.map((p) => p[1])],
          )
        : [];
      const byKey = new Map(rows.map((r) => [`${r.session_id}|${r.taxonomy_id}`, toCorrection(r)]));
      return keys.map((k) => byKey.get(k) ?? null);
    });
    loaders.set(ctx.loaders, loader);
  }
  return loader;
}

/**
 * Analysts' codings and the golden sets (docs/decisions.md, "Coding agreement"). A correction or a
 * confirmation is one row per session and taxonomy version in `coding_correction`, apart from the
 * machine coding: re-coding replaces `transcript_coding` and leaves these rows as they are.
 */
export class CodingCorrectionService {
  /** Stores the analyst's coding (fields left out keep the machine coding's), in the golden set of its taxonomy version. */
  async correct(ctx: RequestContext, input: CorrectCodingInput): Promise<CodingCorrection> {
    const principal = requirePermission(ctx, 'write');
    return ctx.db.transaction(async (em) => {
      const session = await this.session(em, principal.workspaceId, input.sessionId);
      const taxonomy = await this.taxonomy(em, principal.workspaceId, session, input.taxonomyVersionId);
      const machine = await this.machineCoding(em, session.id, taxonomy.id);
      const keys = categoryOf(taxonomy.content);
      const known = (key: string, field: string) => {
        if (!keys.has(key)) {
          throw new LadderError('DRIVER_NOT_IN_TAXONOMY', `"${key}" is not a driver of taxonomy version ${taxonomy.version}`, {
            field,
            driverKey: key,
          });
        }
        return key;
      };
      const stated = input.statedDriver != null ? known(input.statedDriver, 'statedDriver') : (machine?.stated_driver ?? null);
      const root = input.noRootDriver
        ? null
        : input.rootDriver != null
          ? known(input.rootDriver, 'rootDriver')
          : (machine?.root_driver ?? null);
      const excerpts = input.excerpts
        ? await this.excerpts(em, session.id, input.excerpts, (key, i) => ({ key: known(key, `excerpts.${i}.driverKey`), keys }))
        : (machine?.excerpts ?? []);
      const id = await this.upsertGolden(em, principal, session, taxonomy, {
        source: GoldenSource.CORRECTED,
        stated,
        root,
        excerpts,
        note: input.note?.trim() || null,
        machineCodingId: machine?.id ?? null,
      });
      return this.byId(em, id);
    });
  }

  /**
   * Puts the machine coding in the golden set as it is now (a copy: a later re-code cannot change
   * the reference). A session the analyst corrected stays corrected and goes back into the set.
   */
  async confirm(ctx: RequestContext, sessionId: string, taxonomyVersionId?: string | null): Promise<CodingCorrection> {
    const principal = requirePermission(ctx, 'write');
    return ctx.db.transaction(async (em) => {
      const session = await this.session(em, principal.workspaceId, sessionId);
      const taxonomy = await this.taxonomy(em, principal.workspaceId, session, taxonomyVersionId);
      const existing: { id: string; source: string }[] = await em.query(
        `SELECT id, source FROM coding_correction WHERE workspace_id = $1 AND session_id = $2 AND taxonomy_id = $3 FOR UPDATE`,
        [principal.workspaceId, session.id, taxonomy.id],
      );
      if (existing[0]?.source === GoldenSource.CORRECTED) {
        await em.query(
          `UPDATE coding_correction SET golden = true, updated_at = now(), created_by_key_id = $2, created_by = $3 WHERE id = $1`,
          [existing[0].id, principal.keyId, actorOf(principal)],
        );
        return this.byId(em, existing[0].id);
      }
      const machine = await this.machineCoding(em, session.id, taxonomy.id);
      if (!machine) throw notFound('CODING_NOT_FOUND', 'Coding of session', `${session.id} under taxonomy version ${taxonomy.version}`);
      const id = await this.upsertGolden(em, principal, session, taxonomy, {
        source: GoldenSource.CONFIRMED,
        stated: machine.stated_driver,
        root: machine.root_driver,
        excerpts: machine.excerpts,
        note: null,
        machineCodingId: machine.id,
      });
      return this.byId(em, id);
    });
  }

  /** Takes a session out of the golden set: a confirmation is forgotten, a correction is kept (still served) outside the set. */
  async remove(ctx: RequestContext, sessionId: string, taxonomyVersionId?: string | null): Promise<boolean> {
    const principal = requirePermission(ctx, 'write');
    return ctx.db.transaction(async (em) => {
      const session = await this.session(em, principal.workspaceId, sessionId);
      const taxonomy = await this.taxonomy(em, principal.workspaceId, session, taxonomyVersionId);
      const params = [principal.workspaceId, session.id, taxonomy.id];
      // TypeORM answers an UPDATE or DELETE with [rows, count].
      const [, deleted]: [unknown[], number] = await em.query(
        `DELETE FROM coding_correction WHERE workspace_id = $1 AND session_id = $2 AND taxonomy_id = $3 AND source = 'confirmed'
         RETURNING id`,
        params,
      );
      const [, updated]: [unknown[], number] = await em.query(
        `UPDATE coding_correction SET golden = false, updated_at = now() WHERE workspace_id = $1 AND session_id = $2 AND taxonomy_id = $3
           AND golden RETURNING id`,
        params,
      );
      return deleted + updated > 0;
    });
  }

  /** The golden set of a taxonomy version, most recently changed first. */
  async goldenSet(ctx: RequestContext, taxonomyVersionId: string): Promise<CodingCorrection[]> {
    const workspaceId = requireWorkspace(ctx, 'transcripts');
    await taxonomyOrFail(ctx.db.manager, workspaceId, taxonomyVersionId);
    const rows: CorrectionRow[] = await ctx.db.query(
      `${SELECT_CORRECTION} WHERE c.workspace_id = $1 AND c.taxonomy_id = $2 AND c.golden ORDER BY c.updated_at DESC, c.id`,
      [workspaceId, taxonomyVersionId],
    );
    return rows.map(toCorrection);
  }

  /**
   * Writes the session's row of the golden set (one per session and taxonomy version), in it: a new row, or the one
   * there replaced, with who did it; answers its id.
   */
  private async upsertGolden(
    em: EntityManager,
    principal: Caller,
    session: SessionRow,
    taxonomy: TaxonomyRow,
    row: {
      source: GoldenSource;
      stated: string | null;
      root: string | null;
      excerpts: StoredExcerpt[];
      note: string | null;
      machineCodingId: string | null;
    },
  ): Promise<string> {
    const [{ id }]: { id: string }[] = await em.query(
      `INSERT INTO coding_correction (workspace_id, study_id, wave_id, session_id, taxonomy_id, source, golden, stated_driver,
         root_driver, excerpts, note, machine_coding_id, created_by_key_id, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, true, $7, $8, $9::jsonb, $10, $11, $12, $13)
       ON CONFLICT (workspace_id, session_id, taxonomy_id) DO UPDATE SET source = EXCLUDED.source, golden = true,
         stated_driver = EXCLUDED.stated_driver, root_driver = EXCLUDED.root_driver, excerpts = EXCLUDED.excerpts, note = EXCLUDED.note,
         machine_coding_id = EXCLUDED.machine_coding_id, created_by_key_id = EXCLUDED.created_by_key_id,
         created_by = EXCLUDED.created_by, updated_at = now()
       RETURNING id`,
      [
        principal.workspaceId,
        session.study_id,
        session.wave_id,
        session.id,
        taxonomy.id,
        row.source,
        row.stated,
        row.root,
        JSON.stringify(row.excerpts),
        row.note,
        row.machineCodingId,
        principal.keyId,
        actorOf(principal),
      ],
    );
    return id;
  }

  private async byId(em: EntityManager, id: string): Promise<CodingCorrection> {
    const [row]: CorrectionRow[] = await em.query(`${SELECT_CORRECTION} WHERE c.id = $1`, [id]);
    return toCorrection(row);
  }

  private async session(em: EntityManager, workspaceId: string, sessionId: string): Promise<SessionRow> {
    const rows: SessionRow[] = isUuid(sessionId)
      ? await em.query(
          `SELECT s.id, s.wave_id, w.study_id FROM interview_session s JOIN wave w ON w.id = s.wave_id
           WHERE s.id = $1 AND s.workspace_id = $2`,
          [sessionId, workspaceId],
        )
      : [];
    if (!rows[0]) throw notFound('SESSION_NOT_FOUND', 'Interview session', sessionId);
    return rows[0];
  }

  /** The named version (of the session's study), else that of the session's newest coding, else the study's latest. */
  private async taxonomy(em: EntityManager, workspaceId: string, session: SessionRow, id?: string | null): Promise<TaxonomyRow> {
    if (id) {
      const t = await taxonomyOrFail(em, workspaceId, id);
      if (t.study_id !== session.study_id) throw notFound('TAXONOMY_NOT_FOUND', 'Taxonomy version', id);
      return t;
    }
    const rows: TaxonomyRow[] = await em.query(
      `SELECT t.id, t.version, t.content FROM driver_taxonomy t
       WHERE t.workspace_id = $1 AND t.study_id = $2
       ORDER BY EXISTS (SELECT 1 FROM transcript_coding c WHERE c.session_id = $3 AND c.taxonomy_id = t.id) DESC, t.version DESC LIMIT 1`,
      [workspaceId, session.study_id, session.id],
    );
    if (!rows[0]) throw notFound('TAXONOMY_NOT_FOUND', 'Taxonomy', `of study ${session.study_id}`);
    return rows[0];
  }

  private async machineCoding(em: EntityManager, sessionId: string, taxonomyId: string): Promise<MachineCoding | null> {
    const rows: MachineCoding[] = await em.query(
      `SELECT c.id, c.stated_driver, c.root_driver,
         coalesce((SELECT json_agg(json_build_object('turnSeq', e.turn_seq, 'start', e.start_offset, 'end', e.end_offset, 'quote', e.quote,
           'driverKey', e.driver_key, 'categoryKey', e.category_key, 'role', e.role) ORDER BY e.turn_seq, e.start_offset)
           FROM coded_excerpt e WHERE e.coding_id = c.id), '[]') AS excerpts
       FROM transcript_coding c WHERE c.session_id = $1 AND c.taxonomy_id = $2`,
      [sessionId, taxonomyId],
    );
    return rows[0] ?? null;
  }

  /** The analyst's spans, each inside a respondent turn of the session, with their verbatim quotes. */
  private async excerpts(
    em: EntityManager,
    sessionId: string,
    input: CorrectedExcerptInput[],
    known: (key: string, index: number) => { key: string; keys: Map<string, string> },
  ): Promise<StoredExcerpt[]> {
    const turns: { seq: number; text: string }[] = await em.query(
      `SELECT seq, text FROM turn WHERE session_id = $1 AND role = 'respondent' AND seq = ANY($2::int[])`,
      [sessionId, input.map((e) => e.turnSeq)],
    );
    const textOf = new Map(turns.map((t) => [t.seq, t.text]));
    return input.map((e, i) => {
      const { key, keys } = known(e.driverKey, i);
      const text = textOf.get(e.turnSeq);
      const invalid = (field: string, why: string) =>
        new LadderError('EXCERPT_SPAN_INVALID', `Excerpt ${i + 1}: ${why}`, { field: `excerpts.${i}.${field}` });
      if (text === undefined) throw invalid('turnSeq', `turn ${e.turnSeq} is not a respondent turn of this interview`);
      if (e.start >= e.end) throw invalid('end', 'end must be after start');
      if (e.end > text.length) throw invalid('end', `the turn has ${text.length} characters; the span ends at ${e.end}`);
      const quote = text.slice(e.start, e.end);
      if (!quote.trim()) throw invalid('start', 'the span holds only spaces');
      return { turnSeq: e.turnSeq, start: e.start, end: e.end, quote, driverKey: key, categoryKey: keys.get(key)!, role: e.role };
    });
  }
}

/** A taxonomy version of the workspace, or TAXONOMY_NOT_FOUND. */
export async function taxonomyOrFail(em: EntityManager, workspaceId: string, id: string): Promise<TaxonomyRow & { study_id: string }> {
  const rows: (TaxonomyRow & { study_id: string })[] = isUuid(id)
    ? await em.query(`SELECT id, version, content, study_id FROM driver_taxonomy WHERE id = $1 AND workspace_id = $2`, [id, workspaceId])
    : [];
  if (!rows[0]) throw notFound('TAXONOMY_NOT_FOUND', 'Taxonomy version', id);
  return rows[0];
}
