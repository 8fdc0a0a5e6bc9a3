import { dataOf, type TestApi } from './api-harness.js';
import { CreateStudyDocument, CreateWaveDocument, type GuideContentInput, type PhaseKey } from './gql/graphql.js';

/** A study with one wave in the given workspace (by its admin key). */
export async function studyWithWave(api: TestApi, key = api.a.keys.admin, name = 'Study'): Promise<{ studyId: string; waveId: string }> {
  const studyId = dataOf(await api.gql(CreateStudyDocument, { input: { name } }, key)).createStudy.id;
  const wave = await api.gql(CreateWaveDocument, { input: { studyId, name: 'Q1' } }, key);
  return { studyId, waveId: dataOf(wave).createWave.id };
}

export function csvOf(rows: (string | number)[][]): string {
  return rows.map((r) => r.join(',')).join('\n') + '\n';
}

/** A stored guide (the contract's shape) as the GraphQL input of updateGuide. */
export function toGuideInput(content: {
  ladderTargetDepth: { min: number; max: number };
  topicsToAvoid: string[];
  phases: {
    key: string;
    objective: string;
    probeInstructions: string;
    budget: { turns: number; minutes: number };
    openingQuestions: Record<string, string[]>;
  }[];
}): GuideContentInput {
  return {
    ladderTargetDepth: content.ladderTargetDepth,
    topicsToAvoid: content.topicsToAvoid,
    phases: content.phases.map((p) => ({
      // The contract's phase keys are the GraphQL enum's values in lower case; the server validates them.
      key: p.key.toUpperCase() as PhaseKey,
      objective: p.objective,
      probeInstructions: p.probeInstructions,
      budget: p.budget,
      openingQuestions: Object.entries(p.openingQuestions).map(([language, questions]) => ({ language, questions })),
    })),
  };
}
