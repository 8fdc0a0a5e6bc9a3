import {
  CODING_AGREEMENT_RUN_WORKFLOW,
  codingAgreementRunWorkflowId,
  DEFAULT_KAPPA_THRESHOLD,
  TASK_QUEUE,
  type CodingAgreementRunInput,
} from '@ladder/contracts';
import type { TaxonomyContent } from '@ladder/contracts/taxonomy';
import type { WorkflowClient } from '@temporalio/client';
import { driverLabels } from '../analysis/analysis.loaders.js';
import { actorOf, requirePermission, requireWorkspace, type RequestContext } from '../common/context.js';
import type { CoderKind } from '../common/enums.js';
import { LadderError } from '../common/errors.js';
import { ownerEmailOrFail } from '../owner/owner-email.js';
import { taxonomyOrFail } from './coding-correction.service.js';
import type {
  AgreementRunStatus,
  AgreementTriggerKind,
  CodingAgreementRun,
  CodingAgreementSettings,
  UpdateCodingAgreementSettingsInput,
} from './coding-quality.types.js';

/** A driver's figures as the worker stores them in `coding_agreement_run.per_driver`. */
interface StoredDriverAgreement {
  driverKey: string;
  goldenCount: number;
  recodeCount: number;
  bothCount: number;
  percentAgreement: number | null;
  kappa: number | null;
}

interface RunRow {
  id: string;
  study_id: string;
  taxonomy_id: string;
  taxonomy_version: number;
  taxonomy_content: TaxonomyContent;
  coder: CoderKind;
  model: string | null;
  prompt_version: string | null;
  trigger: AgreementTriggerKind;
  status: AgreementRunStatus;
  n: number;
  percent_agreement: number | null;
  kappa: number | null;
  per_driver: StoredDriverAgreement[];
  threshold: number;
  below_threshold: boolean;
  error: string | null;
  created_at: Date;
  finished_at: Date | null;
}

const SELECT_RUN = `SELECT r.id, r.study_id, r.taxonomy_id, r.taxonomy_version, t.content AS taxonomy_content, r.coder, r.model,
    r.prompt_version, r.trigger, r.status, r.n, r.percent_agreement, r.kappa, r.per_driver, r.threshold, r.below_threshold, r.error,
    r.created_at, r.finished_at
  FROM coding_agreement_run r JOIN driver_taxonomy t ON t.id = r.taxonomy_id`;

