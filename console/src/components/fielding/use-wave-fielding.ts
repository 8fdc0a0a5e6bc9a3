import { ref, watch } from 'vue';
import { messageFor, request } from '../../api/client';
import { WaveFieldingRulesDocument, WaveFieldingStatsDocument, type FieldingBucket } from '../../gql/graphql';
import type { FieldingPoint, FieldingStats } from './fielding-format';
import type { FieldingRules } from './rules-form';
import { FIELDING_POLL_MS, usePolling } from './use-polling';

/**
 * A wave's fielding rules (loaded once per wave, so polling never overwrites an edit in progress)
 * and its figures and timeline, refreshed every few seconds. The API has no single-wave query: both
 * read the study's waves and keep this one.
 */
export function useWaveFielding(studyId: () => string, waveId: () => string) {
  const rules = ref<FieldingRules | null>(null);
  const rulesLoaded = ref(false);
  const stats = ref<FieldingStats | null>(null);
  const timeline = ref<FieldingPoint[]>([]);
  const bucket = ref<FieldingBucket>('HOUR');
  const updatedAt = ref<Date | null>(null);
  /** Bumped after each poll (and after sending), for the parts that reload on their own (the delivery table). */
  const ticks = ref(0);
  const error = ref('');

  async function loadRules() {
    const wave = waveId();
    rulesLoaded.value = false;
    try {
      const study = (await request(WaveFieldingRulesDocument, { studyId: studyId() })).study;
      if (wave !== waveId()) return;
      rules.value = study?.waves.find((w) => w.id === wave)?.fieldingRules ?? null;
      rulesLoaded.value = true;
    } catch (e) {
      error.value = messageFor(e);
    }
  }

  async function refresh() {
    const [wave, asked] = [waveId(), bucket.value];
    try {
      const study = (await request(WaveFieldingStatsDocument, { studyId: studyId(), bucket: asked })).study;
      if (wave !== waveId() || asked !== bucket.value) return;
      const found = study?.waves.find((w) => w.id === wave);
      stats.value = found?.fielding ?? null;
      timeline.value = found?.fieldingTimeline ?? [];
      updatedAt.value = new Date();
      error.value = '';
    } catch (e) {
      error.value = messageFor(e);
    }
  }

  watch(
    waveId,
    () => {
      stats.value = null;
      timeline.value = [];
      void loadRules();
      void refresh();
    },
    { immediate: true },
  );
  watch(bucket, () => void refresh());
  async function poll() {
    await refresh();
    ticks.value++;
  }
  usePolling(poll, FIELDING_POLL_MS);
  return { rules, rulesLoaded, stats, timeline, bucket, updatedAt, ticks, error, poll };
}
