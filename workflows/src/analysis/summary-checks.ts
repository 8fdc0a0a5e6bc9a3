/**
 * The executive summary's golden checks (`npm run eval:summary`): every theme label fit to print
 * (labelProblems), every action citing its counts ("N of M" in its language) with an interval around
 * its estimate, the small-sample flag where fewer than 30 interviews carry it, an explanation that
 * says what the number assumes, and length limits. Pure, so the eval and its unit test share it.
 */
import { SMALL_SAMPLE_THRESHOLD } from '@ladder/contracts/stats';
import { detectLanguage } from '../moderator/language.js';
import { labelProblems } from './label-checks.js';
import { MAX_ACTION_CHARS, MAX_EVIDENCE_CHARS } from './mistral-actions.js';
import { SUMMARY_LANGUAGES, summaryPhrases } from './summary-templates.js';

export { labelProblems };

/** The summary paragraph's limit: a few sentences a VP reads in one go. */
export const MAX_SUMMARY_CHARS = 1200;

export interface CheckedAction {
  rank: number;
  title: string;
  action?: string | null;
  evidence?: string | null;
  impactPoints: number;
  impactLow?: number | null;
  impactHigh?: number | null;
  impactN?: number | null;
  smallSample?: boolean | null;
  impactExplanation: string;
}

export interface CheckedSummary {
  summary: string | null;
  themes: readonly { label: string; quotes: readonly string[] }[];
  actions: readonly CheckedAction[];
}

export interface SummaryCheck {
  subject: string;
  check: string;
  ok: boolean;
  /** What is wrong, when not ok. */
  detail: string;
}

/** A theme label's language: the one its quotes are written in (labels are taken from them); English when unsure. */
export function labelLanguage(quotes: readonly string[]): string {
  return detectLanguage(quotes.join(' ')) ?? 'en';
}

/** The "N of M" counts a text cites, in any summary language. */
export function citedCounts(text: string): { count: number; n: number }[] {
  const patterns = SUMMARY_LANGUAGES.map((l) => new RegExp(summaryPhrases(l).countPattern.source, 'g'));
  const found = new Map<string, { count: number; n: number }>();
  for (const p of patterns) {
    for (const m of text.matchAll(p)) {
      const [count, n] = m[0].split(/\D+/).map(Number);
      found.set(`${m.index}`, { count, n });
    }
  }
  return [...found.values()];
}

export function checkSummary(s: CheckedSummary): SummaryCheck[] {
  const checks: SummaryCheck[] = [];
  const add = (subject: string, check: string, problems: string[]) =>
    checks.push({ subject, check, ok: problems.length === 0, detail: problems.join('; ') });

  const summary = s.summary ?? '';
  add('summary', 'written', summary.trim() ? [] : ['no summary']);
  add('summary', `at most ${MAX_SUMMARY_CHARS} characters`, summary.length > MAX_SUMMARY_CHARS ? [`${summary.length} characters`] : []);
  const top = [...s.actions].sort((a, b) => a.rank - b.rank)[0];
  if (top?.impactLow != null && top.impactHigh != null) {
    add(
      'summary',
      "names the top action's interval",
      summary.includes(top.impactLow.toFixed(1)) && summary.includes(top.impactHigh.toFixed(1))
        ? []
        : [`no ${top.impactLow.toFixed(1)} to ${top.impactHigh.toFixed(1)} in it`],
    );
  }

  for (const t of s.themes) {
    const language = labelLanguage(t.quotes);
    add(`theme “${t.label}”`, `label fit to print (${language})`, labelProblems(t.label, language));
  }

  for (const a of s.actions) {
    const subject = `action #${a.rank}`;
    const evidence = a.evidence ?? a.title;
    const counts = citedCounts(evidence);
    add(subject, 'cites counts (N of M)', counts.length ? [] : [`no "N of M" in "${evidence}"`]);
    add(
      subject,
      'counts possible (N <= M, M > 0)',
      counts.filter((c) => c.n === 0 || c.count > c.n).map((c) => `${c.count} of ${c.n}`),
    );
    add(subject, 'action and evidence apart', a.action && a.evidence ? [] : ['no action or evidence stored']);
    add(
      subject,
      `action at most ${MAX_ACTION_CHARS} characters, evidence at most ${MAX_EVIDENCE_CHARS}`,
      [
        (a.action?.length ?? 0) > MAX_ACTION_CHARS ? `action of ${a.action!.length} characters` : '',
        (a.evidence?.length ?? 0) > MAX_EVIDENCE_CHARS ? `evidence of ${a.evidence!.length} characters` : '',
      ].filter(Boolean),
    );
    const interval = a.impactLow != null && a.impactHigh != null;
    add(
      subject,
      'impact has an interval around it',
      !interval
        ? ['no interval']
        : a.impactLow! <= a.impactPoints && a.impactPoints <= a.impactHigh!
          ? []
          : [`${a.impactPoints} outside ${a.impactLow} to ${a.impactHigh}`],
    );
    add(
      subject,
      `small sample flagged below ${SMALL_SAMPLE_THRESHOLD} interviews`,
      a.impactN == null
        ? ['no n']
        : a.smallSample === a.impactN < SMALL_SAMPLE_THRESHOLD
          ? []
          : [`n = ${a.impactN}, smallSample = ${a.smallSample}`],
    );
    add(
      subject,
      'explanation says what it assumes',
      [
        /assumes/.test(a.impactExplanation) ? '' : 'no assumption stated',
        /95% interval/.test(a.impactExplanation) ? '' : 'no interval stated',
        a.impactN != null && a.impactN < SMALL_SAMPLE_THRESHOLD && !/Small sample/.test(a.impactExplanation) ? 'small sample not said' : '',
      ].filter(Boolean),
    );
  }
  return checks;
}