function toRun(row: RunRow): CodingAgreementRun {
  const labels = driverLabels(row.taxonomy_content);
  return {
    id: row.id,
    studyId: row.study_id,
    taxonomyVersionId: row.taxonomy_id,
    taxonomyVersion: row.taxonomy_version,
    coder: row.coder,
    model: row.model,
    promptVersion: row.prompt_version,
    trigger: row.trigger,
    status: row.status,
    n: row.n,
    percentAgreement: row.percent_agreement,
    kappa: row.kappa,
    threshold: row.threshold,
    belowThreshold: row.below_threshold,
    drivers: row.per_driver.map((d) => ({ ...d, driver: { key: d.driverKey, label: labels.get(d.driverKey) ?? d.driverKey } })),
    error: row.error,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}

/** History pages are short: a run a day per coder is a year in 365 rows. */
const MAX_HISTORY = 400;

/**
 * Coding agreement runs (docs/decisions.md, "Coding agreement"): the API inserts a manual run and
 * starts its workflow; the worker re-codes the golden set with the coder (the code path of the
 * analysis) and writes the figures. The worker's watcher adds the daily and changed-coder runs.
 */
export class CodingAgreementService {
  constructor(private readonly workflows: WorkflowClient) {}

  async run(ctx: RequestContext, taxonomyVersionId: string, coder: CoderKind): Promise<CodingAgreementRun> {
    const principal = requirePermission(ctx, 'write');
    const taxonomy = await taxonomyOrFail(ctx.db.manager, principal.workspaceId, taxonomyVersionId);
    const [{ n }] = await ctx.db.query(
      `SELECT count(*)::int AS n FROM coding_correction WHERE workspace_id = $1 AND taxonomy_id = $2 AND golden`,
      [principal.workspaceId, taxonomy.id],
    );
    if (n === 0) {
      throw new LadderError(
        'GOLDEN_SET_EMPTY',
        `Taxonomy version ${taxonomy.version} has no golden set yet: confirm or correct codings first`,
        {
          field: 'taxonomyVersionId',
        },
      );
    }
    const threshold = (await this.settings(ctx)).kappaThreshold;
    const [{ id }] = await ctx.db.query(
      `INSERT INTO coding_agreement_run (workspace_id, study_id, taxonomy_id, taxonomy_version, coder, trigger, threshold,
         created_by_key_id, created_by)
       VALUES ($1, $2, $3, $4, $5, 'manual', $6, $7, $8) RETURNING id`,
      [principal.workspaceId, taxonomy.study_id, taxonomy.id, taxonomy.version, coder, threshold, principal.keyId, actorOf(principal)],
    );
    try {
      await this.workflows.start(CODING_AGREEMENT_RUN_WORKFLOW, {
        taskQueue: TASK_QUEUE,
        workflowId: codingAgreementRunWorkflowId(id),
        args: [{ runId: id } satisfies CodingAgreementRunInput],
      });
    } catch (error) {
      await ctx.db.query(`DELETE FROM coding_agreement_run WHERE id = $1`, [id]);
      throw new LadderError('ANALYSIS_UNAVAILABLE', 'The analysis service is unavailable; try again shortly', undefined, error);
    }
    return this.byId(ctx, id);
  }

  /** The newest completed run of a coder on a taxonomy version's golden set. */
  async latest(ctx: RequestContext, taxonomyVersionId: string, coder: CoderKind): Promise<CodingAgreementRun | null> {
    const workspaceId = requireWorkspace(ctx, 'read');
    await taxonomyOrFail(ctx.db.manager, workspaceId, taxonomyVersionId);
    const [row]: RunRow[] = await ctx.db.query(
      `${SELECT_RUN} WHERE r.workspace_id = $1 AND r.taxonomy_id = $2 AND r.coder = $3 AND r.status = 'completed'
       ORDER BY r.created_at DESC LIMIT 1`,
      [workspaceId, taxonomyVersionId, coder],
    );
    return row ? toRun(row) : null;
  }

  /** Every run on a taxonomy version (of one coder when given), newest first. */
  async history(ctx: RequestContext, taxonomyVersionId: string, coder: CoderKind | null, first: number): Promise<CodingAgreementRun[]> {
    const workspaceId = requireWorkspace(ctx, 'read');
    await taxonomyOrFail(ctx.db.manager, workspaceId, taxonomyVersionId);
    const rows: RunRow[] = await ctx.db.query(
      `${SELECT_RUN} WHERE r.workspace_id = $1 AND r.taxonomy_id = $2 AND ($3::text IS NULL OR r.coder = $3)
       ORDER BY r.created_at DESC, r.id LIMIT $4`,
      [workspaceId, taxonomyVersionId, coder, Math.min(Math.max(first, 1), MAX_HISTORY)],
    );
    return rows.map(toRun);
  }

  async settings(ctx: RequestContext): Promise<CodingAgreementSettings> {
    const workspaceId = requireWorkspace(ctx, 'read');
    const [row]: { kappa_threshold: number; owner_email: string | null }[] = await ctx.db.query(
      `SELECT kappa_threshold, owner_email FROM coding_agreement_setting WHERE workspace_id = $1`,
      [workspaceId],
    );
    return { kappaThreshold: row?.kappa_threshold ?? DEFAULT_KAPPA_THRESHOLD, ownerEmail: row?.owner_email ?? null };
  }

  /** Sets the threshold and the owner; a field left out keeps its value. */
  async updateSettings(ctx: RequestContext, input: UpdateCodingAgreementSettingsInput): Promise<CodingAgreementSettings> {
    const workspaceId = requireWorkspace(ctx, 'write');
    const current = await this.settings(ctx);
    const ownerEmail =
      input.ownerEmail === undefined || input.ownerEmail === null ? current.ownerEmail : ownerEmailOrFail(input.ownerEmail, 'ownerEmail');
    await ctx.db.query(
      `INSERT INTO coding_agreement_setting (workspace_id, kappa_threshold, owner_email) VALUES ($1, $2, $3)
       ON CONFLICT (workspace_id) DO UPDATE SET kappa_threshold = EXCLUDED.kappa_threshold, owner_email = EXCLUDED.owner_email,
         updated_at = now()`,
      [workspaceId, input.kappaThreshold ?? current.kappaThreshold, ownerEmail],
    );
    return this.settings(ctx);
  }

  private async byId(ctx: RequestContext, id: string): Promise<CodingAgreementRun> {
    const [row]: RunRow[] = await ctx.db.query(`${SELECT_RUN} WHERE r.id = $1`, [id]);
    return toRun(row);
  }
}
