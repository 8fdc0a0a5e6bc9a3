/**
 * What the fake Mistral server says: moderator questions read from the LADDER_DECISION block,
 * simulated respondent answers read from LADDER_PERSONA, codings of the transcript in a
 * LADDER_CODING block (made by the offline coder), theme labels for a LADDER_THEME_LABELS block,
 * and hashed bag-of-words embeddings. Deterministic, so tests and benchmarks can assert on the text.
 */
import { codeTranscriptOffline, type CodableTurn } from '../coding/offline-coder.js';
import { classifyAnswer } from '../moderator/levels.js';
import { salientPhrase } from '../moderator/salient.js';
import { taxonomyContentSchema } from '@ladder/contracts/taxonomy';

/** The wire shape of a chat completion request (snake_case, as the SDK sends it). */
export interface ChatRequest {
  model: string;
  messages: { role: string; content: string }[];
  response_format?: { type?: string };
  temperature?: number | null;
  max_tokens?: number | null;
  [field: string]: unknown;
}

export interface WireDecision {
  action: 'probe' | 'clarify' | 'advance' | 'close';
  phase: 'context' | 'surface' | 'laddering' | 'comparative' | 'close';
  ladderLevel: number;
  focus: string | null;
  language: string;
}

/** The JSON object following the last `MARKER ` in the text, up to the end of that line. */
export function readMarker(text: string, marker: string): Record<string, unknown> | null {
  const at = text.lastIndexOf(`${marker} `);
  if (at < 0) return null;
  const line = text.slice(at + marker.length + 1).split('\n')[0];
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

type Lang = 'en' | 'fr';

interface Phrases {
  probe: (focus: string | null, level: number) => string;
  clarify: (focus: string | null) => string;
  more: (focus: string | null) => string;
  advance: Record<WireDecision['phase'], string>;
  thanks: string;
  leading: (focus: string | null) => string;
}

const PHRASES: Record<Lang, Phrases> = {
  en: {
    probe: (focus, level) => {
      const q = focus ? `"${focus}"` : 'that';
      if (level <= 1) return `When you say ${q}, what does that look like in your day-to-day work?`;
      if (level === 2) return `You mentioned ${q}. What does that lead to for you or your team?`;
      if (level === 3) return `What are the consequences of ${q} for you?`;
      return `Why does ${q} matter to you personally?`;
    },
    clarify: (focus) =>
      focus
        ? `Take your time. When you think about "${focus}", what example comes to mind first?`
        : 'Take your time. What example comes to mind first, even a small one?',
    more: (focus) =>
      focus ? `You mentioned "${focus}". What happened the last time that came up?` : 'What happened the last time that came up?',
    advance: {
      context: 'How would you describe your experience with the product lately, in your own words?',
      surface: 'What are the main things behind how you feel about the product today?',
      laddering: 'What does that look like in your day-to-day work?',
      comparative: 'Which other options have you looked at, and what would one need to offer you?',
      close: 'If you could change one thing, what would it be?',
    },
    thanks: 'Thank you, that is really helpful. Your answers go straight to the team that works on this.',
    leading: (focus) => (focus ? `Is "${focus}" the main problem?` : 'Is the user interface the main problem?'),
  },
  fr: {
    probe: (focus, level) => {
      const q = focus ? `« ${focus} »` : 'cela';
      if (level <= 1) return `Quand vous dites ${q}, à quoi cela ressemble-t-il dans votre travail au quotidien ?`;
      if (level === 2) return `Vous avez mentionné ${q}. À quoi cela mène-t-il pour vous ou votre équipe ?`;
      if (level === 3) return `Quelles sont les conséquences de ${q} pour vous ?`;
      return `Pourquoi ${q} compte-t-il pour vous personnellement ?`;
    },
    clarify: (focus) =>
      focus
        ? `Prenez votre temps. Quand vous pensez à « ${focus} », quel exemple vous vient en premier ?`
        : 'Prenez votre temps. Quel exemple vous vient en premier, même petit ?',
    more: (focus) =>
      focus ? `Vous avez mentionné « ${focus} ». Que s'est-il passé la dernière fois ?` : "Que s'est-il passé la dernière fois ?",
    advance: {
      context: 'Comment décririez-vous votre expérience récente du produit, avec vos propres mots ?',
      surface: "Qu'est-ce qui explique surtout ce que vous pensez du produit aujourd'hui ?",
      laddering: 'À quoi cela ressemble-t-il dans votre travail au quotidien ?',
      comparative: 'Quelles autres options avez-vous envisagées, et que devrait vous offrir une alternative ?',
      close: 'Si vous pouviez changer une seule chose, laquelle serait-ce ?',
    },
    thanks: "Merci, c'est très utile. Vos réponses vont directement à l'équipe concernée.",
    leading: (focus) =>
      focus ? `Est-ce que « ${focus} » est le principal problème ?` : "Est-ce que l'interface est le principal problème ?",
  },
};

const langOf = (language: unknown): Lang =>
  String(language ?? 'en')
    .toLowerCase()
    .startsWith('fr')
    ? 'fr'
    : 'en';

/** A natural, non-leading question for the decision (or a deliberately leading one). */
export function questionFor(decision: Partial<WireDecision>, leading = false): string {
  const phrases = PHRASES[langOf(decision.language)];
  const focus = typeof decision.focus === 'string' && decision.focus.trim() ? decision.focus.trim() : null;
  if (leading && decision.action !== 'close') return phrases.leading(focus);
  switch (decision.action) {
    case 'close':
      return phrases.thanks;
    case 'clarify':
      return phrases.clarify(focus);
    case 'advance':
      return decision.phase === 'laddering' && focus ? phrases.probe(focus, 1) : phrases.advance[decision.phase ?? 'surface'];
    default:
      return decision.phase === 'laddering' || !decision.phase ? phrases.probe(focus, decision.ladderLevel ?? 1) : phrases.more(focus);
  }
}

/**
 * What a model reads in the respondent's latest answer (the text of the last user message before its
 * LADDER_DECISION line): the offline classifier's level for that answer alone and its salient phrase.
 */
export function answerReadingFor(lastUser: string, decision: Partial<WireDecision>): { answerLevel?: number; salientPhrase?: string } {
  const answer = lastUser
    .split('\n')
    .filter((line) => !line.startsWith('LADDER_DECISION'))
    .join('\n')
    .trim();
  if (!answer || answer.startsWith('(The respondent opened')) return {};
  const language = typeof decision.language === 'string' ? decision.language : 'en';
  const phrase = salientPhrase(answer, { language });
  return { answerLevel: classifyAnswer(answer, language).level, ...(phrase ? { salientPhrase: phrase } : {}) };
}

/** The simulated respondent's answer: the persona's `nextAnswer`, else a neutral filler. */
export function personaAnswer(persona: Record<string, unknown>): string {
  return typeof persona.nextAnswer === 'string' ? persona.nextAnswer : 'I am not sure, it is hard to say.';
}

export const EMBEDDING_DIMENSIONS = 64;

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Hashed bag of words, L2-normalised: texts sharing words get a high cosine similarity. */
export function embed(text: string): number[] {
  const vector = new Array<number>(EMBEDDING_DIMENSIONS).fill(0);
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    const hash = fnv1a(word);
    vector[hash % EMBEDDING_DIMENSIONS] += hash & 0x80000000 ? -1 : 1;
  }
  const norm = Math.hypot(...vector);
  return norm === 0 ? vector : vector.map((v) => v / norm);
}

