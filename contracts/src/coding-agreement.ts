/**
 * Coding agreement (issue 13, "Coding you can trust"): the wire names of the worker's agreement
 * workflows and what the API and the worker both know about a run. A run re-codes a taxonomy
 * version's golden set with one coder and compares it with the analysts' codings.
 */
import { defineSignal } from '@temporalio/workflow';
import type { CoderKind } from './vocabulary.js';

/** Why a run was made: by hand (`runCodingAgreement`), the daily schedule, or a changed coder fingerprint. */
export const AGREEMENT_TRIGGERS = ['manual', 'schedule', 'change'] as const;
export type AgreementTrigger = (typeof AGREEMENT_TRIGGERS)[number];

export const AGREEMENT_RUN_STATUSES = ['running', 'completed', 'failed'] as const;
export type AgreementRunStatus = (typeof AGREEMENT_RUN_STATUSES)[number];

/** Kappa below this raises a drift notice, unless the workspace sets its own (`updateCodingAgreementSettings`). */
export const DEFAULT_KAPPA_THRESHOLD = 0.7;

/** One run: the row the API inserts (manual) or the watcher inserts (schedule, change), executed by the worker. */
export const CODING_AGREEMENT_RUN_WORKFLOW = 'codingAgreementRunWorkflow';
export const codingAgreementRunWorkflowId = (runId: string) => `coding-agreement-${runId}`;
export interface CodingAgreementRunInput {
  runId: string;
}

/**
 * The watcher, one per namespace: every `pollMs` it starts the runs that are due (a golden set
 * whose last run is a day old, or was made with another coder fingerprint). Kept alive by every
 * worker like the alert evaluator.
 */
export const CODING_AGREEMENT_WATCHER_WORKFLOW = 'codingAgreementWatcherWorkflow';
export const CODING_AGREEMENT_WATCHER_ID = 'ladder-coding-agreement-watcher';
export const codingAgreementWakeSignal = defineSignal<[]>('wake');
/** How often the watcher looks for due runs: a changed model or prompt is measured within the hour. */
export const CODING_AGREEMENT_POLL_MS = 3_600_000;
/** A golden set is measured again when its last run with a coder is this old. */
export const CODING_AGREEMENT_EVERY_MS = 86_400_000;
export interface CodingAgreementWatcherInput {
  pollMs?: number;
}

/**
 * What makes one coder's codings what they are: two runs with the same fingerprint measure the same
 * coder; a new model, prompt version or taxonomy version makes a new one.
 */
export interface CoderFingerprint {
  coder: CoderKind;
  model: string | null;
  promptVersion: string;
  taxonomyVersion: number;
}

export const fingerprintKey = (f: CoderFingerprint): string => [f.coder, f.model ?? '', f.promptVersion, f.taxonomyVersion].join('|');
