import type { Band, GuideContentInput, GuideFieldsFragment, PhaseKey } from '../../gql/graphql';

export type Guide = GuideFieldsFragment;
export type GuidePhaseInput = GuideContentInput['phases'][number];
/** One problem the API found in a guide; `path` names the field, e.g. `phases.1.budget.turns`. */
export interface GuideIssue {
  path: string;
  message: string;
}

export const BANDS: { band: Band; label: string; range: string }[] = [
  { band: 'DETRACTOR', label: 'Detractor', range: '0-6' },
  { band: 'PASSIVE', label: 'Passive', range: '7-8' },
  { band: 'PROMOTER', label: 'Promoter', range: '9-10' },
];

export const PHASE_LABELS: Record<PhaseKey, string> = {
  CONTEXT: 'Context establishment',
  SURFACE: 'Surface-level capture',
  LADDERING: 'Structured laddering',
  COMPARATIVE: 'Comparative exploration',
  CLOSE: 'Forward-looking close',
};

/** The editable input of a stored version (drops anything the input type does not take). */
export function toContentInput(content: Guide['content']): GuideContentInput {
  return {
    ladderTargetDepth: { min: content.ladderTargetDepth.min, max: content.ladderTargetDepth.max },
    topicsToAvoid: [...content.topicsToAvoid],
    phases: content.phases.map((p) => ({
      key: p.key,
      objective: p.objective,
      probeInstructions: p.probeInstructions,
      budget: { turns: p.budget.turns, minutes: p.budget.minutes },
      openingQuestions: p.openingQuestions.map((q) => ({ language: q.language, questions: [...q.questions] })),
    })),
  };
}

export const sameContent = (a: GuideContentInput, b: GuideContentInput) => JSON.stringify(a) === JSON.stringify(b);

/** A deep copy to edit; the content is plain JSON. */
export const cloneContent = (c: GuideContentInput): GuideContentInput => JSON.parse(JSON.stringify(c)) as GuideContentInput;

/**
 * Every path the form shows issues next to. The API validates opening questions as a record by
 * language, so their paths carry the language code, not the list index.
 */
export function fieldPaths(content: GuideContentInput): Set<string> {
  const paths = [
    'ladderTargetDepth',
    'ladderTargetDepth.min',
    'ladderTargetDepth.max',
    'topicsToAvoid',
    ...content.topicsToAvoid.map((_, i) => `topicsToAvoid.${i}`),
    'phases',
  ];
  content.phases.forEach((phase, i) => {
    const at = `phases.${i}`;
    paths.push(
      at,
      `${at}.objective`,
      `${at}.probeInstructions`,
      `${at}.budget`,
      `${at}.budget.turns`,
      `${at}.budget.minutes`,
      `${at}.openingQuestions`,
    );
    for (const q of phase.openingQuestions) {
      paths.push(`${at}.openingQuestions.${q.language}`, ...q.questions.map((_, j) => `${at}.openingQuestions.${q.language}.${j}`));
    }
  });
  return new Set(paths);
}

export const messagesAt = (issues: GuideIssue[], path: string): string[] => issues.filter((i) => i.path === path).map((i) => i.message);

export function formatWhen(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * What the API cannot be told at all: an empty or fractional number would fail GraphQL coercion
 * (Int!, Float!) as one unplaced error, so the editor names the field itself.
 */
export function localIssues(content: GuideContentInput): GuideIssue[] {
  const issues: GuideIssue[] = [];
  const check = (path: string, value: number, whole: boolean) => {
    if (!Number.isFinite(value)) issues.push({ path, message: 'a number is required' });
    else if (whole && !Number.isInteger(value)) issues.push({ path, message: 'a whole number is required' });
  };
  check('ladderTargetDepth.min', content.ladderTargetDepth.min, true);
  check('ladderTargetDepth.max', content.ladderTargetDepth.max, true);
  content.phases.forEach((p, i) => {
    check(`phases.${i}.budget.turns`, p.budget.turns, true);
    check(`phases.${i}.budget.minutes`, p.budget.minutes, false);
  });
  return issues;
}

/** The number typed in a number input; NaN while it is empty. */
export const numberFrom = (event: Event): number => (event.target as HTMLInputElement).valueAsNumber;

/** The value a path names; opening questions are addressed by language code, as the API does. */
function valueAt(content: GuideContentInput, path: string): unknown {
  let at: unknown = content;
  for (const part of path ? path.split('.') : []) {
    if (Array.isArray(at) && !/^\d+$/.test(part))
      at = (at as { language?: string; questions?: string[] }[]).find((b) => b.language === part)?.questions;
    else at = (at as Record<string, unknown> | undefined)?.[part];
  }
  return at;
}

/** Issues of the last save whose field still holds the value they were about: an edited field drops its issue. */
export const openIssues = (issues: GuideIssue[], savedFrom: GuideContentInput, content: GuideContentInput): GuideIssue[] =>
  issues.filter((i) => i.path === '' || JSON.stringify(valueAt(savedFrom, i.path)) === JSON.stringify(valueAt(content, i.path)));