/** A model's typical slip: a word added to a quote, so it is no longer verbatim. */
export function corruptQuote(quote: string, turnText: string): string {
  const words = quote.split(' ');
  const changed = words.length > 1 ? [words[0], 'really', ...words.slice(1)].join(' ') : `${quote} indeed`;
  return turnText.includes(changed) ? `${changed} (paraphrased)` : changed;
}

/**
 * The coding a model would give for a LADDER_CODING block ({ language, taxonomy, transcript }),
 * made by the offline coder; `corrupt` is asked once per excerpt whether to spoil its quote.
 * An unreadable block gets `{}`, which the coder's schema rejects.
 */
export function codingAnswer(block: Record<string, unknown>, corrupt: () => boolean): string {
  const taxonomy = taxonomyContentSchema.safeParse(block.taxonomy);
  if (!taxonomy.success || !Array.isArray(block.transcript)) return '{}';
  const transcript = block.transcript as CodableTurn[];
  const language = typeof block.language === 'string' ? block.language : 'en';
  const coding = codeTranscriptOffline({ transcript, taxonomy: taxonomy.data, taxonomyVersion: 0, language });
  const textOf = (seq: number) => transcript.find((t) => t.seq === seq)?.text ?? '';
  return JSON.stringify({
    excerpts: coding.excerpts.map(({ driverKey, turnSeq, quote, role, sentiment }) => ({
      driverKey,
      turnSeq,
      role,
      sentiment,
      quote: corrupt() ? corruptQuote(quote, textOf(turnSeq)) : quote,
    })),
    statedDriverKey: coding.statedDriverKey,
    rootDriverKey: coding.rootDriverKey,
    competitors: coding.competitors,
    competitorMentioned: coding.competitorMentioned,
  });
}

