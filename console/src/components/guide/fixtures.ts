import type { Band, PhaseKey } from '../../gql/graphql';
import type { Guide } from './guide-content';

const KEYS: PhaseKey[] = ['CONTEXT', 'SURFACE', 'LADDERING', 'COMPARATIVE', 'CLOSE'];

/** A guide version for specs, shaped like the API's answer. */
export function guideFixture(band: Band = 'DETRACTOR', version = 1, turns = 8): Guide {
  return {
    id: `g-${band}-${version}`,
    band,
    version,
    note: version === 1 ? null : `edit ${version}`,
    createdBy: version === 1 ? null : 'api key 1234abcd',
    createdAt: '2026-01-0' + Math.min(version, 9) + 'T10:00:00Z',
    content: {
      ladderTargetDepth: { min: 5, max: 7 },
      topicsToAvoid: ['the numeric score itself', 'named employees'],
      phases: KEYS.map((key, i) => ({
        key,
        objective: `Objective ${i + 1}`,
        probeInstructions: `Probe ${i + 1}`,
        budget: { turns: key === 'LADDERING' ? turns : 2, minutes: 3 },
        openingQuestions: [
          { language: 'en', questions: [`Question ${i + 1}?`] },
          { language: 'fr', questions: [`Question ${i + 1} ?`] },
        ],
      })),
    },
  };
}
