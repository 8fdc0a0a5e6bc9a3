import { ref, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { messageFor, request } from '../../api/client';
import { CommentDriversDocument, type SegmentFilter } from '../../gql/graphql';
import { usePolling } from '../fielding/use-polling';
import type { CommentDriverSummary } from './comment-drivers';

/** While comments wait for the worker's coder (seconds), the panel asks again this often. */
export const COMMENT_POLL_MS = 4000;

/**
 * The drivers a wave's survey comments name, for the segments page's filter. The API counts one
 * wave at a time, so "all waves" loads nothing. There is no subscription for codings: the page's
 * segment nudges call `load`, and polling fills in comments that were still being coded.
 */
export function useCommentDrivers(waveId: MaybeRefOrGetter<string | null>, filter: MaybeRefOrGetter<SegmentFilter>) {
  const summary = ref<CommentDriverSummary | null>(null);
  const error = ref('');
  const loading = ref(false);
  let seq = 0;

  async function load() {
    const wave = toValue(waveId);
    const mine = ++seq;
    if (!wave) {
      summary.value = null;
      loading.value = false;
      return;
    }
    // Another wave's figures must not stand under this wave's name while its own figures load.
    if (summary.value?.waveId !== wave) summary.value = null;
    loading.value = true;
    try {
      const next = (await request(CommentDriversDocument, { waveId: wave, filter: toValue(filter) })).commentDrivers;
      if (mine !== seq) return;
      summary.value = next;
      error.value = '';
    } catch (e) {
      if (mine === seq) error.value = messageFor(e);
    } finally {
      if (mine === seq) loading.value = false;
    }
  }

  watch([() => toValue(waveId), () => toValue(filter)], () => void load(), { deep: true, immediate: true });
  usePolling(async () => {
    if (summary.value && summary.value.coded < summary.value.commented) await load();
  }, COMMENT_POLL_MS);
  return { summary, error, loading, load };
}
