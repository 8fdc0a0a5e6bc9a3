import { describe, expect, it } from 'vitest';
import {
  leadingLeft,
  phrasesQuotedTwice,
  questionsAfterAnswers,
  quotedPhrases,
  reusedWord,
  sameCompetitors,
  scoreCoding,
  scoreInterview,
  type CodingExpectation,
  type InterviewCase,
  type ScoredCoding,
  type ScoredInterview,
  type ScoredTurn,
} from './interview-score.js';

const moderator = (text: string): ScoredTurn => ({ role: 'MODERATOR', text });
const respondent = (text: string): ScoredTurn => ({ role: 'RESPONDENT', text });

describe('quotedPhrases', () => {
  it('reads straight and curly double quotes and guillemets, normalised, and leaves apostrophes alone', () => {
    expect(quotedPhrases(`You said "My Admins rebuild them…". What's behind “burnt out,”?`)).toEqual([
      'my admins rebuild them',
      'burnt out',
    ]);
    expect(quotedPhrases('Vous avez dit « semaine ont disparu du tableau ». Qu’est-ce que cela change ?')).toEqual([
      'semaine ont disparu du tableau',
    ]);
    expect(quotedPhrases("It's what you'd expect, isn't it")).toEqual([]);
  });
});

describe('phrasesQuotedTwice', () => {
  it('finds a phrase quoted in a later question again, the same or one containing the other as whole words', () => {
    expect(phrasesQuotedTwice(['You said "plan B".', 'What does "plan B" mean to you?'])).toEqual(['plan b']);
    expect(
      phrasesQuotedTwice([
        'Vous avez dit « semaine ont disparu du tableau ».',
        'Quand vous dites « ont disparu du tableau », que se passe-t-il ?',
      ]),
    ).toEqual(['semaine ont disparu du tableau']);
  });

  it('does not count one question quoting a phrase twice, distinct phrases, or a word inside another word', () => {
    expect(phrasesQuotedTwice(['"weekends", you said "weekends"?', 'And "burnt out"?'])).toEqual([]);
    expect(phrasesQuotedTwice(['You said "seat".', 'You said "seats cost".'])).toEqual([]);
  });
});

describe('reusedWord', () => {
  it('matches any expected word or phrase case-insensitively as whole words, quoted or not', () => {
    expect(reusedWord('What happens when the Migration Tool drops them?', ['approval steps', 'migration tool'])).toBe('migration tool');
    expect(reusedWord('Vous parlez de « personne n’utilise » : pourquoi ?', ["personne n'utilise"])).toBe("personne n'utilise");
    expect(reusedWord('Tell me about the reporting.', ['reports'])).toBeNull();
    expect(reusedWord('What made it slower?', ['slow'])).toBeNull();
  });
});

describe('questionsAfterAnswers', () => {
  it('pairs each answer with the moderator turn after it, null after the last answer of an open interview', () => {
    const turns = [moderator('Q0'), respondent('A0'), moderator('Q1'), respondent('A1')];
    expect(questionsAfterAnswers(turns)).toEqual([
      { answer: 'A0', question: 'Q1' },
      { answer: 'A1', question: null },
    ]);
  });
});

describe('leadingLeft', () => {
  it('finds yes/no openers, tag questions and "or not" options in the five languages', () => {
    expect(leadingLeft(['Thanks. Is the price the main problem?'])).toEqual(['Is the price the main problem?']);
    expect(leadingLeft(["You'd rather switch, wouldn't you agree?"])).toEqual(["wouldn't you agree"]);
    expect(leadingLeft(['Est-ce que le prix vous gêne ?'])).toEqual(['Est-ce qu']);
    expect(leadingLeft(['Das war zu langsam, nicht wahr?'])).toEqual(['nicht wahr']);
    expect(leadingLeft(['Fue por el precio, ¿verdad?'])).toEqual(['¿verdad?']);
    expect(leadingLeft(['Foi pelo preço, não acha?'])).toEqual(['não acha']);
    expect(leadingLeft(['Will you renew or not?'])).toEqual(['Will you renew or not?']);
  });

  it('leaves open questions alone, and the respondent words a question quotes', () => {
    expect(
      leadingLeft(['What happened next?', 'Qu’est-ce qui a changé pour vous ?', 'You said "is it ever fixed?". What did that cost you?']),
    ).toEqual([]);
  });
});

