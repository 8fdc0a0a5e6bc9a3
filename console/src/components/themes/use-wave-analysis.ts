import { onBeforeUnmount, ref, shallowRef, watch, type Ref } from 'vue';
import { messageFor, operationBody, request, subscriptions } from '../../api/client';
import { StartWaveAnalysisDocument, WaveAnalysisProgressDocument, type WaveAnalysisProgressSubscription } from '../../gql/graphql';
import type { AnalysisProgressState } from './theme-data';

/** Polling backs the subscription up: a missed or coalesced event never leaves the bar stuck. */
const POLL_MS = 2000;

interface LatestAnalysis extends AnalysisProgressState {
  id: string;
}

/**
 * The latest analysis of a wave: its progress (pushed by `waveAnalysisProgress`, polled while it
 * runs) and, through `fetch`, whatever the page reads from it once it changes status.
 */
export function useWaveAnalysis<T extends AnalysisProgressState>(
  wave: () => { id: string; latestAnalysis?: LatestAnalysis | null } | null,
  fetch: (analysisId: string) => Promise<T | null>,
) {
  const analysisId = ref<string | null>(null);
  const progress = ref<AnalysisProgressState | null>(null);
  const data = shallowRef<T | null>(null) as Ref<T | null>;
  const error = ref('');
  const starting = ref(false);
  let dispose: (() => void) | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let loadSeq = 0;

  async function load() {
    const id = analysisId.value;
    if (!id) return;
    const seq = ++loadSeq;
    try {
      const next = await fetch(id);
      if (seq !== loadSeq || id !== analysisId.value) return;
      data.value = next;
      if (next) progress.value = { status: next.status, total: next.total, coded: next.coded, progress: next.progress };
      error.value = '';
    } catch (e) {
      error.value = messageFor(e);
    }
    schedule();
  }

  function schedule() {
    clearTimeout(timer);
    if (progress.value?.status === 'RUNNING') timer = setTimeout(() => void load(), POLL_MS);
  }

  function onProgress(p: WaveAnalysisProgressSubscription['waveAnalysisProgress']) {
    if (p.analysisId !== analysisId.value) {
      analysisId.value = p.analysisId;
      data.value = null;
    }
    const wasRunning = progress.value?.status === 'RUNNING';
    progress.value = { status: p.status, total: p.total, coded: p.coded, progress: p.progress };
    if (wasRunning && p.status !== 'RUNNING') void load();
  }

  function subscribe(waveId: string) {
    dispose?.();
    dispose = subscriptions().subscribe<WaveAnalysisProgressSubscription>(operationBody(WaveAnalysisProgressDocument, { waveId }), {
      next: (message) => {
        if (message.data) onProgress(message.data.waveAnalysisProgress);
      },
      // Polling carries on without the socket.
      error: () => {},
      complete: () => {},
    });
  }

  async function start() {
    const w = wave();
    if (!w) return;
    starting.value = true;
    error.value = '';
    try {
      const started = (await request(StartWaveAnalysisDocument, { waveId: w.id })).startWaveAnalysis;
      analysisId.value = started.id;
      progress.value = { status: started.status, total: started.total, coded: started.coded, progress: started.progress };
      await load();
    } catch (e) {
      error.value = messageFor(e);
    } finally {
      starting.value = false;
    }
  }

  watch(
    () => wave()?.id,
    (waveId) => {
      clearTimeout(timer);
      const latest = wave()?.latestAnalysis ?? null;
      analysisId.value = latest?.id ?? null;
      progress.value = latest ? { status: latest.status, total: latest.total, coded: latest.coded, progress: latest.progress } : null;
      data.value = null;
      if (waveId) subscribe(waveId);
      void load();
    },
    { immediate: true },
  );

  onBeforeUnmount(() => {
    clearTimeout(timer);
    dispose?.();
  });
  return { analysisId, progress, data, error, starting, start, reload: load };
}
