import { createHash } from 'node:crypto';
/**
 * Theme synthesis with Mistral: the excerpts' quotes are embedded (mistral-embed), clustered by
 * the same synthesizeThemes as offline (embeddings replace TF-IDF as the text features), and one
 * chat call names every theme. Each step falls back to its offline way on an LlmError: TF-IDF
 * when embeddings fail, the offline label of any theme the model did not name well. The model's
 * labels pass the offline labels' checks (labelProblems) and stand on the theme's quotes (grounded).
 */
import { z } from 'zod';
import type { TaxonomyContent } from '@ladder/contracts/taxonomy';
import { LlmError } from '../llm/llm-error.js';
import { detectLanguage } from '../moderator/language.js';
import { labelProblems, MAX_LABEL_CHARS, MAX_LABEL_WORDS } from './label-checks.js';
import { analyze, tokenize } from './tfidf.js';
import type { ChatMessage, MistralChat } from '../llm/mistral-chat.js';
import type { Embedder } from '../llm/mistral-embeddings.js';
import type { LlmUsage } from '../llm/pricing.js';
import { synthesizeThemes, type SynthesizeThemesInput, type Theme } from './themes.js';

const MAX_DESCRIPTION_LENGTH = 600;
/** Share of a label's content words that must appear in its theme's quotes (or driver labels). */
export const GROUNDED_SHARE = 2 / 3;
const QUOTES_PER_THEME = 5;

/** Embeds each distinct quote once and hands the vectors back aligned with the excerpts. */
async function excerptVectors(embedder: Embedder, quotes: readonly string[]): Promise<{ vectors: number[][]; usage: LlmUsage }> {
  const distinct = [...new Set(quotes)];
  const { vectors, usage } = await embedder.embed(distinct);
  const byText = new Map(distinct.map((text, i) => [text, vectors[i]]));
  return { vectors: quotes.map((q) => byText.get(q) ?? []), usage };
}

export const themeLabelsSchema = z.object({
  themes: z.array(z.object({ key: z.string(), label: z.string(), description: z.string().optional() })),
});

export type ThemeLabels = z.infer<typeof themeLabelsSchema>;

const LABEL_METHOD = [
  'You name the themes found in follow-up interviews of customers who answered an NPS survey about a B2B software product.',
  'The LADDER_THEME_LABELS JSON lists the themes: key, the drivers their excerpts were coded as, the respondents who raised',
  'them per score band, a provisional label, and their most central verbatim quotes.',
  'For every theme write:',
  `- "label": a noun phrase of 2 to ${MAX_LABEL_WORDS} words (at most ${MAX_LABEL_CHARS} characters) naming what respondents experience,`,
  '  specific to this theme and made of words from its quotes ("Export failures before board meetings"), not a driver name alone;',
  '  no numbers, percentages or commas; never ending on a verb, preposition, conjunction or pronoun; in the language of the quotes.',
  '- "description": one or two sentences on what respondents say and what it leads to for them, from the quotes only; invent nothing.',
  'Labels differ from theme to theme. Keep every key exactly as given.',
  'Reply with a JSON object only: {"themes": [{"key": "...", "label": "...", "description": "..."}]}',
].join('\n');

/** The machine-readable block of the label request (the fake server reads it too). */
export function themeLabelsBlock(themes: readonly Theme[], taxonomy: TaxonomyContent): string {
  const drivers = new Map(taxonomy.categories.flatMap((c) => c.drivers.map((d) => [d.key, d.label] as const)));
  return `LADDER_THEME_LABELS ${JSON.stringify({
    themes: themes.map((t) => ({
      key: t.key,
      drivers: t.driverKeys.map((k) => drivers.get(k) ?? k),
      respondents: Object.fromEntries(t.prevalence.filter((p) => p.count > 0).map((p) => [p.band, p.count])),
      provisionalLabel: t.label,
      quotes: t.quotes.slice(0, QUOTES_PER_THEME).map((q) => q.quote),
    })),
  })}`;
}

/** The theme-label prompt's version: a digest of its instructions (changes with them). */
export const THEME_LABEL_PROMPT_VERSION = `themes-${createHash('sha256').update(LABEL_METHOD).digest('hex').slice(0, 12)}`;

export function buildThemeLabelPrompt(themes: readonly Theme[], taxonomy: TaxonomyContent): ChatMessage[] {
  return [
    { role: 'system', content: LABEL_METHOD },
    { role: 'user', content: themeLabelsBlock(themes, taxonomy) },
  ];
}

/**
 * The model's label and description for each theme it named well: keys it made up are ignored; a
 * theme keeps its offline label (and description) when the model's label is missing, already taken,
 * has a problem labelProblems finds or is not grounded in what the model was shown, each such
 * rejection said in `rejected`; and its offline description when the model's is missing, empty or
 * too long.
 */
