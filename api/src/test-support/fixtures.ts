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
