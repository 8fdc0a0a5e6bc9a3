import type { Band } from '@ladder/contracts';
import type { Theme } from './themes.js';

export interface SummaryAction {
  title: string;
  rationale: string;
  /** Estimated NPS gain in points if the action resolved the themes it addresses. */
  impactPoints: number;
  impactExplanation: string;
  themeKeys: string[];
}

export interface SummaryInput {
  themes: Theme[];
  /** Respondents per band in the wave (all of them, interviewed or not): the NPS base. */
  respondents: Record<Band, number>;
  /** Coded interviews per band. */
  interviews: Record<Band, number>;
  maxActions?: number;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * The NPS impact estimate of resolving a theme: the share of the wave's respondents who are
 * detractors raising it (estimated from the interviewed detractors) would move to passive, and the
 * passives raising it to promoter. Each move adds 100/N points to NPS, so the gain is
 * 100 × (share_d(theme) × detractors + share_p(theme) × passives) / respondents. It is an upper
 * bound that assumes the theme is the reason for the score, which the interviews' laddering
 * supports only when the theme is the root driver; the explanation says so.
 */
export function npsImpact(theme: Theme, input: SummaryInput): { points: number; explanation: string } {
  const total = input.respondents.detractor + input.respondents.passive + input.respondents.promoter;
  const share = (band: Band) => {
    const p = theme.prevalence.find((x) => x.band === band);
    return p && p.n > 0 ? p.count / p.n : 0;
  };
  if (total === 0) return { points: 0, explanation: 'No respondents in this wave yet.' };
  const movedDetractors = share('detractor') * input.respondents.detractor;
  const movedPassives = share('passive') * input.respondents.passive;
  const points = round1((100 * (movedDetractors + movedPassives)) / total);
  const explanation =
    `${pct(share('detractor'))} of interviewed detractors and ${pct(share('passive'))} of passives raised it. ` +
    `If the wave's detractors who share it (about ${Math.round(movedDetractors)} of ${input.respondents.detractor}) became passives and ` +
    `the passives (about ${Math.round(movedPassives)} of ${input.respondents.passive}) became promoters, ` +
    `NPS would rise by up to ${points} points ` +
    `(out of ${total} respondents). An upper bound: it assumes the theme drives their score.`;
  return { points, explanation };
}

/**
 * The executive summary: one action per theme that hurts detractors or passives, ranked by the
 * impact estimate, each linked to its theme (and, when stored, its best quotes).
 */
export function summarize(input: SummaryInput): { summary: string; actions: SummaryAction[] } {
  const { maxActions = 5 } = input;
  const interviews = input.interviews.detractor + input.interviews.passive + input.interviews.promoter;
  const candidates = input.themes
    .filter((t) => t.sentimentScore <= 0.1 && t.prevalence.some((p) => p.band !== 'promoter' && p.count > 0))
    .map((theme) => ({ theme, impact: npsImpact(theme, input) }))
    .filter((c) => c.impact.points > 0)
    .sort((a, b) => b.impact.points - a.impact.points || a.theme.key.localeCompare(b.theme.key))
    .slice(0, maxActions);
  const actions = candidates.map(({ theme, impact }) => ({
    title: `Address ${theme.label.charAt(0).toLowerCase()}${theme.label.slice(1)}`,
    rationale: theme.description,
    impactPoints: impact.points,
    impactExplanation: impact.explanation,
    themeKeys: [theme.key],
  }));
  const praised = input.themes
    .filter((t) => t.sentimentScore > 0.1)
    .slice(0, 2)
    .map((t) => t.label);
  const summary =
    interviews === 0
      ? 'No coded interviews in this wave yet.'
      : [
          `${interviews} interviews coded (${input.interviews.detractor} detractors, ${input.interviews.passive} passives, ` +
            `${input.interviews.promoter} promoters); ${input.themes.length} themes.`,
          actions.length
            ? `Largest estimated NPS gains: ${actions
                .slice(0, 3)
                .map((a) => `${a.title.replace(/^Address /, '')} (+${a.impactPoints})`)
                .join('; ')}.`
            : 'No theme holds back detractors or passives.',
          praised.length ? `Promoters value: ${praised.join('; ')}.` : '',
        ]
          .filter(Boolean)
          .join(' ');
  return { summary, actions };
}
