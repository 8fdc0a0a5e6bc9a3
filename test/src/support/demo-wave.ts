import { simulateWave } from '@ladder/simulator';
import { StartWaveAnalysisDocument, StudiesDocument, WaveAnalysisStatusDocument } from '../gql/graphql.js';
import { gqlData } from './graphql.js';
import type { Platform } from './platform.js';

export interface AnalysedDemoWave {
  studyId: string;
  waveId: string;
  analysisId: string;
}

export const DEMO_STUDY = 'Demo - NPS follow-up';

/**
 * The seeded demo study (`startPlatform({ seed: true })`) with `interviews` more of its first wave's interviews
 * finished by the simulator's synthetic respondents, then that wave analysed offline (startWaveAnalysis, polled
 * until COMPLETED). What the summary, report and accessibility checks look at: a demo a new user would have.
 */
export async function analysedDemoWave(
  platform: Platform,
  { interviews, concurrency = 6, analysisWaitMs = 90_000 }: { interviews: number; concurrency?: number; analysisWaitMs?: number },
): Promise<AnalysedDemoWave> {
  const key = platform.bootstrapKey;
  const demo = (await gqlData(platform.apiUrl, StudiesDocument, {}, { key })).studies.find((s) => s.name === DEMO_STUDY);
  if (!demo) throw new Error(`the seed made no study named "${DEMO_STUDY}"`);
  const waveId = demo.waves[0].id;
  const simulated = await simulateWave({ apiUrl: platform.apiUrl, apiKey: key, waveId, count: interviews, concurrency, launch: true });
  if (simulated.completed !== interviews || simulated.failed.length) {
    throw new Error(`the simulator finished ${simulated.completed} of ${interviews} interviews: ${JSON.stringify(simulated.failed)}`);
  }
  const analysisId = (await gqlData(platform.apiUrl, StartWaveAnalysisDocument, { waveId }, { key })).startWaveAnalysis.id;
  for (let waited = 0; ; waited += 500) {
    const status = (await gqlData(platform.apiUrl, WaveAnalysisStatusDocument, { id: analysisId }, { key })).waveAnalysis?.status;
    if (status === 'COMPLETED') break;
    if (status === 'FAILED' || waited > analysisWaitMs) throw new Error(`the wave analysis is ${status} after ${waited / 1000} s`);
    await new Promise((r) => setTimeout(r, 500));
  }
  return { studyId: demo.id, waveId, analysisId };
}
