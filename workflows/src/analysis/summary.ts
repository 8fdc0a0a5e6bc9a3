import type { Band } from '@ladder/contracts';
import { npsImpactEstimate, SMALL_SAMPLE_THRESHOLD, type NpsImpactEstimate, type PrevalenceSegment } from '@ladder/contracts/stats';
import type { TaxonomyContent } from '@ladder/contracts/taxonomy';
import { driverAction, summaryLanguage, summaryPhrases, type BandCount, type SummaryLanguage } from './summary-templates.js';
import type { Theme } from './themes.js';

export interface SummaryAction {
  /** What the action reads as: the action, a dash, its evidence with counts. */
  title: string;
  /** The action on the driver ("Give each new account a named implementation owner"). */
  action: string;
  /** The evidence with its counts ("4 of 7 detractors mention “Stalled rollouts”"). */
  evidence: string;
  /** The counts the evidence cites, per band. */
  evidenceCounts: BandCount[];
  rationale: string;
  /** Estimated NPS gain in points if the action resolved the themes it addresses: shrunk toward zero (npsImpactEstimate). */
  impactPoints: number;
  /** Its 95% interval. */
  impactLow: number;
  impactHigh: number;
  /** Interviews the estimate rests on (interviewed detractors and passives). */
  impactN: number;
  /** impactN < SMALL_SAMPLE_THRESHOLD. */
  smallSample: boolean;
  impactExplanation: string;
  themeKeys: string[];
  /** Who wrote the action's words: the templates, or the model (its reply cited the counts). */
  writer: 'template' | 'mistral';
}

/** A segment whose interviews raise a theme more often than the rest of the wave's. */
export interface SegmentDifference {
  /** "Enterprise (plan)". */
  segment: string;
  themeKey: string;
  themeLabel: string;
  count: number;
  n: number;
  share: number;
  /** The rest of the wave's share. */
  rest: number;
  difference: number;
  /** Before Benjamini-Hochberg. */
  pValue: number | null;
  adjustedP: number | null;
  flag: string;
  significant: boolean;
}

export interface SummaryInput {
  themes: Theme[];
  /** Respondents per band in the wave (all of them, interviewed or not): the NPS base. */
  respondents: Record<Band, number>;
  /** Coded interviews per band. */
  interviews: Record<Band, number>;
  maxActions?: number;
  /** The study's language (the one most of the wave's interviews were held in); English by default. */
  language?: string;
  /** For the action of a driver a study added: its category's. */
  taxonomy?: TaxonomyContent;
  /** Differences of theme prevalence between segments (segmentDifferences); absent when the wave has no segments. */
  segmentDifferences?: SegmentDifference[];
}

/** A non-significant difference is named only for a segment of at least this many interviews (smaller ones are mostly noise). */
export const MIN_SEGMENT_INTERVIEWS = 5;

const fixed1 = (x: number) => x.toFixed(1);

/** The bands the evidence cites: those with interviews and at least one raising the theme, detractors first. */
function evidenceCounts(theme: Theme): BandCount[] {
  return (['detractor', 'passive'] as const)
    .map((band) => {
      const p = theme.prevalence.find((x) => x.band === band);
      return { band, count: p?.count ?? 0, n: p?.n ?? 0 };
    })
    .filter((c) => c.n > 0 && c.count > 0);
}

/**
 * The NPS impact estimate of resolving a theme (npsImpactEstimate in @ladder/contracts/stats): the
 * wave's detractors raising it would become passives and its passives promoters, each move adding
 * 100/N points; the shares come from the interviews, with their adjusted-Wald interval, and the
 * point shown is shrunk toward zero by its uncertainty. The explanation says what it assumes.
 */
