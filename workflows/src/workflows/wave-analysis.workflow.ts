import { ActivityFailure, continueAsNew, proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { AnalysisActivities } from '../activities/analysis-activities.js';
import { ANALYSIS_BATCH_SIZE, ANALYSIS_PARALLEL_BATCHES, type WaveAnalysisInput } from '@ladder/contracts';

const { sessionsToCode, synthesizeWaveThemes, failAnalysis } = proxyActivities<AnalysisActivities>({
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds', maximumAttempts: 10 },
});

/** A batch coded by an LLM may take many minutes; it heartbeats per session instead. */
const { codeSessions } = proxyActivities<AnalysisActivities>({
  startToCloseTimeout: '60 minutes',
  heartbeatTimeout: '3 minutes',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds', maximumAttempts: 10 },
});

/** Continue as new well before the history limit (10,240 events warns). */
const MAX_HISTORY_EVENTS = 4000;

/**
 * Codes a wave's finished interviews in bounded batches (never more than BATCH_SIZE ×
 * PARALLEL_BATCHES pending), then writes its themes and executive summary. Progress is published
 * by the activities. Re-running it (or running it again later) only codes what is missing.
 */
export async function waveAnalysisWorkflow(input: WaveAnalysisInput): Promise<{ themes: number }> {
  const { analysisId } = input;
  let after = input.after ?? null;
  let finished = false;
  try {
    while (workflowInfo().historyLength <= MAX_HISTORY_EVENTS) {
      const page = await sessionsToCode({ analysisId, after, limit: ANALYSIS_BATCH_SIZE * ANALYSIS_PARALLEL_BATCHES });
      if (page.length === 0) {
        finished = true;
        break;
      }
      const batches: string[][] = [];
      for (let i = 0; i < page.length; i += ANALYSIS_BATCH_SIZE) batches.push(page.slice(i, i + ANALYSIS_BATCH_SIZE));
      await Promise.all(batches.map((sessionIds) => codeSessions({ analysisId, sessionIds })));
      after = page[page.length - 1];
    }
    if (finished) return { themes: await synthesizeWaveThemes({ analysisId }) };
  } catch (error) {
    const cause = error instanceof ActivityFailure ? (error.cause ?? error) : error;
    await failAnalysis({ analysisId, error: cause instanceof Error ? cause.message : String(cause) });
    throw error;
  }
  return continueAsNew<typeof waveAnalysisWorkflow>({ analysisId, after });
}