const testCase = (expect: Partial<InterviewCase['expect']> = {}): InterviewCase => ({
  name: 'sample',
  score: 3,
  language: 'en',
  attributes: {},
  answers: ['The exports fail every week.', 'We lost a client over it.', 'no'],
  expect: {
    levels_revealed_at_least: 2,
    probe_reuses_any_of: [['exports', 'every week'], ['lost a client'], null],
    never_quote_twice: true,
    escalation: 'churn_risk',
    no_leading_questions: true,
    ...expect,
  },
});
const interview = (over: Partial<ScoredInterview> = {}): ScoredInterview => ({
  status: 'COMPLETED',
  turns: [
    moderator('What is behind your score?'),
    respondent('The exports fail every week.'),
    moderator('You said "exports fail". What happens then?'),
    respondent('We lost a client over it.'),
    moderator('What did losing that client mean for you?'),
    respondent('no'),
    moderator('Thank you, that is all.'),
  ],
  ladderDepth: 2,
  leadingQuestionsCaught: 1,
  escalations: ['CHURN_RISK'],
  ...over,
});

describe('scoreInterview', () => {
  it('scores each expectation, and holds when all are met', () => {
    const score = scoreInterview(testCase(), interview());
    expect(score.expectations.map((e) => [e.name, e.pass])).toEqual([
      ['depth', true],
      ['reuse', false],
      ['quote-twice', true],
      ['escalation', true],
      ['leading', true],
    ]);
    // "lost a client" is not "losing that client": 1 of 2 is under the 80% target.
    expect(score).toMatchObject({ reused: 1, reuseExpected: 2, pass: false, answersSent: 3, leadingCaught: 1 });
    const rephrased = interview();
    rephrased.turns[4] = moderator('When you say you "lost a client", what did that mean for you?');
    expect(scoreInterview(testCase(), rephrased).pass).toBe(true);
  });

  it('fails a shallow depth, a missing or unexpected escalation, a repeated quote and a leading question left', () => {
    const failed = (over: Partial<ScoredInterview>, expect: Partial<InterviewCase['expect']> = {}) =>
      scoreInterview(testCase({ probe_reuses_any_of: [null, null, null], ...expect }), interview(over))
        .expectations.filter((e) => !e.pass)
        .map((e) => e.name);
    expect(failed({ ladderDepth: 1 })).toEqual(['depth']);
    expect(failed({ escalations: ['DISTRESS'] })).toEqual(['escalation']);
    expect(failed({}, { escalation: null })).toEqual(['escalation']);
    expect(failed({ escalations: [] }, { escalation: null })).toEqual([]);
    const repeated = interview().turns.map((t) => (t.role === 'MODERATOR' ? moderator(`You said "exports fail". ${t.text}`) : t));
    expect(failed({ turns: repeated })).toEqual(['quote-twice']);
    const leading = interview().turns.map((t, i) => (i === 4 ? moderator('Was the price too high?') : t));
    expect(failed({ turns: leading })).toEqual(['leading']);
  });

  it('judges reuse only on answers sent, and a close within the answers when the case asks for one', () => {
    const closedEarly = interview({
      turns: interview().turns.slice(0, 4).concat(moderator('Thanks, we will stop here.')),
      status: 'ACTIVE',
    });
    const score = scoreInterview(testCase({ closes_within_answers: 2 }), closedEarly);
    expect(score.reuse.map((r) => r.answer)).toEqual([0, 1]);
    expect(score.expectations.find((e) => e.name === 'closes')).toMatchObject({ pass: false });
    const closed = scoreInterview(testCase({ closes_within_answers: 2 }), { ...closedEarly, status: 'COMPLETED' });
    expect(closed.expectations.find((e) => e.name === 'closes')).toMatchObject({ pass: true });
    const tooLate = scoreInterview(testCase({ closes_within_answers: 2 }), interview());
    expect(tooLate.expectations.find((e) => e.name === 'closes')).toMatchObject({ pass: false });
  });
});

describe('sameCompetitors', () => {
  it('compares the coded and expected names as sets, case-insensitively, ignoring spaces around and repeats', () => {
    expect(sameCompetitors(['Quillsoft'], ['quillsoft'])).toBe(true);
    expect(sameCompetitors([' Quillsoft', 'PANTRY io', 'Quillsoft'], ['pantry io', 'quillsoft'])).toBe(true);
    expect(sameCompetitors([], [])).toBe(true);
  });

  it('fails a missing name, an extra one (a generic word coded as a name too) and a different name', () => {
    expect(sameCompetitors([], ['Quillsoft'])).toBe(false);
    expect(sameCompetitors(['Quillsoft', 'other tools'], ['Quillsoft'])).toBe(false);
    expect(sameCompetitors(['competitors'], [])).toBe(false);
    expect(sameCompetitors(['Quillsoft Pro'], ['Quillsoft'])).toBe(false);
  });
});

