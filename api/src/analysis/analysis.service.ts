import { randomUUID } from 'node:crypto';
import { WorkflowNotFoundError, type WorkflowClient } from '@temporalio/client';
import { TASK_QUEUE, WAVE_ANALYSIS_WORKFLOW, waveAnalysisWorkflowId, type WaveAnalysisInput } from '@ladder/contracts';
import type { EntityManager } from 'typeorm';
import { requireWorkspace, type RequestContext } from '../common/context.js';
import { LadderError, notFound } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import type { StudyService } from '../study/study.service.js';
import type { TaxonomyService } from '../taxonomy/taxonomy.service.js';
import type { RecodeStudyInput } from '../taxonomy/taxonomy.types.js';
import { CoderKind } from './analysis.types.js';
import type { AnalysisView } from './analysis.loaders.js';

interface WaveRow {
  id: string;
  study_id: string;
}

/** How long to wait for Temporal when checking whether a running analysis is still alive. */
const LIVENESS_TIMEOUT_MS = 2000;
interface Planned {
  id: string;
  isNew: boolean;
}

export class AnalysisService {
  constructor(
    private readonly workflows: WorkflowClient,
    private readonly studies: StudyService,
    private readonly taxonomies: TaxonomyService,
  ) {}

  async find(ctx: RequestContext, id: string): Promise<AnalysisView | null> {
    requireWorkspace(ctx, 'read');
    return isUuid(id) ? ctx.loaders.analysis.load(id) : null;
  }

  /**
   * Analyses a wave under the study's latest taxonomy version. While an analysis of the wave is
   * running, starting again returns it instead of starting a second one.
   */
  async start(ctx: RequestContext, waveId: string): Promise<AnalysisView> {
    const workspaceId = requireWorkspace(ctx, 'write');
    if (isUuid(waveId)) await this.failDeadAnalyses(ctx, workspaceId, [waveId]);
    const [planned] = await ctx.db.transaction(async (em) => {
      const [wave] = await this.lockWaves(em, workspaceId, isUuid(waveId) ? [waveId] : [], null);
      if (!wave) throw notFound('WAVE_NOT_FOUND', 'Wave', waveId);
      const [taxonomy]: { id: string }[] = await em.query(
        `SELECT id FROM driver_taxonomy WHERE workspace_id = $1 AND study_id = $2 ORDER BY version DESC LIMIT 1`,
        [workspaceId, wave.study_id],
      );
      if (!taxonomy) throw notFound('TAXONOMY_NOT_FOUND', 'Taxonomy', `of study ${wave.study_id}`);
      return this.plan(em, workspaceId, [wave], taxonomy.id, false);
    });
    return (await this.launch(ctx, [planned]))[0];
  }

  /**
   * Re-codes waves (every wave of the study by default) under one taxonomy version (the latest by
   * default): one new analysis per wave, in one mutation. An analysis of a wave already running
   * under that version is returned instead of a second one.
   */
  async recode(ctx: RequestContext, input: RecodeStudyInput): Promise<AnalysisView[]> {
    const workspaceId = requireWorkspace(ctx, 'write');
    await this.studies.findOrFail(ctx, input.studyId);
    const taxonomy = await this.taxonomies.versionOrFail(ctx, input.studyId, input.taxonomyVersion);
    const requested = input.waveIds ? [...new Set(input.waveIds)] : null;
    await this.failDeadAnalyses(ctx, workspaceId, requested?.filter(isUuid) ?? null, input.studyId);
    const planned = await ctx.db.transaction(async (em) => {
      const waves = await this.lockWaves(em, workspaceId, requested?.filter(isUuid) ?? null, input.studyId);
      const missing = requested?.find((id) => !waves.some((w) => w.id === id));
      if (missing) throw notFound('WAVE_NOT_FOUND', 'Wave', missing);
      return this.plan(em, workspaceId, waves, taxonomy.id, true);
    });
    return this.launch(ctx, planned);
  }

