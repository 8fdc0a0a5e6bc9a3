import type { FindingsCompetitorsQuery, FindingsTableFragment } from '../../gql/graphql';
import { theme } from '../insights/insights.fixture';
import type { ReportAnalysis } from './report-data';

/** Specs only: the report's answers shaped as the API returns them. */
type Cell = FindingsTableFragment['segments'][number]['cells'][number];

export const cell = (
  key: string,
  count: number,
  n: number,
  difference: number | null,
  pValue: number | null,
  flag = '',
  adjustedP = pValue,
): Cell => ({
  key,
  label: `Theme ${key}`,
  count,
  n,
  share: n ? count / n : null,
  low: 0,
  high: 1,
  smallSample: n < 30,
  versusRest: { difference, low: null, high: null, pValue, adjustedP, flag, significant: flag !== '' },
});

export const table = (segments: [label: string, n: number, cells: Cell[]][]): FindingsTableFragment => ({
  analysisId: 'a1',
  n: segments.reduce((s, [, n]) => s + n, 0),
  segments: segments.map(([label, n, cells]) => ({ label, n, cells })),
});

export const reportAnalysis = (): ReportAnalysis => ({
  id: 'a1',
  waveId: 'w1',
  status: 'COMPLETED',
  total: 40,
  coded: 40,
  progress: 1,
  summary: 'Detractors wait too long for support.',
  finishedAt: '2026-10-03T09:00:00Z',
  synthesizer: 'OFFLINE',
  actions: [
    // Stored before actions had intervals.
    {
      id: 'x2',
      rank: 2,
      title: 'Fix pricing tiers',
      rationale: 'SMB pays for unused seats.',
      action: null,
      evidence: null,
      impactPoints: 2.25,
      impactLow: null,
      impactHigh: null,
      impactN: null,
      smallSample: null,
      themes: [],
    },
    {
      id: 'x1',
      rank: 1,
      title: 'Answer tickets within a day — 9 of 12 detractors wait',
      rationale: 'Support delays drive most detractors.',
      action: 'Answer tickets within a day',
      evidence: '9 of 12 detractors wait days for an answer',
      impactPoints: 6.5,
      impactLow: 1.2,
      impactHigh: 12.4,
      impactN: 22,
      smallSample: true,
      themes: [{ id: 'id-t1', label: 'Theme t1' }],
    },
  ],
  themes: ['t6', 't5', 't4', 't3', 't2', 't1'].map((key, i) => {
    const t = theme(key, 6 - i, { DETRACTOR: [8, 16], PASSIVE: [2, 10], PROMOTER: [1, 14] });
    return { ...t, quotes: [...t.quotes, { ...t.quotes[0], id: `${key}-3`, quote: `Third quote ${key}` }] };
  }),
});

export const competitorReport = (): FindingsCompetitorsQuery['competitors'] => ({
  competitors: [
    {
      name: 'Acme',
      total: 3,
      byWave: [
        { waveId: 'w0', waveName: 'Q3', count: 2, n: 20, share: 0.1 },
        { waveId: 'w1', waveName: 'Q4', count: 1, n: 40, share: 0.025 },
      ],
      bySegment: [],
      quotes: [
        { sessionId: 's0', waveId: 'w0', band: 'DETRACTOR', quote: 'Acme was cheaper last year.' },
        { sessionId: 's1', waveId: 'w1', band: 'PASSIVE', quote: 'We looked at Acme.' },
      ],
    },
    {
      name: 'Zendesk',
      total: 4,
      byWave: [{ waveId: 'w1', waveName: 'Q4', count: 4, n: 40, share: 0.1 }],
      bySegment: [],
      quotes: [],
    },
    { name: 'Gone', total: 1, byWave: [{ waveId: 'w0', waveName: 'Q3', count: 1, n: 20, share: 0.05 }], bySegment: [], quotes: [] },
  ],
  unnamedMentions: [],
});
