/** How much work one worker process takes on at once. */
export interface WorkerTuning {
  /** Workflow tasks executing at once (Temporal's maxConcurrentWorkflowTaskExecutions). */
  workflowTasks: number;
  /** Local activities executing at once (maxConcurrentLocalActivityExecutions): interview steps and LLM calls. */
  localActivities: number;
  /** The worker's PostgreSQL connections. */
  poolSize: number;
}

/**
 * An interview turn holds its workflow task while its local activities (database, LLM) run, so a
 * slot must cover the LLM's wait: 64 is about twice the turns in flight at this worker's capacity
 * (~60 turns/s on 2 cores) with a 600 ms LLM. More does not answer more: once the CPU is saturated,
 * every admitted turn slows down together, and with 200 slots turns outlived the 10 s workflow task
 * timeout, were retried from a replay and their Updates failed (bench:interviews at 200 saturated
 * interviews: 45% more worker CPU per turn, 45 of 200 interviews left unfinished). Turns beyond
 * the slots wait their turn in Temporal's task queue, where waiting costs nothing.
 */
export const DEFAULT_WORKER_TUNING: WorkerTuning = {
  workflowTasks: 64,
  localActivities: 64,
  poolSize: 10,
};
