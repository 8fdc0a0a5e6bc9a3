import { createGraphqlClient, GraphqlError, type GraphqlClient } from './graphql-client.js';
import { mistralRespondent, type MistralRespondentOptions } from './llm-respondent.js';
import { offlineRespondent, type RespondentModel } from './offline-respondent.js';
import { runInterview, withRetry, type InterviewRun } from './run-interview.js';
import { candidatePool, ensureFielding, type Candidate } from './waves.js';

export interface SimulationProgress {
  /** Interviews planned: `count`, lowered once the wave runs out of respondents to interview. */
  total: number;
  /** Interviews finished, completed or failed. */
  done: number;
  completed: number;
  failed: number;
  /** Answers sent so far. */
  turns: number;
}

export interface FailedInterview {
  respondentId: string;
  code: string;
  message: string;
}

export interface SimulationSummary {
  /** Interviews run (completed or failed); respondents found already completed are not counted. */
  interviews: number;
  completed: number;
  failed: FailedInterview[];
  /** Answers sent by the synthetic respondents (each one got a moderator turn back). */
  turns: number;
  durationMs: number;
}

export interface SimulateWaveOptions {
  /** GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  apiUrl: string;
  apiKey: string;
  waveId: string;
  /** At most this many interviews, taken among respondents whose interview is not completed. */
  count: number;
  /** Interviews in flight at once (default 8). */
  concurrency?: number;
  /** 'offline' (templates, default), 'mistral' (needs `mistral`), or any model. */
  respondent?: 'offline' | 'mistral' | RespondentModel;
  mistral?: MistralRespondentOptions;
  /** Take respondents from the start of the wave's list (default) or from its end. */
  from?: 'start' | 'end';
  /** Launch the wave first when it is still a draft (default false: a draft wave is an error). */
  launch?: boolean;
  /** Safety cap per interview (default 60 answers). */
  maxAnswers?: number;
  /** Attempts per request on transient errors (default 6) and the first backoff delay (default 250 ms). */
  retry?: { attempts?: number; backoffMs?: number };
  onProgress?: (progress: SimulationProgress) => void;
}

function respondentModel(options: SimulateWaveOptions): RespondentModel {
  if (typeof options.respondent === 'object') return options.respondent;
  if (options.respondent !== 'mistral') return offlineRespondent;
  if (!options.mistral) throw new Error('respondent "mistral" needs the mistral options (apiKey, serverUrl, model)');
  return mistralRespondent(options.mistral);
}

/**
 * Synthetic respondents answer the interviews of a wave through the public API, `concurrency` at
 * a time, until `count` interviews have been run or no respondent is left. Failures are collected
 * per respondent, never thrown; only a wave that cannot field interviews at all throws.
 */
export async function simulateWave(options: SimulateWaveOptions): Promise<SimulationSummary> {
  const started = performance.now();
  if (!Number.isInteger(options.count) || options.count < 0) throw new Error('count must be a whole number, 0 or more');
  const client = createGraphqlClient({ url: options.apiUrl, apiKey: options.apiKey });
  const respondent = respondentModel(options);
  const progress: SimulationProgress = { total: options.count, done: 0, completed: 0, failed: 0, turns: 0 };
  const failed: FailedInterview[] = [];
  const report = () => options.onProgress?.({ ...progress });
  const run: InterviewRun = {
    client,
    respondent,
    maxAnswers: options.maxAnswers ?? 60,
    attempts: options.retry?.attempts ?? 6,
    backoffMs: options.retry?.backoffMs ?? 250,
    moderatorWaitMs: 90_000,
    onAnswer: () => {
      progress.turns++;
      report();
    },
  };
  const retrying: GraphqlClient = { request: (query, variables, opts) => withRetry(run, () => client.request(query, variables, opts)) };
  await ensureFielding(retrying, options.waveId, options.launch ?? false);
  const pool = candidatePool(retrying, options.waveId, options.from ?? 'start');
  let claimed = 0;
  let listingError: unknown;

  const worker = async () => {
    while (listingError === undefined && claimed < options.count) {
      claimed++;
      let candidate: Candidate | undefined;
      try {
        candidate = await pool.next();
      } catch (error) {
        listingError ??= error;
      }
      if (!candidate) {
        claimed--;
        progress.total = Math.min(progress.total, claimed);
        return;
      }
      const outcome = await interview(run, candidate);
      if (outcome === 'already-completed') {
        claimed--;
        continue;
      }
      progress.done++;
      if (outcome === 'completed') progress.completed++;
      else failed.push(outcome);
      progress.failed = failed.length;
      report();
    }
  };
  report();
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 8, options.count || 1)) }, worker));
  if (listingError !== undefined) throw listingError;
  progress.total = progress.done;
  report();
  return {
    interviews: progress.done,
    completed: progress.completed,
    failed,
    turns: progress.turns,
    durationMs: Math.round(performance.now() - started),
  };
}

async function interview(run: InterviewRun, candidate: Candidate): Promise<'completed' | 'already-completed' | FailedInterview> {
  try {
    return await runInterview(run, candidate);
  } catch (error) {
    const code = error instanceof GraphqlError ? error.code : 'SIMULATOR_ERROR';
    return { respondentId: candidate.id, code, message: error instanceof Error ? error.message : String(error) };
  }
}
