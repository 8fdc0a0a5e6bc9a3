import { createHash } from 'node:crypto';
/**
 * The Mistral coder: the model reads the taxonomy and the transcript and answers with excerpts;
 * this module checks every answer before it becomes a coding. A driver key outside the taxonomy
 * or a quote that is not an exact substring of the respondent turn it names is sent back to the
 * model with the problem spelled out, a few times, then the coding fails as invalid output.
 * Spans are never taken from the model: they are located here, in the turn the model named.
 */
import type { Sentiment } from '@ladder/contracts';
import { z } from 'zod';
import { taxonomyContentSchema, type CodedExcerpt, type TaxonomyContent, type TranscriptCoding } from '@ladder/contracts/taxonomy';
import { genericCompetitorsIn, isGenericCompetitor, namedCompetitorsIn } from '../moderator/signals.js';
import { LlmError } from '../llm/llm-error.js';
import type { ChatMessage, MistralChat } from '../llm/mistral-chat.js';
import type { LlmUsage } from '../llm/pricing.js';
import { originalSpan, type Redaction } from '../llm/redact.js';
import type { CodableTurn, OfflineCodingInput } from './offline-coder.js';
import { locateQuote, quoteProblem, type QuoteSpan } from './quote-check.js';
import { sentimentOf } from './sentiment.js';

export interface CodingInput extends OfflineCodingInput {
  /** The respondent's names when the import carried them: the model sees [name] instead. */
  respondentNames?: readonly string[];
}

/** Tokens and cost of every call a coding took, failed attempts included. */
export interface CodingUsage extends LlmUsage {
  calls: number;
}

/** A coding and, for a model-made one, what it cost. */
export interface CoderResult extends TranscriptCoding {
  usage?: CodingUsage;
}

export interface MistralCoderOptions {
  /** Calls after the first when the answer breaks a rule. Default MISTRAL_CODER_RETRIES. */
  retries?: number;
}

export const MISTRAL_CODER_RETRIES = 2;
const MAX_EXCERPTS = 80;

export const codingOutputSchema = z.object({
  excerpts: z
    .array(
      z.object({
        driverKey: z.string(),
        turnSeq: z.number().int(),
        quote: z.string(),
        role: z.enum(['stated', 'root', 'supporting']),
        sentiment: z.enum(['negative', 'neutral', 'positive']),
      }),
    )
    .max(MAX_EXCERPTS),
  statedDriverKey: z.string().nullable(),
  rootDriverKey: z.string().nullable(),
  rootNote: z.string().trim().max(300).nullable().optional(),
  competitors: z.array(z.string()).optional(),
  competitorMentioned: z.boolean().optional(),
});

export type CodingOutput = z.infer<typeof codingOutputSchema>;

/** The machine-readable block of the user message (the fake server reads it too). */
export function codingBlock(input: CodingInput): string {
  const transcript = [...input.transcript]
    .sort((a, b) => a.seq - b.seq)
    .map(({ seq, role, phase, ladderLevel, text }) => ({ seq, role, phase, ladderLevel, text }));
  return `LADDER_CODING ${JSON.stringify({ language: input.language, taxonomy: input.taxonomy, transcript })}`;
}

