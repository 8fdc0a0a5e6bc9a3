import { createHash } from 'node:crypto';
/**
 * The executive summary's actions written by Mistral: one chat call gets, per action, the theme,
 * its driver, its counts per band and its best quotes, and answers an action on the driver and its
 * evidence in the study's language. A reply is kept only when its evidence cites the counts given
 * ("4 of 7"); any other action keeps its template words, and an LlmError keeps them all.
 */
import { z } from 'zod';
import type { TaxonomyContent } from '@ladder/contracts/taxonomy';
import { LlmError } from '../llm/llm-error.js';
import type { ChatMessage, MistralChat } from '../llm/mistral-chat.js';
import type { LlmUsage } from '../llm/pricing.js';
import { actionTitle, type SummaryAction } from './summary.js';
import { summaryLanguage } from './summary-templates.js';
import type { Theme } from './themes.js';

export const MAX_ACTION_CHARS = 120;
export const MAX_EVIDENCE_CHARS = 160;
const QUOTES_PER_ACTION = 3;

export const summaryActionsSchema = z.object({
  actions: z.array(z.object({ key: z.string(), action: z.string(), evidence: z.string() })),
});
export type SummaryActionsReply = z.infer<typeof summaryActionsSchema>;

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', fr: 'French', de: 'German', es: 'Spanish', pt: 'Portuguese' };

const ACTION_METHOD = [
  'You write the actions of an executive summary of follow-up interviews with customers who answered an NPS survey about a B2B',
  'software product. The LADDER_SUMMARY_ACTIONS JSON lists, per action: key, the driver, the theme label, how many interviewed',
  'respondents of each score band raised it out of how many were interviewed, and verbatim quotes.',
  'For every action write:',
  '- "action": one imperative sentence a VP can assign, acting on the driver, specific to the quotes ("Give Enterprise accounts a',
  '  named migration owner"); at most 15 words; no numbers.',
  '- "evidence": one clause citing the counts exactly as "<count> of <interviewed> <band>" (translated: "4 sur 7 détracteurs")',
  '  and what they describe ("4 of 7 detractors describe rollouts stalling"); invent nothing beyond the quotes.',
  'Write both in the language named in the JSON. Keep every key exactly as given.',
  'Reply with a JSON object only: {"actions": [{"key": "...", "action": "...", "evidence": "..."}]}',
].join('\n');

/** The action prompt's version: a digest of its instructions. */
export const SUMMARY_ACTION_PROMPT_VERSION = `actions-${createHash('sha256').update(ACTION_METHOD).digest('hex').slice(0, 12)}`;

export function buildSummaryActionPrompt(
  actions: readonly SummaryAction[],
  themes: readonly Theme[],
  language: string,
  taxonomy?: TaxonomyContent,
): ChatMessage[] {
  const byKey = new Map(themes.map((t) => [t.key, t]));
  const drivers = new Map(taxonomy?.categories.flatMap((c) => c.drivers.map((d) => [d.key, d.label] as const)) ?? []);
  const block = {
    language: LANGUAGE_NAMES[summaryLanguage(language)] ?? 'English',
    actions: actions.map((a, i) => {
      const theme = byKey.get(a.themeKeys[0]);
      const driver = theme?.driverKeys[0];
      return {
        key: String(i + 1),
        driver: driver ? (drivers.get(driver) ?? driver) : null,
        theme: theme?.label ?? null,
        counts: a.evidenceCounts.map((c) => ({ band: `${c.band}s`, count: c.count, interviewed: c.n })),
        quotes: (theme?.quotes ?? [])
          .filter((q) => q.band !== 'promoter')
          .slice(0, QUOTES_PER_ACTION)
          .map((q) => q.quote),
      };
    }),
  };
  return [
    { role: 'system', content: ACTION_METHOD },
    { role: 'user', content: `LADDER_SUMMARY_ACTIONS ${JSON.stringify(block)}` },
  ];
}

/** Whether a text cites "count ... n" for every band count (in that order, a few non-digits between: "4 of 7", "4 sur 7"). */
export function citesCounts(text: string, counts: SummaryAction['evidenceCounts']): boolean {
  return counts.length > 0 && counts.every((c) => new RegExp(`(^|\\D)${c.count}\\D{1,12}?${c.n}(\\D|$)`).test(text));
}

/** The model's words for the actions whose reply is usable; the others keep the template's. */
export function applySummaryActions(
  actions: readonly SummaryAction[],
  reply: SummaryActionsReply,
): { actions: SummaryAction[]; written: number } {
  const proposed = new Map(reply.actions.map((a) => [a.key, a]));
  let written = 0;
  const result = actions.map((a, i) => {
    const p = proposed.get(String(i + 1));
    const action = p?.action.trim().replace(/\s+/g, ' ').replace(/[.;]$/, '') ?? '';
    const evidence = p?.evidence.trim().replace(/\s+/g, ' ').replace(/[.;]$/, '') ?? '';
    if (!action || !evidence || action.length > MAX_ACTION_CHARS || evidence.length > MAX_EVIDENCE_CHARS) return a;
    if (!citesCounts(evidence, a.evidenceCounts)) return a;
    written++;
    return { ...a, action, evidence, title: actionTitle(action, evidence), writer: 'mistral' as const };
  });
  return { actions: result, written };
}

export interface MistralActions {
  actions: SummaryAction[];
  written: number;
  usage?: LlmUsage;
  /** Why the templates were kept. */
  fallback?: string;
}

/** Throws only what is not an LlmError. */
export async function writeActionsWithMistral(
  chat: MistralChat,
  actions: readonly SummaryAction[],
  themes: readonly Theme[],
  language: string,
  taxonomy?: TaxonomyContent,
): Promise<MistralActions> {
  if (!actions.length) return { actions: [...actions], written: 0 };
  try {
    const { value, usage } = await chat.completeJson(buildSummaryActionPrompt(actions, themes, language, taxonomy), summaryActionsSchema, {
      temperature: 0.2,
      maxTokens: 150 + 100 * actions.length,
    });
    return { ...applySummaryActions(actions, value), usage };
  } catch (error) {
    if (!(error instanceof LlmError)) throw error;
    return { actions: [...actions], written: 0, fallback: error.message };
  }
}
