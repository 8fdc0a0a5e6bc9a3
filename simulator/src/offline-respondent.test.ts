import { describe, expect, it } from 'vitest';
import { answerFor, type InterviewQuestion } from './offline-respondent.js';
import { personaFor, type Persona, type RespondentRecord } from './personas.js';

const base = (i: number, over: Partial<RespondentRecord> = {}): RespondentRecord => ({
  id: `resp-${i}`,
  externalId: `X-${i}`,
  score: 3,
  language: 'en',
  attributes: { tier: 'Enterprise', product_line: 'Automation', tenure_months: '40' },
  ...over,
});
/** A persona with the given traits: the first respondent id that draws them. */
function find(match: (p: Persona) => boolean, over: Partial<RespondentRecord> = {}): Persona {
  for (let i = 0; i < 5000; i++) {
    const p = personaFor(base(i, over));
    if (match(p)) return p;
  }
  throw new Error('no such persona');
}
const q = (phase: string, ladderLevel: number, seq: number, text = 'What does that look like?'): InterviewQuestion => ({
  text,
  phase,
  ladderLevel,
  seq,
});
/** The sentence appears in the answer (an opener may have lower-cased its first letter). */
const says = (answer: string, sentence: string) => answer.toLowerCase().includes(sentence.slice(1, 60).toLowerCase());
const firstSentence = (text: string) => /^.*?[.!?](\s|$)/.exec(text)![0].trim();

/** The plan of a full interview: context, surface, seven ladder levels, comparative, close. */
const PLAN = [
  q('context', 0, 0),
  q('surface', 0, 2),
  q('laddering', 1, 4),
  q('laddering', 2, 6),
  q('laddering', 3, 8),
  q('laddering', 4, 10),
  q('laddering', 5, 12),
  q('laddering', 6, 14),
  q('comparative', 6, 16),
  q('close', 6, 18),
  q('close', 6, 20, 'Anything else?'),
];
const interview = (p: Persona) => PLAN.map((question, i) => answerFor(p, question, PLAN.slice(0, i)));

describe('answerFor', () => {
  const normal = find((p) => p.verbosity === 'normal' && !p.urgent && !!p.competitor);
  const answers = interview(normal);

  it('goes down the chain with the phase and ladder level', () => {
    expect(says(answers[1], normal.chain.stated)).toBe(true);
    expect(says(answers[1], normal.example)).toBe(true);
    expect(says(answers[2], normal.chain.impact)).toBe(true);
    expect(says(answers[3], normal.chain.consequence)).toBe(true);
    expect(says(answers[4], firstSentence(normal.chain.root))).toBe(true);
    for (const deeper of [answers[5], answers[6], answers[7]]) expect(deeper).not.toBe('');
    expect(says(answers[8], normal.competitor!)).toBe(true);
    expect(says(answers[9], normal.change)).toBe(true);
    expect(answers[10]).toMatch(/nothing else|that's all|everything/i);
  });

  it('never repeats itself within an interview, and extends when asked the same level again', () => {
    expect(new Set(answers).size).toBe(answers.length);
    const first = answerFor(normal, q('laddering', 1, 4), PLAN.slice(0, 2));
    const again = answerFor(normal, q('laddering', 1, 6, 'Could you say more about that?'), [...PLAN.slice(0, 2), q('laddering', 1, 4)]);
    expect(again).not.toBe(first);
    expect(says(again, normal.example)).toBe(true);
  });

  it('is deterministic', () => {
    expect(interview(normal)).toEqual(answers);
  });

  it('writes terse answers shorter than verbose ones', () => {
    const terse = find((p) => p.verbosity === 'terse');
    const verbose = find((p) => p.verbosity === 'verbose');
    const length = (p: Persona) => interview(p).join(' ').length;
    expect(length(terse)).toBeLessThan(length(verbose));
  });

  it('says "not looked elsewhere" without a competitor', () => {
    const loyal = find((p) => !p.competitor);
    expect(answerFor(loyal, q('comparative', 5, 16))).toMatch(/not looked elsewhere|haven't compared/i);
  });

  it('answers French personas in French', () => {
    const fr = find((p) => p.verbosity === 'normal', { language: 'fr' });
    const text = interview(fr).join(' ');
    expect(text).toMatch(/\b(nous|je|c'est|les|des)\b/);
    expect(text).not.toMatch(/\b(the|we|and)\b/);
    expect(says(interview(fr)[1], fr.chain.stated)).toBe(true);
  });

  it("gives an urgent persona's cue exactly once", () => {
    const urgent = find((p) => p.urgent === 'competitor_evaluation' && p.answerLanguage === 'en');
    const cued = interview(urgent).filter((a) => /actively evaluating/.test(a));
    expect(cued).toHaveLength(1);
    expect(cued[0]).toContain(urgent.competitor!);
  });

  it('varies its wording across personas', () => {
    const surfaces = Array.from({ length: 60 }, (_, i) => answerFor(personaFor(base(i)), q('surface', 0, 2), [q('context', 0, 0)]));
    expect(new Set(surfaces).size).toBeGreaterThanOrEqual(50);
  });
});
