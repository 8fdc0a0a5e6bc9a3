import { onBeforeUnmount, onMounted } from 'vue';

/** How often an open fielding panel refreshes its figures: there is no fielding subscription. */
export const FIELDING_POLL_MS = 5000;

/**
 * Calls `tick` every `everyMs` while the component is mounted: never two at once (a slow answer
 * skips a beat), and not while the tab is hidden.
 */
export function usePolling(tick: () => Promise<void>, everyMs: number): void {
  let timer: ReturnType<typeof setInterval> | undefined;
  let running = false;
  async function beat() {
    if (running || document.visibilityState === 'hidden') return;
    running = true;
    try {
      await tick();
    } finally {
      running = false;
    }
  }
  onMounted(() => {
    timer = setInterval(() => void beat(), everyMs);
  });
  onBeforeUnmount(() => clearInterval(timer));
}
