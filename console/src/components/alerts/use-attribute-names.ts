import { ref, watch } from 'vue';
import { request } from '../../api/client';
import { SegmentAttributesDocument, StudyWavesDocument } from '../../gql/graphql';
import { attributeOptions } from '../segments/segment-chart';

/**
 * The attribute names a rule can group by: "band" and those carried by the respondents of the
 * study's newest wave (a page of them, as the trends page reads them). Empty on failure: the
 * editor still takes names typed by hand.
 */
export function useAttributeNames(studyId: () => string) {
  const names = ref<string[]>(['band']);
  async function load() {
    try {
      const waves = (await request(StudyWavesDocument, { id: studyId() })).study?.waves ?? [];
      const launched = waves.filter((w) => w.status !== 'DRAFT');
      const newest = [...(launched.length ? launched : waves)].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))[0];
      if (!newest) return;
      const rows = (await request(SegmentAttributesDocument, { waveId: newest.id, first: 200 })).respondents.edges.map((e) => e.node);
      names.value = ['band', ...attributeOptions(rows).map((a) => a.name)];
    } catch {
      /* typed names only */
    }
  }
  watch(studyId, load, { immediate: true });
  return names;
}
