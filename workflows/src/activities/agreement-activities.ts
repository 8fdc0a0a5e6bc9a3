import { setTimeout as sleep } from 'node:timers/promises';
import {
  CODING_AGREEMENT_EVERY_MS,
  DEFAULT_KAPPA_THRESHOLD,
  enqueueWebhookEvent,
  fingerprintKey,
  queueOwnerNotification,
  type AgreementTrigger,
  type CoderFingerprint,
  type CoderKind,
} from '@ladder/contracts';
import { ApplicationFailure, Context } from '@temporalio/activity';
import type pg from 'pg';
import { compareCodings, type CitedDrivers } from '@ladder/contracts/stats';
import { mistralCoder, offlineCoder, promptVersionOf, type CoderResult, type CodingInput, type TranscriptCoder } from '../coding/coder.js';
import { LlmError } from '../llm/llm-error.js';
import type { MistralChat } from '../llm/mistral-chat.js';
import { codingInputOf, loadTaxonomy } from './coding-store.js';
import { inTransaction } from './db.js';

export interface AgreementDeps {
  pool: pg.Pool;
  /** Mistral, when this worker has a key: without it MISTRAL runs fail and the watcher measures the offline coder only. */
  llm?: MistralChat | null;
  /** Mistral attempts per transcript before the run fails (a run never falls back to another coder). Default 3. */
  codingAttempts?: number;
  retryDelayMs?: number;
  now?: () => Date;
}

interface RunRow {
  id: string;
  workspace_id: string;
  study_id: string;
  taxonomy_id: string;
  coder: CoderKind;
  status: string;
  trigger: AgreementTrigger;
  threshold: number;
}

const heartbeat = () => {
  try {
    Context.current().heartbeat();
  } catch {
    // Called outside an activity (tests): nothing to tell.
  }
};

/**
 * Coding agreement runs (docs/decisions.md, "Coding agreement"): re-code a taxonomy version's golden
 * set with one coder, through the coder interface the analysis uses, compare with the analysts'
 * codings and store the figures; below the workspace's kappa threshold, a drift notice goes to the
 * owner outbox and the webhook outbox in the same transaction. The re-codes are not stored: they
 * measure the coder, they do not replace the codings analysts read.
 */
