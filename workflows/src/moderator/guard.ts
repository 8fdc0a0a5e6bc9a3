/**
 * The leading-question guard: the last check before a question reaches the respondent, whoever
 * wrote it (offline templates or the LLM). It catches
 * - yes/no shapes: an auxiliary opener ("Is the UI…", "Could you…"), an auxiliary clause after a
 *   non-question lead-in ("When you say X, is that…?"), a question with no question word at all
 *   ("You found it slow?"); in French "Est-ce que", an inversion without a question word before it
 *   ("Pensez-vous que…", "Le prix est-il…"), "n'est-ce pas";
 * - either-or options ("…, A or B?", "slow or unhelpful?" without a question word, "or not?");
 * - suggestion phrases ("the main problem", "would you say", "because of"…);
 * - loaded adjectives, unless the respondent used the word in their last answer;
 * - the guide's topics to avoid (keyword match).
 * Quoted passages that repeat the respondent's last answer are the respondent's words, not ours:
 * only the topic check reads them. Yes/no and either-or shapes are checked for English and French
 * only; other languages get the language-neutral checks.
 */
import type { ComposedQuestion, GuardFinding, GuardResult } from './types.js';
import { baseLanguage } from './language.js';

export interface GuardContext {
  language: string;
  lastAnswer: string;
  topicsToAvoid: string[];
}

const EN_AUX =
  String.raw`(?:is|are|am|was|were|do|does|did|would|could|can|should|have|has|had|will|shall|may|might|must|` +
  String.raw`isn't|aren't|wasn't|weren't|don't|doesn't|didn't|wouldn't|couldn't|can't|shouldn't|haven't|hasn't|hadn't|won't)`;
const EN_OPENER = new RegExp(String.raw`^(?:(?:so|and|but|ok(?:ay)?|then|also|now|right|well)[,\s]+)*(${EN_AUX})\b`, 'i');
const EN_AUX_CLAUSE = new RegExp(String.raw`[,:;]\s*(${EN_AUX})\s+(?:you|it|that|this|they|there|the|we|your|he|she)\b`, 'gi');
const EN_QUESTION_WORD = /\b(?:what|how|why|which|who|whom|whose|where|when)\b/i;
const EN_QUESTION_WORD_STRICT = /\b(?:what|how|why|which|who|whom|whose|where)\b/i;

