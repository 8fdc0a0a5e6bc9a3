import { TEMPLATES, type Templates } from './answer-templates.js';
import { hashSeed, pickOne, prng, type Persona } from './personas.js';

/** A moderator question as the respondent sees it (a moderator turn of the transcript). */
export interface InterviewQuestion {
  text: string;
  phase: string;
  ladderLevel: number;
  seq: number;
}

type Rand = () => number;

/**
 * The persona's answer to one question, without any model: deterministic for a persona, a
 * question and the questions asked before it. The phase and ladder level decide how deep in the
 * chain the answer goes (context → framing story, surface → stated reason, ladder level 1 →
 * impact, 2 → consequence, 3+ → root: the levels the moderator asks at); `earlier` tells a follow-up from a first question, so a
 * second probe at the same level is answered by extending, not by repeating.
 */
export function answerFor(persona: Persona, question: InterviewQuestion, earlier: readonly InterviewQuestion[] = []): string {
  const t = TEMPLATES[persona.answerLanguage];
  const rand = prng(hashSeed(`${persona.respondentId}:${question.seq}`));
  const samePhase = earlier.filter((q) => q.phase === question.phase);
  const answer = (() => {
    switch (question.phase) {
      case 'context':
        return samePhase.length ? summing(persona, t, rand) : framing(persona, t, rand);
      case 'surface': {
        if (samePhase.length) return surfaceFollowUp(persona, t, rand);
        const contextAnswers = earlier.filter((q) => q.phase === 'context').length;
        return surface(persona, t, rand, persona.verbosity === 'verbose' || contextAnswers >= 2);
      }
      case 'comparative':
        return comparative(persona, t, rand, samePhase.length > 0);
      case 'close':
        return samePhase.length || t.anythingElseCue.test(question.text) ? pickOne(rand, t.close.nothingElse) : close(persona, t, rand);
      default: {
        const level = Math.max(1, question.ladderLevel);
        const clarify = samePhase.some((q) => q.ladderLevel === question.ladderLevel) || t.clarifyCue.test(question.text);
        const sameBucket = samePhase.filter((q) => bucketOf(Math.max(1, q.ladderLevel)) === bucketOf(level)).length;
        return ladder(persona, t, rand, level, clarify ? 'clarify' : sameBucket ? 'deeper' : 'first', sameBucket);
      }
    }
  })();
  return answer.replace(/\s+/g, ' ').trim();
}

type Bucket = 'impact' | 'consequence' | 'root';
const bucketOf = (level: number): Bucket => (level <= 1 ? 'impact' : level === 2 ? 'consequence' : 'root');