export function createAgreementActivities({
  pool,
  llm = null,
  codingAttempts = 3,
  retryDelayMs = 1000,
  now = () => new Date(),
}: AgreementDeps) {
  const mistral: TranscriptCoder | null = llm ? mistralCoder(llm) : null;

  /** The coders this worker can run, with what makes each what it is. */
  const fingerprintOf = (coder: CoderKind, taxonomyVersion: number): CoderFingerprint => ({
    coder,
    model: coder === 'mistral' ? (llm?.model ?? null) : null,
    promptVersion: promptVersionOf(coder),
    taxonomyVersion,
  });
  const coders: CoderKind[] = llm ? ['offline', 'mistral'] : ['offline'];

  async function recode(coder: TranscriptCoder, sessionId: string, input: CodingInput): Promise<CoderResult> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await coder.code(input);
      } catch (error) {
        if (!(error instanceof LlmError) || !error.retryable || attempt >= codingAttempts) {
          throw ApplicationFailure.nonRetryable(`session ${sessionId} could not be re-coded: ${(error as Error).message}`, 'RECODE_FAILED');
        }
        await sleep(Math.min(10_000, Math.max(retryDelayMs * attempt, error.retryAfterMs ?? 0)));
      }
    }
  }

  async function thresholdOf(workspaceId: string): Promise<number> {
    const { rows } = await pool.query(`SELECT kappa_threshold FROM coding_agreement_setting WHERE workspace_id = $1`, [workspaceId]);
    return rows[0]?.kappa_threshold ?? DEFAULT_KAPPA_THRESHOLD;
  }

  return {
    /** Re-codes the run's golden set and writes its figures; a run already finished is left as it is. */
    async executeAgreementRun({ runId }: { runId: string }): Promise<{ kappa: number | null; belowThreshold: boolean }> {
      const { rows } = await pool.query<RunRow>(`SELECT * FROM coding_agreement_run WHERE id = $1`, [runId]);
      const run = rows[0];
      if (!run) throw ApplicationFailure.nonRetryable(`coding agreement run ${runId} does not exist`, 'RUN_NOT_FOUND');
      if (run.status !== 'running') return { kappa: null, belowThreshold: false };
      const coder = run.coder === 'mistral' ? mistral : offlineCoder;
      if (!coder)
        throw ApplicationFailure.nonRetryable(
          'this worker has no Mistral key (MISTRAL_API_KEY): it cannot run the Mistral coder',
          'NO_LLM',
        );
      const taxonomy = await loadTaxonomy(pool, run.study_id, run.taxonomy_id);
      if (!taxonomy) throw ApplicationFailure.nonRetryable(`taxonomy ${run.taxonomy_id} does not exist`, 'TAXONOMY_NOT_FOUND');
      const fingerprint = fingerprintOf(run.coder, taxonomy.version);
      await pool.query(`UPDATE coding_agreement_run SET model = $2, prompt_version = $3 WHERE id = $1`, [
        run.id,
        fingerprint.model,
        fingerprint.promptVersion,
      ]);
      const { rows: golden } = await pool.query<{ session_id: string; stated_driver: string | null; root_driver: string | null }>(
        `SELECT session_id, stated_driver, root_driver FROM coding_correction
         WHERE workspace_id = $1 AND taxonomy_id = $2 AND golden ORDER BY session_id`,
        [run.workspace_id, run.taxonomy_id],
      );
      const recoded: CitedDrivers[] = [];
      let model = fingerprint.model;
      for (const g of golden) {
        heartbeat();
        const result = await recode(coder, g.session_id, await codingInputOf(pool, g.session_id, taxonomy));
        model = result.usage?.model ?? model;
        recoded.push({ stated: result.statedDriverKey, root: result.rootDriverKey });
      }
      const driverKeys = taxonomy.content.categories.flatMap((c) => c.drivers.map((d) => d.key));
      const figures = compareCodings(
        golden.map((g) => ({ stated: g.stated_driver, root: g.root_driver })),
        recoded,
        driverKeys,
      );
      const below = figures.kappa !== null && figures.kappa < run.threshold;
      await inTransaction(pool, async (client) => {
        const updated = await client.query(
          `UPDATE coding_agreement_run SET status = 'completed', model = $2, n = $3, percent_agreement = $4, kappa = $5,
             per_driver = $6::jsonb, below_threshold = $7, finished_at = now() WHERE id = $1 AND status = 'running'`,
          [run.id, model, figures.n, figures.percentAgreement, figures.kappa, JSON.stringify(figures.drivers), below],
        );
        if (!updated.rowCount || !below) return;
        const data = {
          runId: run.id,
          studyId: run.study_id,
          taxonomyVersionId: run.taxonomy_id,
          taxonomyVersion: taxonomy.version,
          coder: run.coder,
          model,
          promptVersion: fingerprint.promptVersion,
          trigger: run.trigger,
          n: figures.n,
          percentAgreement: figures.percentAgreement,
          kappa: figures.kappa,
          threshold: run.threshold,
        };
        await enqueueWebhookEvent(client, run.workspace_id, 'coding.agreement_dropped', data);
        const {
          rows: [setting],
        } = await client.query(`SELECT owner_email FROM coding_agreement_setting WHERE workspace_id = $1`, [run.workspace_id]);
        if (setting?.owner_email) {
          const { rows: study } = await client.query(`SELECT name FROM study WHERE id = $1`, [run.study_id]);
          await queueOwnerNotification(client, {
            workspaceId: run.workspace_id,
            email: setting.owner_email,
            kind: 'coding.agreement_dropped',
            subjectId: run.id,
            title: `Coding agreement dropped in ${study[0]?.name ?? 'a study'}: kappa ${figures.kappa!.toFixed(2)} < ${run.threshold}`,
            body: [
              `The ${run.coder} coder${model ? ` (${model})` : ''}, prompt ${fingerprint.promptVersion}, re-coded the ${figures.n} ` +
                `golden transcripts of taxonomy version ${taxonomy.version}.`,
              `Agreement with the analysts: ${Math.round((figures.percentAgreement ?? 0) * 1000) / 10}%, Cohen's kappa ` +
                `${figures.kappa!.toFixed(2)} (threshold ${run.threshold}; run: ${run.trigger}).`,
              'Check its codings before trusting new analyses.',
            ].join('\n'),
            link: `/studies/${run.study_id}/coding-agreement`,
          });
        }
      });
      return { kappa: figures.kappa, belowThreshold: below };
    },

    async failAgreementRun({ runId, error }: { runId: string; error: string }): Promise<void> {
      await pool.query(
        `UPDATE coding_agreement_run SET status = 'failed', error = $2, finished_at = now() WHERE id = $1 AND status = 'running'`,
        [runId, error.slice(0, 2000)],
      );
    },

    /**
     * Inserts the runs that are due, per study's newest golden set and coder this worker has: a
     * `change` run when the coder fingerprint (coder, model, prompt version, taxonomy version)
     * differs from its last run's, a `schedule` run when that run is a day old (or there is none).
     * A coder with a run in progress waits for it.
     */
    async planDueAgreementRuns(): Promise<string[]> {
      const { rows: goldenSets } = await pool.query<{ workspace_id: string; study_id: string; taxonomy_id: string; version: number }>(
        `SELECT DISTINCT ON (c.study_id) c.workspace_id, c.study_id, c.taxonomy_id, t.version
         FROM coding_correction c JOIN driver_taxonomy t ON t.id = c.taxonomy_id
         WHERE c.golden ORDER BY c.study_id, t.version DESC`,
      );
      const planned: string[] = [];
      for (const set of goldenSets) {
        for (const coder of coders) {
          const { rows: last } = await pool.query(
            `SELECT r.status, r.coder, r.model, r.prompt_version, r.taxonomy_version, r.created_at FROM coding_agreement_run r
             WHERE r.workspace_id = $3 AND r.study_id = $1 AND r.coder = $2 ORDER BY r.created_at DESC LIMIT 1`,
            [set.study_id, coder, set.workspace_id],
          );
          const previous = last[0];
          const current = fingerprintOf(coder, set.version);
          let trigger: AgreementTrigger | null = null;
          if (!previous) trigger = 'schedule';
          // A run left running for a day is a lost one: it no longer holds the coder back.
          else if (previous.status === 'running' && now().getTime() - previous.created_at.getTime() < CODING_AGREEMENT_EVERY_MS)
            trigger = null;
          else if (
            fingerprintKey({
              coder: previous.coder,
              model: previous.model,
              promptVersion: previous.prompt_version ?? '',
              taxonomyVersion: previous.taxonomy_version,
            }) !== fingerprintKey(current)
          )
            trigger = 'change';
          else if (now().getTime() - previous.created_at.getTime() >= CODING_AGREEMENT_EVERY_MS) trigger = 'schedule';
          if (!trigger) continue;
          const {
            rows: [{ id }],
          } = await pool.query(
            `INSERT INTO coding_agreement_run (workspace_id, study_id, taxonomy_id, taxonomy_version, coder, trigger, threshold)
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
            [set.workspace_id, set.study_id, set.taxonomy_id, set.version, coder, trigger, await thresholdOf(set.workspace_id)],
          );
          planned.push(id);
        }
      }
      return planned;
    },
  };
}

export type AgreementActivities = ReturnType<typeof createAgreementActivities>;
