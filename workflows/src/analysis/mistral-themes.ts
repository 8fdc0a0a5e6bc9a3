import { createHash } from 'node:crypto';
/**
 * Theme synthesis with Mistral: the excerpts' quotes are embedded (mistral-embed), clustered by
 * the same synthesizeThemes as offline (embeddings replace TF-IDF as the text features), and one
 * chat call names every theme. Each step falls back to its offline way on an LlmError: TF-IDF
 * when embeddings fail, the offline label of any theme the model did not name well.
 */
import { z } from 'zod';
import type { TaxonomyContent } from '@ladder/contracts/taxonomy';
import { LlmError } from '../llm/llm-error.js';
import type { ChatMessage, MistralChat } from '../llm/mistral-chat.js';
import type { Embedder } from '../llm/mistral-embeddings.js';
import type { LlmUsage } from '../llm/pricing.js';
import { synthesizeThemes, type SynthesizeThemesInput, type Theme } from './themes.js';

const MAX_LABEL_LENGTH = 80;
const MAX_DESCRIPTION_LENGTH = 600;
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
  '- "label": 3 to 8 words saying what respondents experience, specific to this theme ("Exports fail before board meetings"),',
  '  not a driver name alone; no numbers or percentages; in English, whatever the language of the quotes.',
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
 * The model's label and description for each theme it named well: keys it made up are ignored;
 * a theme keeps its offline label when the model's is missing, empty, too long or already taken,
 * and its offline description when the model's is missing, empty or too long.
 */
export function applyThemeLabels(themes: readonly Theme[], labels: ThemeLabels): { themes: Theme[]; labelled: number } {
  const proposed = new Map(labels.themes.map((t) => [t.key, t]));
  const taken = new Set<string>();
  let labelled = 0;
  const named = themes.map((theme) => {
    const proposal = proposed.get(theme.key);
    const label = proposal?.label.trim().replace(/\s+/g, ' ') ?? '';
    if (!label || label.length > MAX_LABEL_LENGTH || taken.has(label.toLowerCase())) return theme;
    taken.add(label.toLowerCase());
    labelled++;
    const description = proposal?.description?.trim() ?? '';
    return { ...theme, label, description: description && description.length <= MAX_DESCRIPTION_LENGTH ? description : theme.description };
  });
  return { themes: named, labelled };
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
  /** Why a step fell back to its offline way. */
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
    ({ themes: result.themes, labelled: result.labelled } = applyThemeLabels(result.themes, value));
  } catch (error) {
    fallBack('labels', error);
  }
  return result;
}