interface WireTheme {
  key?: unknown;
  drivers?: unknown;
  provisionalLabel?: unknown;
  quotes?: unknown;
}

/**
 * Labels for a LADDER_THEME_LABELS block ({ themes: [{ key, drivers, provisionalLabel, quotes }] }),
 * noun phrases as the prompt asks: the provisional label's phrase in sentence case ("Reliability:
 * scheduled export" gives "Scheduled export"), the first driver when it has none.
 */
export function themeLabelsAnswer(block: Record<string, unknown>): string {
  const themes = Array.isArray(block.themes) ? (block.themes as WireTheme[]) : [];
  return JSON.stringify({
    themes: themes
      .filter((t) => typeof t.key === 'string')
      .map((t) => {
        const driver = Array.isArray(t.drivers) && typeof t.drivers[0] === 'string' ? t.drivers[0] : 'Theme';
        const quote = Array.isArray(t.quotes) && typeof t.quotes[0] === 'string' ? t.quotes[0] : '';
        const provisional = typeof t.provisionalLabel === 'string' ? t.provisionalLabel : '';
        const phrase = provisional.includes(': ') ? provisional.slice(provisional.indexOf(': ') + 2) : '';
        return {
          key: t.key,
          label: phrase ? phrase.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : driver,
          description: quote
            ? `Respondents raise ${driver.toLowerCase()}, in words like "${quote}".`
            : `Respondents raise ${driver.toLowerCase()}.`,
        };
      }),
  });
}

interface WireAction {
  key?: unknown;
  driver?: unknown;
  theme?: unknown;
  counts?: { band?: unknown; count?: unknown; interviewed?: unknown }[];
}

/**
 * Actions for a LADDER_SUMMARY_ACTIONS block ({ language, actions: [{ key, driver, theme, counts }] }): "Act on <driver>"
 * with evidence citing every count as "<count> of <interviewed> <band>", as the prompt asks.
 */
export function summaryActionsAnswer(block: Record<string, unknown>): string {
  const actions = Array.isArray(block.actions) ? (block.actions as WireAction[]) : [];
  return JSON.stringify({
    actions: actions
      .filter((a) => typeof a.key === 'string')
      .map((a) => {
        const counts = (Array.isArray(a.counts) ? a.counts : []).map((c) => `${c.count} of ${c.interviewed} ${c.band}`);
        const driver = typeof a.driver === 'string' ? a.driver.toLowerCase() : 'this theme';
        return {
          key: a.key,
          action: `Act on ${driver} with a named owner`,
          evidence: `${counts.join(' and ')} describe ${typeof a.theme === 'string' ? a.theme.toLowerCase() : driver}`,
        };
      }),
  });
}
