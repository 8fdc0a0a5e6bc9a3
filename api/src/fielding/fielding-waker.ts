import { FIELDING_WORKFLOW, FIELDING_WORKFLOW_ID, fieldingWakeSignal, TASK_QUEUE, type FieldingWorkflowInput } from '@ladder/contracts';
import type { WorkflowClient } from '@temporalio/client';

export interface FieldingWakerOptions {
  /**
   * At most one signal per this many milliseconds (default 1 s); wakes in between share the next
   * one. Each signal is a dispatcher pass (a workflow task and two activities): at 5 a second,
   * responses streaming in one by one spent a third of two cores on passes that found little to do.
   */
  intervalMs?: number;
  /** Time limit of one signal-with-start; the client's own gRPC retries happen within it. */
  timeoutMs?: number;
  log?: Pick<Console, 'warn' | 'info'>;
}

/**
 * Tells the worker's fielding dispatcher that there is new work (responses to code, invitations
 * queued), so invitations leave within seconds instead of at its next poll. Signal-with-start on
 * the dispatcher's fixed id: starts it when nothing runs, otherwise only signals it.
 *
 * Called after commits, from request paths, so it never throws and never makes a request wait:
 * wakes are coalesced into at most one call per interval (trailing, one call in flight at a time),
 * and a failure is logged once per outage, because the dispatcher also polls the outbox and
 * nothing is lost by a missed wake.
 */
export class FieldingWaker {
  private readonly intervalMs: number;
  private readonly timeoutMs: number;
  private readonly log: Pick<Console, 'warn' | 'info'>;
  private timer: NodeJS.Timeout | null = null;
  private inFlight: Promise<void> | null = null;
  private abort: AbortController | null = null;
  private pending = false;
  private failing = false;
  private stopped = false;
  /** Calls made and calls that reached Temporal, for tests and logs. */
  attempts = 0;
  signalsSent = 0;

  constructor(
    private readonly workflows: WorkflowClient,
    options: FieldingWakerOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? 1000;
    this.timeoutMs = options.timeoutMs ?? 2000;
    this.log = options.log ?? console;
  }

  wake(): void {
    if (this.stopped) return;
    this.pending = true;
    this.schedule();
  }

  /**
   * Drops a pending wake, cancels the call in flight and waits for it to end. A call still
   * connecting hears only its deadline (timeoutMs), so stopping can take that long; it must
   * finish before the connection closes, or the client's retry timer fails on a closed channel.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.abort?.abort();
    await this.inFlight;
  }

  private schedule(): void {
    if (this.timer || this.inFlight || !this.pending || this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.pending = false;
      this.inFlight = this.signal().finally(() => {
        this.inFlight = null;
        this.schedule();
      });
    }, this.intervalMs);
    this.timer.unref();
  }

  private async signal(): Promise<void> {
    const input: FieldingWorkflowInput = {};
    this.attempts += 1;
    const abort = (this.abort = new AbortController());
    try {
      // The deadline also bounds connecting (an abort signal is only heard once connected).
      await this.workflows.withDeadline(Date.now() + this.timeoutMs, () =>
        this.workflows.withAbortSignal(abort.signal, () =>
          this.workflows.signalWithStart(FIELDING_WORKFLOW, {
            workflowId: FIELDING_WORKFLOW_ID,
            taskQueue: TASK_QUEUE,
            args: [input],
            signal: fieldingWakeSignal,
            signalArgs: [],
          }),
        ),
      );
      this.signalsSent += 1;
      if (this.failing) this.log.info('fielding waker: Temporal reachable again; the dispatcher is signalled');
      this.failing = false;
    } catch (error) {
      if (this.stopped) return;
      if (!this.failing) {
        this.log.warn('fielding waker: could not signal the fielding dispatcher (it still polls the outbox): %s', String(error));
      }
      this.failing = true;
    } finally {
      this.abort = null;
    }
  }
}