const FR_INVERSION = /(?<![\p{L}])(?!rendez-vous)(\p{L}+-(?:t-)?(?:vous|il|elle|on|ils|elles|je|tu|ce))(?![\p{L}])/giu;
/** "que" is a question word only as the opener ("Que s'est-il passé ?"); elsewhere it is mostly a conjunction ("Vous trouvez que… ?"). */
const FR_QUESTION_WORD =
  /(?<![\p{L}])(?:comment|pourquoi|quoi|quel|quelle|quels|quelles|où|combien|lequel|laquelle|lesquels|lesquelles|qui|quand)(?![\p{L}])|^(?:que(?![\p{L}])|qu['’])/iu;
const FR_QUESTION_WORD_BEFORE =
  /(?<![\p{L}])(?:comment|pourquoi|que|quoi|quel|quelle|quels|quelles|où|combien|lequel|laquelle|lesquels|lesquelles|qui)(?![\p{L}])|qu['’]|(?<![\p{L}])quand\s*$/iu;

const SUGGESTIONS = [
  /\b(?:the (?:main|real|biggest|root|underlying) (?:problem|issue|reason|cause)|would you say|wouldn't you say|don't you think|(?:would|wouldn't) you agree|i assume|i guess|i imagine|i suppose|presumably|surely|obviously|of course|isn't (?:it|that)|aren't (?:they|you)|because of|must (?:be|have been)|it sounds like|is it fair to say|(?:right|correct|true)\s*\?)|too (?:high|low|expensive|slow|complicated|complex|hard|difficult)\b/gi,
  /(?<![\p{L}])(?:le (?:principal|vrai|plus gros) problème|le problème principal|la (?:principale|vraie) raison|diriez-vous que|ne (?:pensez|trouvez)-vous pas|vous ne trouvez pas|n['’]est-ce pas|je suppose|j['’]imagine|je présume|sûrement|forcément|évidemment|bien sûr|à cause d(?:e|u|es|['’])|en raison d|vous (?:pensez|trouvez|diriez|croyez) que|(?:ça|cela) doit être|trop (?:cher|chère|élevée?s?|lente?s?|compliquée?s?|complexes?|difficiles?))(?![\p{L}])/giu,
];

const LOADED =
  /(?<![\p{L}])(?:terrible|awful|horrible|dreadful|frustrating|frustrated|annoying|annoyed|infuriating|amazing|awesome|fantastic|wonderful|excellent|perfect|broken|clunky|slow|expensive|overpriced|pricey|buggy|confusing|useless|painful|disappointing|disappointed|poor|bad|unreliable|difficult|complicated|outdated|ugly|cumbersome|mediocre|lousy|affreu(?:x|se)|frustrante?s?|frustrée?s?|énervante?s?|agaçante?s?|pénibles?|géniale?s?|formidables?|incroyables?|parfaite?s?|nulle?s?|cassée?s?|lente?s?|cher|chère|chers|onéreu(?:x|se)|compliquée?s?|lourde?s?|catastrophiques?|décevante?s?|déçue?s?|mauvaise?s?|buggée?s?|inutilisables?|médiocres?)(?![\p{L}])/giu;

const TOPIC_GENERIC = new Set(
  (
    'itself themselves named offer offers other others thing things about related anything specific product products ' +
    'company people general question questions topic topics their your with from that this such like more less ' +
    'sur les des une dans pour avec'
  ).split(' '),
);

const normalise = (text: string): string => text.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').trim();
const wordsOf = (text: string): string[] => normalise(text).match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? [];

/** Replaces quoted passages that repeat the respondent's last answer, so our checks read only our own words. */
function maskRespondentQuotes(text: string, lastAnswer: string): string {
  const answer = normalise(lastAnswer).replace(/["“”«»]/g, '');
  return text.replace(/"([^"]+)"|“([^”]+)”|«\s*([^»]+?)\s*»/g, (whole, a?: string, b?: string, c?: string) => {
    const inner = normalise(a ?? b ?? c ?? '');
    return inner && answer.includes(inner) ? '"…"' : whole;
  });
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.?!])\s+/)
    .map((s) => s.trim().replace(/^["“«\s]+/, ''))
    .filter(Boolean);
}

function yesNoEnglish(sentence: string): string | null {
  const opener = EN_OPENER.exec(sentence);
  if (opener) return opener[0];
  if (!sentence.endsWith('?')) return null;
  for (const clause of sentence.matchAll(EN_AUX_CLAUSE)) {
    if (!EN_QUESTION_WORD_STRICT.test(sentence.slice(0, clause.index))) return clause[0].replace(/^[,:;]\s*/, '');
  }
  return EN_QUESTION_WORD.test(sentence) ? null : sentence;
}

function yesNoFrench(sentence: string): string | null {
  const estCeQue = /^(?:(?:alors|et|mais|donc|bon|d'accord)[,\s]+)*est-ce qu/i.exec(sentence);
  if (estCeQue) return estCeQue[0];
  const nestCePas = /n['’]est-ce pas/i.exec(sentence);
  if (nestCePas) return nestCePas[0];
  if (!sentence.endsWith('?')) return null;
  for (const inversion of sentence.matchAll(FR_INVERSION)) {
    if (!FR_QUESTION_WORD_BEFORE.test(sentence.slice(0, inversion.index))) return inversion[0];
  }
  return FR_QUESTION_WORD.test(sentence) ? null : sentence;
}

function eitherOr(sentence: string, french: boolean): string | null {
  if (!sentence.endsWith('?')) return null;
  const or = french ? 'ou' : 'or';
  const notOption = french ? /\b(?:ou (?:pas|non)|soit\b.+\bsoit)\b/i : /\b(?:or not|either\b.+\bor)\b/i;
  const explicit = notOption.exec(sentence);
  if (explicit) return explicit[0];
  const options = new RegExp(String.raw`(?:^|[,:;]\s*|\s)([^,:;?]{1,60}?\s${or}\s[^,:;?]{1,60})\s*\?$`, 'iu').exec(sentence);
  if (!options) return null;
  const listed = new RegExp(String.raw`[,:;]\s*[^,:;?]{1,60}\s${or}\s[^,:;?]{1,60}\?$`, 'iu').test(sentence);
  const open = french ? FR_QUESTION_WORD.test(sentence) : EN_QUESTION_WORD.test(sentence);
  return listed || !open ? options[1].trim() : null;
}

/** True when the respondent used this word (or a form of it) in their last answer. */
function respondentSaid(word: string, answerWords: string[]): boolean {
  const stem = word.slice(0, Math.max(Math.min(word.length, 4), word.length - 3));
  return answerWords.some((w) => w.startsWith(stem));
}

function topicKeywords(topic: string): string[] {
  return wordsOf(topic)
    .filter((w) => w.length >= 4 && !TOPIC_GENERIC.has(w))
    .map((w) => w.replace(/s$/, ''));
}

export function findLeading(text: string, ctx: GuardContext): GuardFinding[] {
  const findings: GuardFinding[] = [];
  const add = (rule: GuardFinding['rule'], match: string | null) => {
    if (match && !findings.some((f) => f.rule === rule && f.match === match)) findings.push({ rule, match });
  };
  const own = maskRespondentQuotes(text, ctx.lastAnswer);
  const base = baseLanguage(ctx.language);
  if (base === 'en' || base === 'fr') {
    for (const sentence of sentences(own)) {
      add('yes-no', base === 'fr' ? yesNoFrench(sentence) : yesNoEnglish(sentence));
      add('either-or', eitherOr(sentence, base === 'fr'));
    }
  }
  for (const pattern of SUGGESTIONS) for (const m of own.matchAll(pattern)) add('suggestion', m[0]);
  const answerWords = wordsOf(ctx.lastAnswer);
  for (const m of own.matchAll(LOADED)) if (!respondentSaid(m[0].toLowerCase(), answerWords)) add('loaded-adjective', m[0]);
  const questionWords = wordsOf(text);
  for (const topic of ctx.topicsToAvoid) {
    const hit = topicKeywords(topic).find((kw) => questionWords.some((w) => w.startsWith(kw)));
    if (hit) add('topic-to-avoid', topic);
  }
  return findings;
}

/** True when the text quotes a passage of the respondent's last answer. */
export function quotesRespondent(text: string, lastAnswer: string): boolean {
  return maskRespondentQuotes(text, lastAnswer) !== text;
}

export function guardQuestion(text: string, ctx: GuardContext & { replacement: () => ComposedQuestion }): GuardResult {
  const findings = findLeading(text, ctx);
  if (findings.length === 0) return { text, caught: 0, findings, reusedWords: quotesRespondent(text, ctx.lastAnswer) };
  const replacement = ctx.replacement();
  return { text: replacement.text, caught: 1, findings, reusedWords: replacement.reusedWords };
}