export function applyThemeLabels(
  themes: readonly Theme[],
  labels: ThemeLabels,
  taxonomy: TaxonomyContent,
): { themes: Theme[]; labelled: number; rejected: string[] } {
  const proposed = new Map(labels.themes.map((t) => [t.key, t]));
  const drivers = new Map(taxonomy.categories.flatMap((c) => c.drivers.map((d) => [d.key, d.label] as const)));
  const taken = new Set<string>();
  const rejected: string[] = [];
  let labelled = 0;
  const named = themes.map((theme) => {
    const proposal = proposed.get(theme.key);
    if (!proposal) {
      rejected.push(`label of ${theme.key}: missing from the reply`);
      return theme;
    }
    const label = proposal.label.trim().replace(/\s+/g, ' ');
    const problems = taken.has(label.toLowerCase())
      ? ['already the label of another theme']
      : labelProblems(label, themeLanguage(theme)).concat(
          ungrounded(label, [...theme.quotes.map((q) => q.quote), theme.label, ...theme.driverKeys.map((k) => drivers.get(k) ?? k)]),
        );
    if (problems.length > 0) {
      rejected.push(`label of ${theme.key} "${label.slice(0, 80)}": ${problems.join('; ')}`);
      return theme;
    }
    taken.add(label.toLowerCase());
    labelled++;
    const description = proposal.description?.trim() ?? '';
    return { ...theme, label, description: description && description.length <= MAX_DESCRIPTION_LENGTH ? description : theme.description };
  });
  return { themes: named, labelled, rejected };
}

/** One stem, or one a longer form of the other from four letters on ("fail" and "failur" of "failures"). */
const sameWord = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a)));

/** The language of a theme's quotes (English when they are too short to tell). */
const themeLanguage = (theme: Theme) => detectLanguage(theme.quotes.map((q) => q.quote).join('\n')) ?? 'en';

/**
 * A label is grounded when at least two thirds of its content words (stems, stopwords aside) are in
 * what the model was shown of the theme: its quotes, its offline label (the respondents' phrase) and
 * its drivers' labels. A model may write "failures" for "fails" (one stem) or add one word of its
 * own to three, not name what nobody said.
 */
export function ungrounded(label: string, sources: readonly string[]): string[] {
  const words = [...new Map(analyze(label).map((t) => [t.term, t.surface])).entries()];
  if (words.length === 0) return [];
  const known = [...new Set(sources.flatMap((text) => tokenize(text)))];
  const missing = words.filter(([term]) => !known.some((k) => sameWord(term, k))).map(([, surface]) => surface);
  const found = words.length - missing.length;
  if (found >= Math.ceil(GROUNDED_SHARE * words.length)) return [];
  return [`not grounded: ${found} of ${words.length} content words in the quotes (missing ${missing.join(', ')})`];
}

export interface MistralThemesInput extends Omit<SynthesizeThemesInput, 'vectors'> {
  chat: MistralChat;
  /** Absent or null: TF-IDF clustering, model labels. */
  embedder?: Embedder | null;
}

export interface MistralThemes {
  themes: Theme[];
  /** Whether embeddings clustered the excerpts (TF-IDF when not). */
  embedded: boolean;
  /** Themes named by the model; the others keep their offline labels. */
  labelled: number;
  usage: { embeddings?: LlmUsage; labels?: LlmUsage };
  /** Why a step, or one theme's label, fell back to its offline way. */
  fallbacks: string[];
}

/** Throws only what is not an LlmError; Mistral's failures become fallbacks. */
export async function synthesizeThemesWithMistral(input: MistralThemesInput): Promise<MistralThemes> {
  const { chat, embedder, ...rest } = input;
  const result: MistralThemes = { themes: [], embedded: false, labelled: 0, usage: {}, fallbacks: [] };
  const fallBack = (step: string, error: unknown) => {
    if (!(error instanceof LlmError)) throw error;
    result.fallbacks.push(`${step}: ${error.message}`);
  };
  let vectors: number[][] | undefined;
  if (embedder && rest.excerpts.length > 0) {
    try {
      ({ vectors, usage: result.usage.embeddings } = await excerptVectors(
        embedder,
        rest.excerpts.map((e) => e.excerpt.quote),
      ));
      result.embedded = true;
    } catch (error) {
      fallBack('embeddings', error);
    }
  }
  result.themes = synthesizeThemes({ ...rest, vectors });
  if (result.themes.length === 0) return result;
  try {
    const { value, usage } = await chat.completeJson(buildThemeLabelPrompt(result.themes, rest.taxonomy), themeLabelsSchema, {
      temperature: 0.2,
      maxTokens: 200 + 120 * result.themes.length,
    });
    result.usage.labels = usage;
    const applied = applyThemeLabels(result.themes, value, rest.taxonomy);
    ({ themes: result.themes, labelled: result.labelled } = applied);
    // Rejected labels are recorded like the other fallbacks: the theme keeps its offline label.
    result.fallbacks.push(...applied.rejected);
  } catch (error) {
    fallBack('labels', error);
  }
  return result;
}