const METHOD = [
  'You code a customer interview that followed an NPS survey, for a research team. The LADDER_CODING JSON holds the driver',
  'taxonomy (categories, each with drivers: key, label, description, examples) and the transcript: turns numbered by "seq",',
  'moderator questions and respondent answers, each with the interview phase and ladder level of the question it answers.',
  '',
  'Method:',
  '- An excerpt is a passage of one respondent turn that explains how they feel about the product or vendor. Give it the one',
  '  driver of the taxonomy that fits best (a passage that clearly speaks of two drivers may appear twice, once per driver).',
  '- "quote" is copied exactly, character for character, from the respondent turn "turnSeq": same words, spelling, case and',
  '  punctuation; no ellipsis, no stitching of sentences, no translation, no correction. Quote the shortest whole sentence or',
  '  clause that carries the point. Never quote a moderator turn.',
  '- "role": "stated" for the reason the respondent gives first and the answer that explains it (their own example);',
  '  "root" for the deepest level their answers reached, whatever question was asked (a consequence for them or the',
  '  business at least; their own stakes: trust, reputation, credibility, goals, feelings); "supporting" for the rest.',
  '- "statedDriverKey": the driver of the reason as first given, read with the example that explains it: "it does not work',
  '  as we expected" followed by "the demo showed X, we got Y" is the sales-expectation gap, not reliability.',
  '- "rootDriverKey": the driver closest to the deepest level the respondent reached; it often differs from the stated one',
  '  (stated: reliability; root: trust in the vendor). When no driver of the taxonomy is close to it, null, and "rootNote"',
  '  says in a short sentence what they reached; never repeat the stated driver for lack of a better one. null (and no note)',
  '  when they never went past the stated reason and its impact.',
  '- "sentiment" of each excerpt toward the product or vendor: negative, neutral or positive.',
  '- "competitors": the proper names of other products or vendors the respondent compares with, tried, evaluates, asked for a',
  '  proposal or moved to, copied exactly as they wrote them. Never generic words ("alternatives", "another vendor", "a',
  '  competitor", "un autre outil", "otra herramienta"): those set "competitorMentioned" instead, with an empty list.',
  '- "competitorMentioned": true when the respondent refers to any competitor or alternative, named or not.',
  '- Use driver keys of the taxonomy only, never labels or new keys.',
  '',
  'Reply with a JSON object only:',
  '{"excerpts": [{"driverKey": "...", "turnSeq": 3, "quote": "...", "role": "stated", "sentiment": "negative"}],',
  ' "statedDriverKey": "..." or null, "rootDriverKey": "..." or null, "rootNote": null or "...", "competitors": ["..."],',
  ' "competitorMentioned": false}',
].join('\n');

/**
 * The version of the coding prompt a coding records: a digest of the model's instructions, so any
 * change to them is a new version without anyone remembering to bump one (the user block is data).
 */
export const MISTRAL_CODER_PROMPT_VERSION = `coder-${createHash('sha256').update(METHOD).digest('hex').slice(0, 12)}`;

export function buildCodingPrompt(input: CodingInput): ChatMessage[] {
  return [
    { role: 'system', content: METHOD },
    { role: 'user', content: codingBlock(input) },
  ];
}

/** The transcript as the model reads it: each turn redacted, with the way back to the original. */
interface RedactedTranscript {
  turns: CodableTurn[];
  bySeq: Map<number, Redaction>;
}

function redactTranscript(chat: MistralChat, input: CodingInput): RedactedTranscript {
  const bySeq = new Map(input.transcript.map((t) => [t.seq, chat.redact(t.text, input.respondentNames)] as const));
  return { turns: input.transcript.map((t) => ({ ...t, text: bySeq.get(t.seq)!.text })), bySeq };
}

/**
 * The quote's span in the original turn. The model quotes the redacted text; a quote without a
 * placeholder is found at the same words in the original, and one with a whole placeholder is
 * stored as what the respondent wrote there, so every stored quote stays verbatim.
 */
function locateRedactedQuote(redacted: RedactedTranscript, turnSeq: number, quote: string): QuoteSpan | null {
  const inRedacted = locateQuote(redacted.turns, turnSeq, quote);
  const redaction = redacted.bySeq.get(turnSeq);
  return inRedacted && redaction ? originalSpan(redaction, inRedacted.start, inRedacted.end) : null;
}

interface Checked {
  excerpts: CodedExcerpt[];
  problems: string[];
}

const POLARITY: Record<Sentiment, number> = { negative: -1, neutral: 0, positive: 1 };
const round = (x: number): number => Math.round(x * 1000) / 1000 + 0;