/** Sentences joined; an opener ending in a comma or colon lower-cases the start of what follows. */
function join(opener: string, sentence: string, ...rest: string[]): string {
  const continues = /[,:]\s$|\b(that|que|is|means|end|because of that)\s$/i.test(opener);
  const body = continues && !/^(I\b|I'|[A-Z]{2})/.test(sentence) ? sentence[0].toLowerCase() + sentence.slice(1) : sentence;
  return [opener + body, ...rest].filter(Boolean).join(' ');
}

const firstSentence = (text: string): string => /^.*?[.!?](\s|$)/.exec(text)?.[0].trim() ?? text;

function framing(p: Persona, t: Templates, rand: Rand): string {
  const months = Number.parseInt(p.attributes.tenure_months ?? '', 10);
  const story = pickOne(
    rand,
    t.framing({
      team: t.team(p.attributes.tier),
      product: t.product(p.attributes.product_line),
      tenure: t.tenure(Number.isNaN(months) ? undefined : months),
    }),
  );
  const mood = pickOne(rand, t.mood[p.band]);
  if (p.verbosity === 'terse') return mood;
  return p.verbosity === 'verbose' ? `${story} ${mood} ${join(pickOne(rand, t.summing), p.chain.stated)}` : `${story} ${mood}`;
}

function summing(p: Persona, t: Templates, rand: Rand): string {
  return join(pickOne(rand, t.summing), p.chain.stated, p.verbosity === 'verbose' ? p.example : '');
}

function surface(p: Persona, t: Templates, rand: Rand, statedAlready: boolean): string {
  const opener = p.verbosity === 'terse' && rand() < 0.5 ? '' : pickOne(rand, t.openers.surface);
  const stated = statedAlready ? pickOne(rand, t.asISaid) : join(opener, p.chain.stated);
  const example = p.verbosity === 'terse' && !statedAlready ? '' : join(pickOne(rand, t.exampleLead), p.example);
  const tail = p.verbosity === 'verbose' ? pickOne(rand, t.tails[p.band]) : '';
  return [stated, example, tail, urgentCue(p, t)].filter(Boolean).join(' ');
}

function surfaceFollowUp(p: Persona, t: Templates, rand: Rand): string {
  if (p.verbosity === 'terse') return join(pickOne(rand, t.exampleLead), p.example);
  return join(pickOne(rand, t.openers.clarify), pickOne(rand, t.elaborations.impact[p.band]), pickOne(rand, t.tails[p.band]));
}

/** The explicit cue of an urgent persona, said once: in the first surface answer. */
function urgentCue(p: Persona, t: Templates): string {
  if (!p.urgent) return '';
  const rand = prng(hashSeed(`urgent:${p.respondentId}`));
  const ticket = `#${40000 + Math.floor(rand() * 9999)}`;
  return t.urgent(p.urgent, { competitor: p.competitor ?? 'another vendor', month: pickOne(rand, t.months), ticket });
}

/**
 * `first` question in a bucket: the chain's content; `deeper` (a new level, same bucket): new
 * material from the band's elaborations; `clarify` (same level again): the content again, said
 * differently, with something added.
 */
function ladder(
  p: Persona,
  t: Templates,
  rand: Rand,
  level: number,
  kind: 'first' | 'deeper' | 'clarify',
  earlierInBucket: number,
): string {
  const bucket = bucketOf(level);
  const content = p.chain[bucket];
  const openers = t.openers[bucket];
  // Each further question in the bucket gets the next elaboration, from a start of the persona's own: no repeats.
  const elaborations = t.elaborations[bucket][p.band];
  const start = hashSeed(`${p.respondentId}:${bucket}`) % elaborations.length;
  const elaboration = elaborations[(start + Math.max(0, earlierInBucket - 1) + (kind === 'clarify' ? 1 : 0)) % elaborations.length];
  if (kind === 'clarify')
    return join(
      pickOne(rand, t.openers.clarify),
      firstSentence(content),
      bucket === 'impact' ? join(pickOne(rand, t.exampleLead), p.example) : elaboration,
    );
  const tail = p.verbosity === 'verbose' ? pickOne(rand, bucket === 'root' ? t.rootTails : t.tails[p.band]) : '';
  if (kind === 'deeper') return join(p.verbosity === 'terse' ? '' : pickOne(rand, openers), elaboration, tail);
  if (p.verbosity === 'terse') return join(rand() < 0.5 ? '' : pickOne(rand, openers), firstSentence(content));
  return join(pickOne(rand, openers), content, tail);
}

function comparative(p: Persona, t: Templates, rand: Rand, followUp: boolean): string {
  const need = pickOne(rand, p.band === 'promoter' ? t.comparative.edge(p.change) : t.comparative.need(p.change));
  if (followUp) return need;
  if (!p.competitor) return pickOne(rand, t.comparative.none[p.band]);
  const named = pickOne(rand, t.comparative.competitor(p.competitor, p.band));
  return p.band === 'promoter' || p.verbosity === 'terse' ? named : `${named} ${need}`;
}

function close(p: Persona, t: Templates, rand: Rand): string {
  const change = pickOne(rand, t.close.change(p.change));
  return p.verbosity === 'verbose' ? `${change} ${pickOne(rand, t.closeTails)}` : change;
}

/** A turn of the transcript so far, as the respondent page shows it. */
export interface TranscriptTurn extends InterviewQuestion {
  role: 'moderator' | 'respondent';
}

/** Who writes the answers: the offline templates, or a model playing the persona. */
export interface RespondentModel {
  kind: 'offline' | 'mistral';
  /** The answer to the last moderator turn of `transcript` (which ends with that question). */
  answer(persona: Persona, transcript: readonly TranscriptTurn[]): Promise<string>;
}

/** The question to answer (the last moderator turn) and the moderator turns before it. */
export function questionOf(transcript: readonly TranscriptTurn[]): { question: InterviewQuestion; earlier: InterviewQuestion[] } {
  const asked = transcript.filter((turn) => turn.role === 'moderator');
  const question = asked.at(-1);
  if (!question) throw new Error('the transcript has no moderator question to answer');
  return { question, earlier: asked.slice(0, -1) };
}

export const offlineRespondent: RespondentModel = {
  kind: 'offline',
  async answer(persona, transcript) {
    const { question, earlier } = questionOf(transcript);
    return answerFor(persona, question, earlier);
  },
};