const wantCoding = (over: Partial<CodingExpectation> = {}): CodingExpectation => ({
  stated_any_of: ['billing', 'pricing_value'],
  root_any_of: ['trust'],
  competitors: ['Quillsoft'],
  ...over,
});
const coded = (over: Partial<ScoredCoding> = {}): ScoredCoding => ({
  coder: 'OFFLINE',
  statedDriver: 'billing',
  rootDriver: 'trust',
  competitors: ['quillsoft'],
  ...over,
});
const verdicts = (want: CodingExpectation, coding: ScoredCoding | null) =>
  Object.fromEntries(scoreCoding(want, coding).map((e) => [e.name, e.pass]));

describe('scoreCoding', () => {
  it('passes a stated driver among the acceptable keys, a root among its keys and the expected competitors', () => {
    expect(verdicts(wantCoding(), coded())).toEqual({ 'coding-stated': true, 'coding-root': true, 'coding-competitors': true });
    expect(verdicts(wantCoding(), coded({ statedDriver: 'pricing_value' }))['coding-stated']).toBe(true);
  });

  it('fails a stated driver outside the keys or missing, a root outside its keys or missing, other competitors', () => {
    expect(verdicts(wantCoding(), coded({ statedDriver: 'reliability' }))['coding-stated']).toBe(false);
    expect(verdicts(wantCoding(), coded({ statedDriver: null }))['coding-stated']).toBe(false);
    // Repeating the stated driver is no root when the case expects one.
    expect(verdicts(wantCoding(), coded({ rootDriver: 'billing' }))['coding-root']).toBe(false);
    expect(verdicts(wantCoding(), coded({ rootDriver: null, rootNote: 'no close driver' }))['coding-root']).toBe(false);
    expect(verdicts(wantCoding(), coded({ competitors: [] }))['coding-competitors']).toBe(false);
    expect(verdicts(wantCoding({ competitors: [] }), coded({ competitors: ['alternatives'] }))['coding-competitors']).toBe(false);
  });

  it('with no root expected, passes no root or the stated driver again and fails any other root', () => {
    const noRoot = wantCoding({ root_any_of: [] });
    expect(verdicts(noRoot, coded({ rootDriver: null }))['coding-root']).toBe(true);
    expect(verdicts(noRoot, coded({ rootDriver: 'billing' }))['coding-root']).toBe(true);
    expect(verdicts(noRoot, coded({ rootDriver: 'trust' }))['coding-root']).toBe(false);
  });

  it('fails all three when the transcript was not coded, and prints the root note and a generic mention', () => {
    expect(scoreCoding(wantCoding(), null).map((e) => [e.name, e.pass, e.detail])).toEqual([
      ['coding-stated', false, 'the transcript was not coded'],
      ['coding-root', false, 'the transcript was not coded'],
      ['coding-competitors', false, 'the transcript was not coded'],
    ]);
    const [, root, competitors] = scoreCoding(
      wantCoding({ competitors: [] }),
      coded({ rootDriver: null, rootNote: 'their standing at work', competitors: [], competitorMentioned: true }),
    );
    expect(root.detail).toBe('root none (note: their standing at work), expected one of trust');
    expect(competitors).toMatchObject({ pass: true, detail: 'named none, expected none; a competitor mentioned: yes' });
  });
});

describe('scoreInterview with a coding expectation', () => {
  it('adds the three coding expectations after the interview ones, and a coding miss makes the case fall short', () => {
    const withCoding = testCase({ probe_reuses_any_of: [null, null, null], coding: wantCoding() });
    const score = scoreInterview(withCoding, interview({ coding: coded() }));
    expect(score.expectations.map((e) => e.name)).toEqual([
      'depth',
      'reuse',
      'quote-twice',
      'escalation',
      'leading',
      'coding-stated',
      'coding-root',
      'coding-competitors',
    ]);
    expect(score).toMatchObject({ pass: true, coding: coded(), expectedCoding: wantCoding() });
    const missed = scoreInterview(withCoding, interview({ coding: coded({ competitors: [] }) }));
    expect(missed.pass).toBe(false);
    expect(missed.expectations.filter((e) => !e.pass).map((e) => e.name)).toEqual(['coding-competitors']);
    const uncoded = scoreInterview(withCoding, interview());
    expect(uncoded).toMatchObject({ pass: false, coding: null });
  });

  it('scores no coding expectation for a case without one, coded or not', () => {
    const score = scoreInterview(testCase({ probe_reuses_any_of: [null, null, null] }), interview({ coding: coded() }));
    expect(score.expectations.some((e) => e.name.startsWith('coding-'))).toBe(false);
    expect(score).toMatchObject({ pass: true, expectedCoding: null });
  });
});
