/**
 * The Mistral moderator: the policy has already decided what the next turn does (action, phase,
 * ladder level, words to reuse); Mistral only words it, and reports escalation signals in the
 * respondent's latest answer. The guard downstream still checks the question for leading forms.
 */
import { z } from 'zod';
import { type Band, ESCALATION_REASONS, type EscalationReason, type ModeratorAction, PHASE_KEYS, type PhaseKey } from '@ladder/contracts';
import { phaseOf, type GuideContent } from '@ladder/contracts/guide';
import type { ChatMessage, MistralChat } from '../llm/mistral-chat.js';
import type { LlmUsage } from '../llm/pricing.js';
import { noRedaction, originalSpan, type Redaction } from '../llm/redact.js';
import { MAX_LEVEL } from './levels.js';
import type { DetectedEscalation, PolicyDecision, TranscriptTurn } from './types.js';

export interface DraftInput {
  guide: GuideContent;
  band: Band;
  language: string;
  transcript: TranscriptTurn[];
  decision: PolicyDecision;
  /** The respondent's names when the import carried them: the model sees [name] instead. */
  names?: readonly string[];
}

export interface DraftedQuestion {
  question: string;
  escalations: DetectedEscalation[];
  /** The model's reading of the latest answer: the ladder level it reached and its most salient phrase (verbatim), when given. */
  reading: AnswerReading;
  usage: LlmUsage;
}

export interface AnswerReading {
  level: number | null;
  phrase: string | null;
}

/** How many of the latest turns go into the prompt; older ones add cost, not much guidance. */
export const PROMPT_TURNS = 16;

export const moderatorOutputSchema = z.object({
  question: z.string().trim().min(1).max(600),
  escalations: z.array(z.object({ reason: z.enum(ESCALATION_REASONS), quote: z.string() })).optional(),
  answerLevel: z.number().int().min(0).max(MAX_LEVEL).optional(),
  salientPhrase: z.string().max(200).optional(),
});

export type ModeratorOutput = z.infer<typeof moderatorOutputSchema>;

const ESCALATION_MEANINGS: Record<EscalationReason, string> = {
  competitor_evaluation: 'they are actively evaluating, trialling or moving to a competitor or alternative',
  churn_risk: 'they say they will cancel, not renew, or stop using the product',
  unresolved_incident: 'an outage, data loss, billing error or support case that is still not resolved',
  legal_or_safety: "legal action, a compliance or security breach, or a risk to someone's safety",
  distress:
    "the respondent's own personal distress, anxiety or a wellbeing concern (I am exhausted, I can't cope); " +
    'not a state they report of others (their team is burnt out, a customer is angry)',
};

const PHASE_NAMES: Record<PhaseKey, string> = {
  context: 'Context establishment',
  surface: 'Surface-level capture',
  laddering: 'Structured laddering',
  comparative: 'Comparative exploration',
  close: 'Forward-looking close',
};

const ACTION_MEANINGS: Record<Exclude<ModeratorAction, 'open'>, string> = {
  probe:
    'follow the previous answer: in laddering go exactly one level deeper; ' +
    'in other phases ask for more within the phase (a concrete recent example, what happened).',
  clarify:
    'the previous answer was thin or unsure: ask again at the same level, simpler and more concrete, easy to answer, without pressure.',
  advance: 'move on to the phase below: a short, natural transition, then its opening question.',
  close:
    'the interview ends now: thank the respondent warmly in one or two sentences and ask nothing more; ' +
    'promise no follow-up. Put this thank-you in "question".',
};

/** Decisions the action alone does not describe (the offline composer has a template for each). */
const REASON_NOTES: Record<string, string> = {
  'distress-check-in':
    'This probe is a check-in: the respondent mentioned strain without saying whether it is their own. ' +
    'Ask once, gently and briefly, how they are doing themselves (e.g. "That sounds like a lot. How are you doing yourself?"); ' +
    'do not probe the topic, quote nothing and suggest no feeling.',
  'thin-responder':
    'The respondent gave non-answers twice in a row: thank them in one short, polite sentence and end; no question, no summary.',
};

