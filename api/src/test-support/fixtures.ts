import type { TestApi } from './api-harness.js';

export const CREATE_STUDY = `mutation($input: CreateStudyInput!) { createStudy(input: $input) { id name } }`;
export const CREATE_WAVE = `mutation($input: CreateWaveInput!) { createWave(input: $input) { id name status } }`;
export const IMPORT = `mutation($input: ImportRespondentsInput!) {
  importRespondents(input: $input) { ok importedCount errorCount errors { row column code message } } }`;

/** A study with one wave in the given workspace (by its admin key). */
export async function studyWithWave(api: TestApi, key = api.a.keys.admin, name = 'Study'): Promise<{ studyId: string; waveId: string }> {
  const study = await api.gql(CREATE_STUDY, { input: { name } }, key);
  const studyId = study.data.createStudy.id as string;
  const wave = await api.gql(CREATE_WAVE, { input: { studyId, name: 'Q1' } }, key);
  return { studyId, waveId: wave.data.createWave.id as string };
}

export function csvOf(rows: (string | number)[][]): string {
  return rows.map((r) => r.join(',')).join('\n') + '\n';
}

export const GUIDE_FIELDS = `id band version note createdAt content {
  ladderTargetDepth { min max } topicsToAvoid
  phases { key objective probeInstructions budget { turns minutes } openingQuestions { language questions } } }`;
export const UPDATE_GUIDE = `mutation($input: UpdateGuideInput!) { updateGuide(input: $input) { ${GUIDE_FIELDS} } }`;

/** A stored guide (the contract's shape) as the GraphQL input of updateGuide. */
export function toGuideInput(content: {
  ladderTargetDepth: { min: number; max: number }; topicsToAvoid: string[];
  phases: { key: string; objective: string; probeInstructions: string; budget: { turns: number; minutes: number }; openingQuestions: Record<string, string[]> }[];
}) {
  return {
    ladderTargetDepth: content.ladderTargetDepth,
    topicsToAvoid: content.topicsToAvoid,
    phases: content.phases.map((p) => ({
      key: p.key.toUpperCase(), objective: p.objective, probeInstructions: p.probeInstructions, budget: p.budget,
      openingQuestions: Object.entries(p.openingQuestions).map(([language, questions]) => ({ language, questions })),
    })),
  };
}