  /**
   * An analysis row still `running` whose workflow is gone (terminated, failed, timed out, or
   * unknown to Temporal) would be returned forever instead of a new run: mark it failed first.
   * When Temporal cannot be asked in time, nothing is changed.
   */
  private async failDeadAnalyses(ctx: RequestContext, workspaceId: string, waveIds: string[] | null, studyId?: string): Promise<void> {
    const rows: { id: string; workflow_id: string }[] = await ctx.db.query(
      `SELECT id, workflow_id FROM wave_analysis WHERE workspace_id = $1 AND status = 'running'
         AND ($2::uuid[] IS NULL OR wave_id = ANY($2::uuid[])) AND ($3::uuid IS NULL OR study_id = $3::uuid)`,
      [workspaceId, waveIds, studyId ?? null],
    );
    await Promise.all(
      rows.map(async (row) => {
        let ended: string | null = null;
        try {
          const description = await Promise.race([
            this.workflows.getHandle(row.workflow_id).describe(),
            new Promise<null>((resolve) => setTimeout(() => resolve(null), LIVENESS_TIMEOUT_MS).unref()),
          ]);
          if (description && description.status.name !== 'RUNNING') ended = description.status.name.toLowerCase().replace(/_/g, ' ');
        } catch (error) {
          if (error instanceof WorkflowNotFoundError) ended = 'not found';
        }
        if (ended) {
          await ctx.db.query(
            `UPDATE wave_analysis SET status = 'failed', error = $2, finished_at = now() WHERE id = $1 AND status = 'running'`,
            [row.id, `the analysis workflow ended (${ended}) before finishing`],
          );
        }
      }),
    );
  }

  /** Locks the waves (by id, or every wave of the study) so concurrent starts see each other's rows. */
  private lockWaves(em: EntityManager, workspaceId: string, ids: string[] | null, studyId: string | null): Promise<WaveRow[]> {
    return em.query(
      `SELECT id, study_id FROM wave WHERE workspace_id = $1 AND NOT preview
         AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[])) AND ($3::uuid IS NULL OR study_id = $3::uuid)
       ORDER BY coalesce(launched_at, created_at), created_at FOR UPDATE`,
      [workspaceId, ids, studyId],
    );
  }

  /** Reuses a running analysis of each wave (of the same taxonomy when `sameTaxonomy`), else inserts one. */
  private async plan(
    em: EntityManager,
    workspaceId: string,
    waves: WaveRow[],
    taxonomyId: string,
    sameTaxonomy: boolean,
  ): Promise<Planned[]> {
    const running: { id: string; wave_id: string }[] = await em.query(
      `SELECT DISTINCT ON (wave_id) id, wave_id FROM wave_analysis
       WHERE workspace_id = $1 AND wave_id = ANY($2::uuid[]) AND status = 'running' AND (NOT $3 OR taxonomy_id = $4)
       ORDER BY wave_id, started_at DESC`,
      [workspaceId, waves.map((w) => w.id), sameTaxonomy, taxonomyId],
    );
    const planned: Planned[] = [];
    for (const wave of waves) {
      const current = running.find((r) => r.wave_id === wave.id);
      if (current) {
        planned.push({ id: current.id, isNew: false });
        continue;
      }
      const id = randomUUID();
      // The offline synthesizer writes the themes until the worker's analysis uses Mistral.
      await em.query(
        `INSERT INTO wave_analysis (id, workspace_id, study_id, wave_id, taxonomy_id, status, synthesizer, workflow_id)
         VALUES ($1, $2, $3, $4, $5, 'running', $6, $7)`,
        [id, workspaceId, wave.study_id, wave.id, taxonomyId, CoderKind.OFFLINE, waveAnalysisWorkflowId(id)],
      );
      planned.push({ id, isNew: true });
    }
    return planned;
  }

  /**
   * Starts the workflows of the new analyses, whose rows are committed so the first activity finds
   * them. Rows whose workflow could not start are deleted and the mutation fails.
   */
  private async launch(ctx: RequestContext, planned: Planned[]): Promise<AnalysisView[]> {
    const fresh = planned.filter((p) => p.isNew).map((p) => p.id);
    const results = await Promise.allSettled(
      fresh.map((analysisId) =>
        this.workflows.start(WAVE_ANALYSIS_WORKFLOW, {
          taskQueue: TASK_QUEUE,
          workflowId: waveAnalysisWorkflowId(analysisId),
          args: [{ analysisId } satisfies WaveAnalysisInput],
        }),
      ),
    );
    const failed = fresh.filter((_, i) => results[i].status === 'rejected');
    if (failed.length) {
      await ctx.db.query(`DELETE FROM wave_analysis WHERE id = ANY($1::uuid[])`, [failed]);
      const started = planned.map((p) => p.id).filter((id) => !failed.includes(id));
      const reason = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')?.reason;
      throw new LadderError(
        'ANALYSIS_UNAVAILABLE',
        'The analysis service is unavailable; try again shortly',
        started.length ? { startedAnalysisIds: started } : undefined,
        reason,
      );
    }
    ctx.loaders.analysis.clearAll();
    const loaded = await ctx.loaders.analysis.loadMany(planned.map((p) => p.id));
    return loaded.map((a) => {
      if (!a || a instanceof Error) throw new LadderError('INTERNAL_SERVER_ERROR', 'The analysis disappeared', undefined, a);
      return a;
    });
  }
}