export function npsImpact(theme: Theme, input: SummaryInput): NpsImpactEstimate & { explanation: string } {
  const total = input.respondents.detractor + input.respondents.passive + input.respondents.promoter;
  const band = (b: 'detractor' | 'passive') => {
    const p = theme.prevalence.find((x) => x.band === b);
    return { respondents: input.respondents[b], interviewed: p?.n ?? 0, raising: p?.count ?? 0 };
  };
  const detractor = band('detractor');
  const passive = band('passive');
  const estimate = npsImpactEstimate({ total, detractor, passive });
  if (total === 0) return { ...estimate, explanation: 'No respondents in this wave yet.' };
  const counted = [
    detractor.interviewed ? `${detractor.raising} of ${detractor.interviewed} interviewed detractors` : '',
    passive.interviewed ? `${passive.raising} of ${passive.interviewed} interviewed passives` : '',
  ].filter(Boolean);
  const notInterviewed = [
    detractor.respondents && !detractor.interviewed ? 'detractors' : '',
    passive.respondents && !passive.interviewed ? 'passives' : '',
  ].filter(Boolean);
  const explanation = [
    counted.length ? `${counted.join(' and ')} raised it.` : 'No detractor or passive was interviewed.',
    `The estimate assumes that resolving it would move every detractor who shares it to passive and every passive who shares it to ` +
      `promoter (each move adds ${fixed1(100 / total)} points among the wave's ${total} respondents: ${input.respondents.detractor} ` +
      `detractors, ${input.respondents.passive} passives), that the interviewed respondents stand for their band, and that the theme ` +
      `is the reason for their score, which the laddering supports only where it is their root driver.`,
    notInterviewed.length ? `No ${notInterviewed.join(' or ')} were interviewed, so they add nothing to it.` : '',
    `95% interval ${fixed1(estimate.low)} to ${fixed1(estimate.high)} points (adjusted-Wald, the variance of the segment NPS ` +
      `intervals). The figure shown, +${fixed1(estimate.points)}, is the interval's centre (${fixed1(estimate.centre)}) shrunk toward ` +
      `zero by its uncertainty; taken at face value the interviews would say +${fixed1(estimate.observed)}.`,
    estimate.smallSample ? `Small sample: ${estimate.n} interviews, fewer than ${SMALL_SAMPLE_THRESHOLD}; read it as a direction.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return { ...estimate, explanation };
}

/** The driver's category in the taxonomy. */
function categoryOf(taxonomy: TaxonomyContent | undefined, driverKey: string | undefined): string | undefined {
  return taxonomy?.categories.find((c) => c.drivers.some((d) => d.key === driverKey))?.key;
}

/** The offline action of a theme: the driver's template and the evidence with its counts, in the language. */
export function templateAction(
  theme: Theme,
  language: string | undefined,
  taxonomy?: TaxonomyContent,
): Pick<SummaryAction, 'action' | 'evidence' | 'evidenceCounts'> {
  const driverKey = theme.driverKeys[0];
  const counts = evidenceCounts(theme);
  return {
    action: driverAction(language, driverKey, categoryOf(taxonomy, driverKey)),
    evidence: summaryPhrases(language).evidence(counts, theme.label),
    evidenceCounts: counts,
  };
}

export const actionTitle = (action: string, evidence: string) => `${action} — ${evidence}`;

/**
 * The segment differences worth naming, from findings tables (prevalenceBySegment, one per grouping):
 * segments raising a theme more often than the rest. The significant ones (Benjamini-Hochberg within
 * their table; the test accounts for a small segment's size) by size of the difference; when there is
 * none, the one with the smallest unadjusted p-value among segments of at least MIN_SEGMENT_INTERVIEWS,
 * named as not significant (the printable report orders its non-significant ones the same way).
 */
export function segmentDifferences(tables: readonly { segments: PrevalenceSegment[] }[], limit = 2): SegmentDifference[] {
  const all: SegmentDifference[] = tables.flatMap((t) =>
    t.segments.flatMap((s) =>
      s.cells
        .filter((c) => c.share !== null && c.versusRest.difference !== null && c.versusRest.difference > 0)
        .map((c) => ({
          segment: s.key.map((k) => `${k.value ?? '(none)'} (${k.attribute})`).join(', '),
          themeKey: c.key,
          themeLabel: c.label,
          count: c.count,
          n: c.n,
          share: c.share!,
          rest: c.share! - c.versusRest.difference!,
          difference: c.versusRest.difference!,
          pValue: c.versusRest.pValue,
          adjustedP: c.versusRest.adjustedP,
          flag: c.versusRest.flag,
          significant: c.versusRest.significant,
        })),
    ),
  );
  const order = (a: SegmentDifference, b: SegmentDifference) => a.segment.localeCompare(b.segment) || a.themeKey.localeCompare(b.themeKey);
  const significant = all.filter((d) => d.significant).sort((a, b) => b.difference - a.difference || order(a, b));
  if (significant.length) return significant.slice(0, limit);
  return all
    .filter((d) => d.n >= MIN_SEGMENT_INTERVIEWS && d.pValue !== null)
    .sort((a, b) => a.pValue! - b.pValue! || b.difference - a.difference || order(a, b))
    .slice(0, 1);
}

function differencesSentence(language: SummaryLanguage, differences: readonly SegmentDifference[] | undefined): string {
  if (!differences?.length) return '';
  const phrases = summaryPhrases(language);
  const significant = differences.filter((d) => d.significant);
  if (significant.length) {
    return phrases.differences(
      significant.map((d) => ({ segment: d.segment, label: d.themeLabel, share: d.share, rest: d.rest, flag: d.flag })),
    );
  }
  const d = differences[0];
  return phrases.noSignificantDifference({ segment: d.segment, label: d.themeLabel, share: d.share, rest: d.rest });
}

/**
 * The executive summary: one action per theme that hurts detractors or passives, ranked by the
 * (shrunk) impact estimate, each an action on the theme's driver with its evidence and counts, in
 * the study's language; and a paragraph naming the largest gains with their intervals, what
 * promoters value and the biggest segment differences.
 */
export function summarize(input: SummaryInput): { summary: string; actions: SummaryAction[] } {
  const { maxActions = 5 } = input;
  const language = summaryLanguage(input.language);
  const phrases = summaryPhrases(language);
  const interviews = input.interviews.detractor + input.interviews.passive + input.interviews.promoter;
  const candidates = input.themes
    .filter((t) => t.sentimentScore <= 0.1 && evidenceCounts(t).length > 0)
    .map((theme) => ({ theme, impact: npsImpact(theme, input) }))
    .filter((c) => c.impact.high > 0)
    .sort((a, b) => b.impact.points - a.impact.points || b.impact.centre - a.impact.centre || a.theme.key.localeCompare(b.theme.key))
    .slice(0, maxActions);
  const actions: SummaryAction[] = candidates.map(({ theme, impact }) => {
    const words = templateAction(theme, language, input.taxonomy);
    return {
      ...words,
      title: actionTitle(words.action, words.evidence),
      rationale: theme.description,
      impactPoints: impact.points,
      impactLow: impact.low,
      impactHigh: impact.high,
      impactN: impact.n,
      smallSample: impact.smallSample,
      impactExplanation: impact.explanation,
      themeKeys: [theme.key],
      writer: 'template',
    };
  });
  const labels = new Map(input.themes.map((t) => [t.key, t.label]));
  const praised = input.themes
    .filter((t) => t.sentimentScore > 0.1)
    .slice(0, 2)
    .map((t) => t.label);
  const summary =
    interviews === 0
      ? phrases.none
      : [
          phrases.coded(interviews, input.interviews.detractor, input.interviews.passive, input.interviews.promoter, input.themes.length),
          actions.length
            ? phrases.gains(
                actions.slice(0, 3).map((a) => ({
                  label: labels.get(a.themeKeys[0]) ?? a.action,
                  points: a.impactPoints,
                  low: a.impactLow,
                  high: a.impactHigh,
                })),
              )
            : phrases.noGain,
          differencesSentence(language, input.segmentDifferences),
          praised.length ? phrases.praise(praised) : '',
        ]
          .filter(Boolean)
          .join(' ');
  return { summary, actions };
}