/** What a question at this ladder level asks about. */
export function ladderLevelMeaning(level: number): string {
  if (level <= 0) return 'not laddering yet: stay with the phase objective';
  if (level === 1) return 'stated reason → concrete impact: what the stated reason looks like in practice, in their day-to-day work';
  if (level === 2) return 'concrete impact → consequence: what that impact leads to for them, their team or their business';
  if (level === 3) return 'consequence → root motivation: why that consequence matters to them';
  return 'root motivation: the goals, values, trust or feelings underneath; go deeper without repeating an earlier question';
}

/** Built once: constructing Intl.DisplayNames loads locale data, which cost more than the rest of the prompt. */
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

function languageName(code: string): string {
  try {
    return LANGUAGE_NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The machine-readable line ending the last user message (the fake server reads it too). */
export function decisionBlock(decision: PolicyDecision, language: string): string {
  const { action, phase, ladderLevel, focus } = decision;
  return `LADDER_DECISION ${JSON.stringify({ action, phase, ladderLevel, focus, language })}`;
}

function methodologySection(input: DraftInput): string {
  const { guide, band, language } = input;
  const phases = PHASE_KEYS.map((key, i) => `${i + 1}. ${PHASE_NAMES[key]}: ${phaseOf(guide, key).objective}`).join('\n');
  const avoid = guide.topicsToAvoid.length ? guide.topicsToAvoid.map((t) => `- ${t}`).join('\n') : '- (none)';
  return [
    `You moderate an asynchronous chat interview with a customer who answered an NPS survey (a ${band}). You ask; they answer.`,
    `The interview has five phases:\n${phases}`,
    'Laddering moves from the stated reason → concrete impact → consequence → root motivation, ' +
      `one level per question, aiming for ${guide.ladderTargetDepth.min}-${guide.ladderTargetDepth.max} levels.`,
    'Rules for every question:',
    '- Ask exactly one question, short and conversational.',
    '- Be non-leading: never suggest an answer, a cause or a feeling. ' +
      'Say "When you say clunky, what does that look like in your day-to-day work?", never "Is the UI the main problem?".',
    "- Reuse the respondent's own words, in quotes, when they fit.",
    '- No yes/no questions and no either/or questions: open questions only (what, how, tell me about...).',
    '- Never mention their score or any number they gave.',
    `- Topics to avoid:\n${avoid}`,
    `- Write in ${languageName(language)} (language code "${language}"), ` +
      "the respondent's language, whatever language these instructions are in.",
  ].join('\n');
}

function phaseSection({ guide, language, decision }: DraftInput): string {
  const phase = phaseOf(guide, decision.phase);
  const openings = phase.openingQuestions[language] ?? phase.openingQuestions[language.split('-')[0]] ?? phase.openingQuestions.en;
  const lines = [
    `Current phase: ${PHASE_NAMES[decision.phase]}.`,
    `Objective: ${phase.objective}`,
    `Probe instructions: ${phase.probeInstructions || '(none)'}`,
  ];
  if (decision.action === 'advance')
    lines.push(`Opening questions of this phase, for inspiration: ${openings.map((q) => `"${q}"`).join(' / ')}`);
  return lines.join('\n');
}

function decisionSection({ decision }: DraftInput): string {
  return [
    'The interview system has decided what this turn does; word it, do not change it:',
    `- Action: ${decision.action}: ${ACTION_MEANINGS[decision.action]}`,
    `- Target ladder level: ${decision.ladderLevel} (${ladderLevelMeaning(decision.ladderLevel)})`,
    decision.focus
      ? `- Focus: reuse the respondent's words "${decision.focus}".`
      : '- Focus: no particular words; follow the latest answer.',
    `- Why: ${decision.reason}`,
    ...(REASON_NOTES[decision.reason] ? [`- ${REASON_NOTES[decision.reason]}`] : []),
    'The last message ends with a LADDER_DECISION line written by the system, not by the respondent; it repeats this decision.',
  ].join('\n');
}

function outputSection(): string {
  const reasons = ESCALATION_REASONS.map((r) => `- ${r}: ${ESCALATION_MEANINGS[r]}`).join('\n');
  return [
    "Also check the respondent's latest answer for signals a human must follow up:",
    reasons,
    'For each one present, give the reason and a quote copied exactly, character for character, from their latest answer.',
    'Also read how deep their latest answer went ("answerLevel"): 0 a stated reason, 1 its concrete impact, 2 a consequence ' +
      'for them, their team or the business, 3 a root motivation of their own (trust, reputation, credibility, pride, a promise, ' +
      'peace of mind), 4 to 7 each further step into their goals and values after an earlier root motivation. ' +
      'An answer may jump levels. And copy its most salient short phrase ("salientPhrase", 2 to 6 words, exactly as written): ' +
      'emotion, a consequence for a person or the business, people and roles, stakes or figures, never a clipped fragment.',
    'Reply with a JSON object only: {"question": "...", "escalations": [{"reason": "...", "quote": "..."}], ' +
      '"answerLevel": 0, "salientPhrase": "..."}. Use an empty list when there is no signal.',
  ].join('\n');
}

/** The chat messages for one moderator turn: instructions, then the transcript as a conversation. */
export function buildModeratorPrompt(input: DraftInput): ChatMessage[] {
  const system = [methodologySection(input), phaseSection(input), decisionSection(input), outputSection()].join('\n\n');
  const turns = input.transcript.slice(-PROMPT_TURNS);
  const conversation: ChatMessage[] = [];
  // Chat APIs expect the user to speak first; the moderator opened this interview.
  if (turns[0]?.role === 'moderator') conversation.push({ role: 'user', content: '(The respondent opened the interview link.)' });
  for (const turn of turns) {
    const role = turn.role === 'moderator' ? 'assistant' : 'user';
    const previous = conversation.at(-1);
    if (previous?.role === role) previous.content += `\n\n${turn.text}`;
    else conversation.push({ role, content: turn.text });
  }
  const block = decisionBlock(input.decision, input.language);
  const last = conversation.at(-1);
  if (last?.role === 'user') last.content += `\n\n${block}`;
  else conversation.push({ role: 'user', content: block });
  return [{ role: 'system', content: system }, ...conversation];
}

/**
 * Keeps escalations whose quote really is in the answer (a model may paraphrase or invent one).
 * The model read the redacted answer: a quote is looked up there and stored as the respondent's
 * original words, so a quote spanning a placeholder keeps what the placeholder hid.
 */
export function verifiedEscalations(
  escalations: ModeratorOutput['escalations'],
  answer: string,
  redacted: Redaction = noRedaction(answer),
): DetectedEscalation[] {
  const kept: DetectedEscalation[] = [];
  for (const { reason, quote } of escalations ?? []) {
    const trimmed = quote.trim();
    const at = trimmed ? redacted.text.indexOf(trimmed) : -1;
    const span = at < 0 ? null : originalSpan(redacted, at, at + trimmed.length);
    if (!span) continue;
    const original = answer.slice(span.start, span.end);
    if (!kept.some((e) => e.reason === reason && e.quote === original)) kept.push({ reason, quote: original });
  }
  return kept;
}

export async function draftQuestionWithMistral(chat: MistralChat, input: DraftInput): Promise<DraftedQuestion> {
  const { value, usage } = await chat.completeJson(buildModeratorPrompt(input), moderatorOutputSchema, {
    temperature: 0.3,
    maxTokens: 400,
    names: input.names,
  });
  const latestAnswer = input.transcript.filter((t) => t.role === 'respondent').at(-1)?.text ?? '';
  const redacted = chat.redact(latestAnswer, input.names);
  return {
    question: value.question,
    escalations: verifiedEscalations(value.escalations, latestAnswer, redacted),
    reading: verifiedReading(value, latestAnswer, redacted),
    usage,
  };
}

/**
 * The model's reading of the answer, kept when it holds: a level in range (the schema checks it) and
 * a phrase found verbatim in the answer (looked up in the redacted text the model read, stored as the
 * respondent's original words, like escalation quotes); a phrase that is not there is dropped.
 */
export function verifiedReading(
  value: Pick<ModeratorOutput, 'answerLevel' | 'salientPhrase'>,
  answer: string,
  redacted: Redaction = noRedaction(answer),
): AnswerReading {
  const phrase = value.salientPhrase?.trim() ?? '';
  const at = phrase ? redacted.text.indexOf(phrase) : -1;
  const span = at < 0 ? null : originalSpan(redacted, at, at + phrase.length);
  return { level: value.answerLevel ?? null, phrase: span ? answer.slice(span.start, span.end) : null };
}
