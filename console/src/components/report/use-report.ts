import { ref, shallowRef, watch } from 'vue';
import { messageFor, request } from '../../api/client';
import {
  FindingsCompetitorsDocument,
  FindingsThemePrevalenceDocument,
  ReportAnalysisDocument,
  SegmentAttributesDocument,
  SegmentNpsDocument,
  type FindingsCompetitorsQuery,
  type SegmentNpsFieldsFragment,
} from '../../gql/graphql';
import { attributeOptions } from '../segments/segment-chart';
import type { StudyWave } from '../insights/use-study-waves';
import { groupingAttributes, segmentDifferences, type ReportAnalysis, type SegmentDifference } from './report-data';

/** Respondents read to discover the attributes to group by, as the segments and findings pages do. */
const ATTRIBUTE_SAMPLE = 500;
const COMPETITORS = 20;

/**
 * Everything the report shows for one wave, read once with the queries the other pages use: the
 * wave's NPS, its latest completed analysis, theme prevalence by each attribute and the competitors.
 */
export function useReport(studyId: () => string, wave: () => StudyWave | null) {
  const nps = shallowRef<SegmentNpsFieldsFragment | null>(null);
  const analysis = shallowRef<ReportAnalysis | null>(null);
  const differences = shallowRef<SegmentDifference[]>([]);
  const groupings = shallowRef<string[]>([]);
  const competitors = shallowRef<FindingsCompetitorsQuery['competitors'] | null>(null);
  const error = ref('');
  const loading = ref(false);
  let seq = 0;

  async function readDifferences(waveId: string) {
    const rows = (await request(SegmentAttributesDocument, { waveId, first: ATTRIBUTE_SAMPLE })).respondents.edges.map((e) => e.node);
    const names = groupingAttributes(attributeOptions(rows));
    const tables = await Promise.all(
      names.map(async (name) => (await request(FindingsThemePrevalenceDocument, { waveId, groupBy: [name] })).themePrevalence),
    );
    return { names, differences: segmentDifferences(tables) };
  }

  async function load() {
    const w = wave();
    const mine = ++seq;
    nps.value = null;
    analysis.value = null;
    differences.value = [];
    competitors.value = null;
    if (!w) return;
    loading.value = true;
    const analysisId = w.latestAnalysis?.status === 'COMPLETED' ? w.latestAnalysis.id : null;
    try {
      const [segment, report, found, named] = await Promise.all([
        request(SegmentNpsDocument, { studyId: studyId(), waveId: w.id, groupBy: [] }),
        analysisId ? request(ReportAnalysisDocument, { id: analysisId }) : null,
        analysisId ? readDifferences(w.id) : null,
        request(FindingsCompetitorsDocument, { studyId: studyId(), groupBy: ['band'], first: COMPETITORS }),
      ]);
      if (mine !== seq) return;
      nps.value = segment.segmentNps.overall;
      analysis.value = report?.waveAnalysis ?? null;
      differences.value = found?.differences ?? [];
      groupings.value = found?.names ?? [];
      competitors.value = named.competitors;
      error.value = '';
    } catch (e) {
      if (mine === seq) error.value = messageFor(e);
    } finally {
      if (mine === seq) loading.value = false;
    }
  }

  watch(() => wave()?.id, load, { immediate: true });
  return { nps, analysis, differences, groupings, competitors, error, loading };
}
