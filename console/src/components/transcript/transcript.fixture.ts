import type { TranscriptSession } from './transcript-items';

/** Specs only: a short interview through three phases, with a fallback turn, a caught leading question and an escalation. */
type Turn = TranscriptSession['turns'][number];
type Moderation = NonNullable<Turn['moderation']>;
const noModeration: Moderation = {
  reusedWords: null,
  leadingCaught: 0,
  leadingFindings: [],
  model: null,
  promptTokens: null,
  completionTokens: null,
  costUsd: null,
  llmLatencyMs: null,
  fallbackReason: null,
};
const mod = (
  seq: number,
  phase: string,
  ladderLevel: number,
  action: Turn['action'],
  author: Turn['author'],
  text: string,
  moderation: Partial<Moderation> = {},
): Turn => ({
  id: `t${seq}`,
  seq,
  role: 'MODERATOR',
  text,
  phase,
  ladderLevel,
  action,
  author,
  createdAt: '2026-10-01T10:00:00Z',
  moderation: { ...noModeration, ...moderation },
});
const ans = (seq: number, phase: string, ladderLevel: number, text: string): Turn => ({
  id: `t${seq}`,
  seq,
  role: 'RESPONDENT',
  text,
  phase,
  ladderLevel,
  action: null,
  author: 'RESPONDENT',
  createdAt: '2026-10-01T10:01:00Z',
  moderation: null,
});

export const QUOTE = 'We are actively evaluating Acme and will not renew in March.';

export const transcriptSession = (overrides: Partial<TranscriptSession> = {}): TranscriptSession => ({
  id: 's1',
  status: 'ACTIVE',
  moderator: 'MISTRAL',
  language: 'en',
  languageSource: 'DETECTED',
  startedAt: '2026-10-01T10:00:00Z',
  completedAt: null,
  remindedAt: null,
  expiresAt: null,
  lastActivityAt: '2026-10-01T10:05:00Z',
  linkRevokedAt: null,
  respondent: { id: 'r1', externalId: 'R-1001', score: 3, band: 'DETRACTOR', attributes: {} },
  guide: { id: 'g1', band: 'DETRACTOR', version: 3, content: { ladderTargetDepth: { min: 5, max: 7 } } },
  turns: [
    mod(0, 'context', 0, 'OPEN', 'MISTRAL', 'Tell me about the role the product plays in your work.', {
      model: 'mistral-small',
      promptTokens: 800,
      completionTokens: 40,
      llmLatencyMs: 900,
    }),
    ans(1, 'context', 0, 'Reporting, mostly. It is slow.'),
    mod(2, 'surface', 0, 'ADVANCE', 'OFFLINE_FALLBACK', 'What made you give that score?', { fallbackReason: 'Mistral timed out 3 times' }),
    ans(3, 'surface', 0, `Dashboards are slow. ${QUOTE}`),
    mod(4, 'laddering', 1, 'PROBE', 'MISTRAL', 'When you say "slow", what does that look like day to day?', {
      reusedWords: true,
      leadingCaught: 1,
      leadingFindings: ['yes/no question: "is it the UI"'],
    }),
    ans(5, 'laddering', 1, 'Ten minutes per report.'),
    mod(6, 'laddering', 2, 'CLARIFY', 'MISTRAL', 'What happens for your team when a report takes ten minutes?'),
  ],
  quality: {
    ladderDepth: 2,
    probeDepth: 3,
    phasesCovered: ['CONTEXT', 'SURFACE', 'LADDERING'],
    leadingQuestionsCaught: 1,
    probes: 2,
    probesReusingWordsShare: 0.5,
    moderatorTurns: 4,
    respondentTurns: 3,
    fallbackTurns: 1,
    durationSeconds: 754,
    promptTokens: 3200,
    completionTokens: 160,
    costUsd: 0.0021,
  },
  escalations: [{ id: 'e1', reason: 'COMPETITOR_EVALUATION', quote: QUOTE, status: 'OPEN', owner: null }],
  coding: null,
  ...overrides,
});