/** The lexicon's score when it agrees with the model's label; half strength in the label's direction when not. */
function scoreFor(sentiment: Sentiment, quote: string, language: string): number {
  const polarity = POLARITY[sentiment];
  if (polarity === 0) return 0;
  const score = sentimentOf(quote, language).score;
  return round(Math.sign(score) === polarity ? score : 0.5 * polarity);
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The name occurs in the text as written, as whole words ("Acme" is not in "Acmes"). */
const hasName = (text: string, name: string): boolean =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u').test(text);

interface Competitors {
  names: string[];
  mentioned: boolean;
}

/**
 * Competitors the respondent really named: the model's that are verbatim in one of their answers
 * and name something (not "alternatives", "another vendor"), then the lexicon's. Any reference,
 * named or generic, by the model or the lexicon, counts as a mention.
 */
function competitorsOf(output: CodingOutput, answers: readonly CodableTurn[], language: string): Competitors {
  const verbatim = (output.competitors ?? []).map((c) => c.trim()).filter((c) => c && answers.some((t) => hasName(t.text, c)));
  const named = [
    ...verbatim.filter((c) => !isGenericCompetitor(c, language)),
    ...answers.flatMap((t) => namedCompetitorsIn(t.text, language)),
  ];
  const names = named.filter((name, i) => named.findIndex((other) => other.toLowerCase() === name.toLowerCase()) === i);
  const generic =
    verbatim.some((c) => isGenericCompetitor(c, language)) || answers.some((t) => genericCompetitorsIn(t.text, language).length > 0);
  return { names, mentioned: output.competitorMentioned === true || names.length > 0 || generic };
}

function checkOutput(
  output: CodingOutput,
  input: CodingInput,
  redacted: RedactedTranscript,
  categoryOf: Map<string, string>,
  competitors: string[],
): Checked {
  const problems: string[] = [];
  const excerpts: CodedExcerpt[] = [];
  output.excerpts.forEach((raw, i) => {
    const at = `excerpt ${i + 1}`;
    const categoryKey = categoryOf.get(raw.driverKey);
    if (!categoryKey) problems.push(`${at}: driverKey "${raw.driverKey}" is not in the taxonomy`);
    const modelQuote = raw.quote.trim();
    const span = locateRedactedQuote(redacted, raw.turnSeq, modelQuote);
    if (!span) {
      const problem = quoteProblem(redacted.turns, { turnSeq: raw.turnSeq, quote: modelQuote, start: 0, end: 0 });
      if (problem === 'unknown_turn') problems.push(`${at}: there is no turn ${raw.turnSeq}`);
      else if (problem === 'not_respondent') problems.push(`${at}: turn ${raw.turnSeq} is a moderator turn; quote respondent turns only`);
      else if (problem === 'empty_quote') problems.push(`${at}: the quote is empty`);
      else problems.push(`${at}: quote not found in turn ${raw.turnSeq}: "${modelQuote.slice(0, 160)}"; copy it exactly from that turn`);
    }
    if (!categoryKey || !span) return;
    const quote = input.transcript.find((t) => t.seq === raw.turnSeq)!.text.slice(span.start, span.end);
    if (excerpts.some((e) => e.driverKey === raw.driverKey && e.turnSeq === raw.turnSeq && e.start === span.start && e.end === span.end))
      return;
    excerpts.push({
      driverKey: raw.driverKey,
      categoryKey,
      turnSeq: raw.turnSeq,
      ...span,
      quote,
      role: raw.role,
      sentiment: raw.sentiment,
      sentimentScore: scoreFor(raw.sentiment, quote, input.language),
      competitors: competitors.filter((c) => hasName(quote, c)),
    });
  });
  for (const [name, value] of [
    ['statedDriverKey', output.statedDriverKey],
    ['rootDriverKey', output.rootDriverKey],
  ] as const) {
    if (value !== null && !categoryOf.has(value)) problems.push(`${name} "${value}" is not in the taxonomy`);
  }
  excerpts.sort((a, b) => a.turnSeq - b.turnSeq || a.start - b.start || a.end - b.end || (a.driverKey < b.driverKey ? -1 : 1));
  return { excerpts, problems };
}

function correction(problems: readonly string[]): string {
  const listed = problems
    .slice(0, 20)
    .map((p) => `- ${p}`)
    .join('\n');
  const more = problems.length > 20 ? `\n- and ${problems.length - 20} more` : '';
  return `Your answer breaks the rules:\n${listed}${more}\nAnswer again with the whole JSON object, corrected.`;
}

function addUsage(total: CodingUsage | undefined, usage: LlmUsage): CodingUsage {
  if (!total) return { ...usage, calls: 1 };
  return {
    model: usage.model,
    calls: total.calls + 1,
    promptTokens: total.promptTokens + usage.promptTokens,
    completionTokens: total.completionTokens + usage.completionTokens,
    costUsd: total.costUsd + usage.costUsd,
    latencyMs: total.latencyMs + usage.latencyMs,
  };
}

function meanSentiment(answers: readonly CodableTurn[], language: string): number {
  if (answers.length === 0) return 0;
  return round(answers.reduce((sum, t) => sum + sentimentOf(t.text, language).score, 0) / answers.length);
}

/**
 * Codes a transcript with Mistral. Throws LlmError: whatever the call threw (429, 5xx, timeouts
 * are retryable), or 'invalid_output', not retryable, when the answer still breaks a rule after
 * the retries (the same prompt would only spend more calls).
 */
export async function codeTranscriptWithMistral(
  chat: MistralChat,
  input: CodingInput,
  options: MistralCoderOptions = {},
): Promise<CoderResult> {
  const retries = options.retries ?? MISTRAL_CODER_RETRIES;
  const taxonomy: TaxonomyContent = taxonomyContentSchema.parse(input.taxonomy);
  const categoryOf = new Map(taxonomy.categories.flatMap((c) => c.drivers.map((d) => [d.key, c.key] as const)));
  const answers = input.transcript.filter((t) => t.role === 'respondent');
  const redacted = redactTranscript(chat, input);
  const messages = buildCodingPrompt({ ...input, transcript: redacted.turns, taxonomy });
  let usage: CodingUsage | undefined;
  let problems: string[] = [];
  for (let attempt = 0; attempt <= retries; attempt++) {
    let output: CodingOutput;
    try {
      const answer = await chat.completeJson(messages, codingOutputSchema, { temperature: 0, maxTokens: 4000 });
      usage = addUsage(usage, answer.usage);
      output = answer.value;
    } catch (error) {
      if (!(error instanceof LlmError && error.kind === 'invalid_output')) throw error;
      problems = [error.message];
      // Kept alternating: the unreadable answer is not available, only what was wrong with it.
      messages.push({ role: 'assistant', content: '(an answer that could not be read)' }, { role: 'user', content: correction(problems) });
      continue;
    }
    const competitors = competitorsOf(output, answers, input.language);
    const checked = checkOutput(output, { ...input, taxonomy }, redacted, categoryOf, competitors.names);
    if (checked.problems.length === 0) {
      return {
        coder: 'mistral',
        taxonomyVersion: input.taxonomyVersion,
        excerpts: checked.excerpts,
        statedDriverKey: output.statedDriverKey,
        rootDriverKey: output.rootDriverKey,
        // A note explains a missing root; next to a root driver it has nothing to explain.
        rootNote: output.rootDriverKey ? null : (output.rootNote ?? null),
        competitors: competitors.names,
        competitorMentioned: competitors.mentioned,
        sentimentScore: meanSentiment(answers, input.language),
        usage,
      };
    }
    problems = checked.problems;
    messages.push({ role: 'assistant', content: JSON.stringify(output) }, { role: 'user', content: correction(problems) });
  }
  throw new LlmError(
    'invalid_output',
    `Mistral's coding still broke the rules after ${retries + 1} calls: ${problems.slice(0, 5).join('; ')}`,
    { retryable: false },
  );
}
