/** The wave analysis workflow's wire contract: name, id and input, and its batching bounds. */

export const WAVE_ANALYSIS_WORKFLOW = 'waveAnalysisWorkflow';
export const waveAnalysisWorkflowId = (analysisId: string) => `wave-analysis-${analysisId}`;

export interface WaveAnalysisInput {
  analysisId: string;
  /** Continue-as-new carries the paging position. */
  after?: string | null;
}

/** Coding in bounded batches: at most BATCH_SIZE × PARALLEL_BATCHES sessions are pending at once. */
export const ANALYSIS_BATCH_SIZE = 25;
export const ANALYSIS_PARALLEL_BATCHES = 4;
