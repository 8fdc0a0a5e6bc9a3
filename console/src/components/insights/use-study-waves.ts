import { computed, ref, watch, type Ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { messageFor, request } from '../../api/client';
import { StudyWavesDocument, type StudyWavesQuery } from '../../gql/graphql';

export type StudyWave = NonNullable<StudyWavesQuery['study']>['waves'][number];

const fieldedAt = (w: StudyWave) => Date.parse(w.launchedAt ?? w.createdAt);

/**
 * The study's waves in fielding order, and the wave the page shows: `?wave=` in the URL (so links
 * and reloads keep it), else the newest launched wave. With `allowAll`, null (`?wave=all`) means
 * every wave of the study.
 */
export function useStudyWaves(studyId: () => string, options: { allowAll?: boolean } = {}) {
  const route = useRoute();
  const router = useRouter();
  const studyName = ref('');
  const waves: Ref<StudyWave[]> = ref([]);
  const error = ref('');
  const loaded = ref(false);

  async function reload() {
    try {
      const study = (await request(StudyWavesDocument, { id: studyId() })).study;
      studyName.value = study?.name ?? '';
      waves.value = [...(study?.waves ?? [])].sort((a, b) => fieldedAt(a) - fieldedAt(b));
      error.value = '';
    } catch (e) {
      error.value = messageFor(e);
    } finally {
      loaded.value = true;
    }
  }

  const waveId = computed<string | null>({
    get: () => {
      const wanted = route.query.wave;
      if (options.allowAll && wanted === 'all') return null;
      if (typeof wanted === 'string' && waves.value.some((w) => w.id === wanted)) return wanted;
      const launched = waves.value.filter((w) => w.status !== 'DRAFT');
      return (launched.at(-1) ?? waves.value.at(-1))?.id ?? null;
    },
    set: (id) => void router.replace({ query: { ...route.query, wave: id ?? (options.allowAll ? 'all' : undefined) } }),
  });
  const wave = computed(() => waves.value.find((w) => w.id === waveId.value) ?? null);
  watch(studyId, reload, { immediate: true });
  return { studyName, waves, waveId, wave, error, loaded, reload };
}
