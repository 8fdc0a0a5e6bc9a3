import { describe, expect, it } from 'vitest';
import type { Band, PhaseKey } from '@ladder/contracts';
import { defaultGuide, type GuideContent } from '@ladder/contracts/guide';
import { findLeading } from './guard.js';
import { composeQuestion, openingQuestion } from './offline-composer.js';
import { answersDistressCheckIn, decideNext, interviewMinutesBudget, MAX_RESPONDENT_TURNS } from './policy.js';
import { quotedIn, repeatsQuote } from './salient.js';
import type { PolicyDecision, TranscriptTurn } from './types.js';

const START = new Date('2025-03-03T09:00:00Z');
const at = (minutes: number): Date => new Date(START.getTime() + minutes * 60_000);

/** A hand-driven interview: the moderator's turns come from decideNext + composeQuestion, like in the worker. */
class Interview {
  readonly transcript: TranscriptTurn[] = [];
  readonly decisions: PolicyDecision[] = [];
  readonly guide: GuideContent;

  constructor(
    readonly band: Band = 'detractor',
    readonly language = 'en',
    guide?: GuideContent,
  ) {
    this.guide = guide ?? defaultGuide(band === 'promoter' ? 'promoter' : band);
    this.push('moderator', openingQuestion(this.guide, band, language).text, 'context', 0, 'open', 0);
  }

  private push(
    role: TranscriptTurn['role'],
    text: string,
    phase: PhaseKey,
    ladderLevel: number,
    action: TranscriptTurn['action'],
    minute: number,
  ) {
    this.transcript.push({ seq: this.transcript.length, role, text, phase, ladderLevel, action, createdAt: at(minute) });
  }

  get last(): TranscriptTurn {
    return this.transcript[this.transcript.length - 1];
  }

  /** The respondent answers at `minute`; the moderator decides and asks at the same minute. */
  answer(text: string, minute: number): PolicyDecision {
    const question = [...this.transcript].reverse().find((t) => t.role === 'moderator')!;
    this.push('respondent', text, question.phase, question.ladderLevel, null, minute);
    const decision = decideNext({ guide: this.guide, band: this.band, transcript: this.transcript, now: at(minute) });
    const composed = composeQuestion(decision, {
      guide: this.guide,
      band: this.band,
      language: this.language,
      transcript: this.transcript,
    });
    this.decisions.push(decision);
    this.push('moderator', composed.text, decision.phase, decision.ladderLevel, decision.action, minute);
    return decision;
  }

  get questions(): string[] {
    return this.transcript.filter((t) => t.role === 'moderator').map((t) => t.text);
  }
}

const step = (d: PolicyDecision) => [d.action, d.phase, d.ladderLevel, d.reason];
/** A context answer that says how they use the product without judging it: the surface phase still asks for the reason. */
const NEUTRAL_CONTEXT = 'We use it for customer support, mostly the shared inbox and a few of the dashboards.';

describe('decideNext: a detractor interview, step by step', () => {
  it('takes the reason from the context answer, ladders by what each answer reveals, follows the competitor named and closes', () => {
    const i = new Interview('detractor');
    // A judging context answer already states the reason: no generic surface question, laddering starts on its words.
    const reason = i.answer('Honestly the product has been a real disappointment for our support team over the last few months.', 1);
    expect(step(reason)).toEqual(['advance', 'laddering', 1, 'reason-given']);
    expect(i.last.text).toBe(
      'You said "real disappointment for our support team". When you say that, what does it look like in your day-to-day work?',
    );
    // A stated reason again (level 0): the impact question is asked again, on the new words.
    expect(step(i.answer('The reporting is clunky and slow to load.', 2))).toEqual(['probe', 'laddering', 1, 'ladder-deeper']);
    expect(i.last.text).toBe('You said "reporting is clunky". What does that look like on a typical day for you?');
    // A concrete impact (level 1): the next question asks for the consequence.
    expect(step(i.answer('Last Monday the weekly export took 40 minutes and failed twice, so I rebuilt it in Excel.', 3))).toEqual([
      'probe',
      'laddering',
      2,
      'ladder-deeper',
    ]);
    expect(i.last.text).toMatch(/lead to|change for/);
    expect(step(i.answer('My team rebuilds the exports by hand every week.', 5))).toEqual(['probe', 'laddering', 2, 'ladder-deeper']);
    // A consequence (level 2): what is at stake for them.
    expect(step(i.answer('We miss the Friday deadline for the client report.', 7))).toEqual(['probe', 'laddering', 3, 'ladder-deeper']);
    expect(i.last.text).toMatch(/^(Why does|What makes|What is at stake)/);
    i.answer('The client escalated to my director twice this quarter.', 9);
    i.answer('My director started questioning whether we chose the right vendor.', 11);
    // Their own stake (level 3): one level further down the chain of values.
    expect(step(i.answer('I pushed for this tool, so it is my credibility on the line with leadership.', 13))).toEqual([
      'probe',
      'laddering',
      4,
      'ladder-deeper',
    ]);
    // A competitor named while laddering: the comparative phase asks about it now, by name.
    const competitor = i.answer('We have been looking at Zendesk since the spring.', 15);
    expect(step(competitor)).toEqual(['advance', 'comparative', 4, 'competitor-named']);
    expect(competitor.focus).toBe('Zendesk');
    expect(i.last.text).toBe('You mentioned "Zendesk". How does it compare with the product for the work you do?');
    // Zendesk was quoted: the next comparative probe follows the latest answer instead.
    const after = i.answer('Their reporting is simpler, but migrating would cost us months of work.', 17);
    expect(after).toMatchObject({ action: 'probe', phase: 'comparative', reason: 'explore-alternatives' });
    expect(after.focus).not.toMatch(/Zendesk/);
    expect(step(i.answer('Make the exports reliable before anything else, please.', 18))).toEqual([
      'advance',
      'close',
      4,
      'phase-budget-turns',
    ]);
    expect(step(i.answer('I think that covers it, thanks for listening to me today.', 19))).toEqual(['probe', 'close', 4, 'anything-else']);
    expect(step(i.answer('Nothing else.', 20))).toEqual(['close', 'close', 4, 'nothing-to-add']);
    expect(i.last.text).toMatch(/^Thank you/);

    const respondent = i.transcript
      .filter((t) => t.role === 'respondent')
      .map((t) => t.text)
      .join('\n');
    for (const q of i.questions)
      expect(findLeading(q, { language: 'en', lastAnswer: respondent, topicsToAvoid: i.guide.topicsToAvoid })).toEqual([]);
    expect(new Set(i.questions).size).toBe(i.questions.length);
    // No phrase quoted twice, nor one inside another.
    const quotes = i.questions.map(quotedIn);
    quotes.forEach((own, n) => own.forEach((q) => expect(repeatsQuote(q, quotes.slice(0, n).flat())).toBe(false)));
    expect(quotes.flat().length).toBeGreaterThanOrEqual(6);
  });

  it('keeps laddering when a sentence opens on a generic competitor word, which names nobody', () => {
    const i = new Interview('detractor');
    i.answer('Honestly the product has been a real disappointment for our support team over the last few months.', 1);
    const generic = i.answer('Alternatives exist, but every week the exports fail and my team redoes them by hand.', 3);
    expect(generic).toMatchObject({ phase: 'laddering' });
    expect(generic.reason).not.toBe('competitor-named');
  });

  it('follows a respondent who jumps levels: a root motivation in the first ladder answer reaches the target at once', () => {
    const guide = { ...defaultGuide('passive'), ladderTargetDepth: { min: 2, max: 3 } };
    const i = new Interview('passive', 'en', guide);
    expect(step(i.answer('It does the job, but the pipeline report has been frustrating for our sales team.', 1))).toEqual([
      'advance',
      'laddering',
      2,
      'reason-given',
    ]);
    const jump = i.answer('I vouched for this tool with my boss, and now my credibility is on the line every Monday.', 2);
    expect(step(jump)).toEqual(['advance', 'comparative', 2, 'ladder-max-depth']);
  });

  it('asks one level below the deepest the respondent revealed, not one below the last question', () => {
    const i = new Interview('detractor');
    i.answer(NEUTRAL_CONTEXT, 1);
    // A surface answer that already gives a consequence: laddering starts at the level after it.
    const d = i.answer('Every week the sync drops 12 tickets, so my agents work late nights to fix them.', 2);
    expect(step(d)).toEqual(['advance', 'laddering', 3, 'specific-enough']);
    expect(i.last.text).toMatch(/^(Why does|What makes|What is at stake)/);
  });

  it('asks a level at most twice in a row when the answers do not reach it, then goes one further down', () => {
    const i = new Interview('detractor');
    i.answer(NEUTRAL_CONTEXT, 1);
    expect(i.answer('The weekly export failed 3 times last month.', 2).ladderLevel).toBe(2);
    // Concrete again (level 1): the consequence question once more, in other words.
    expect(step(i.answer('Each time it took 40 minutes to rerun it.', 3))).toEqual(['probe', 'laddering', 2, 'ladder-deeper']);
    // Still level 1 in our lexicon's reading: the next probe asks what is at stake anyway.
    expect(step(i.answer('On Mondays it is 2 reruns before 9am.', 4))).toEqual(['probe', 'laddering', 3, 'ladder-deeper']);
  });

  it('moves on when, past a root motivation, two answers in a row go no deeper', () => {
    const i = new Interview('detractor');
    i.answer('Honestly the rollout has been painful and slow for everyone involved here.', 1);
    i.answer('I championed this purchase and my name is on it with the board.', 2);
    expect(step(i.answer('The reports are slow on Mondays.', 3))).toMatchObject(['probe', 'laddering', 4, 'ladder-deeper']);
    expect(step(i.answer('And the exports too, every week.', 4))).toEqual(['advance', 'comparative', 4, 'ladder-stalled']);
  });
});

describe('decideNext: budgets', () => {
  it('leaves context on its minute budget, and probes within it', () => {
    const early = new Interview();
    expect(step(early.answer('fine', 1))).toEqual(['probe', 'context', 0, 'needs-more']);
    const late = new Interview();
    expect(step(late.answer('fine', 4))).toEqual(['advance', 'surface', 0, 'phase-budget-minutes']);
  });

  it('leaves context on its turn budget', () => {
    const i = new Interview();
    i.answer('ok', 0.5);
    expect(step(i.answer('not sure', 1))).toEqual(['advance', 'surface', 0, 'phase-budget-turns']);
  });

  it('starts laddering when the surface budget is spent, even without a specific answer', () => {
    const i = new Interview();
    i.answer(NEUTRAL_CONTEXT, 1);
    i.answer('Support is disappointing.', 2);
    i.answer('It just is not what we hoped for.', 3);
    const d = i.answer('I do not know how else to put it.', 4);
    expect(step(d)).toEqual(['advance', 'laddering', 1, 'phase-budget-turns']);
    // The stated reason was already quoted by the surface probe, and the latest answer has nothing to quote.
    expect(i.questions.filter((q) => q.includes('"Support is disappointing"'))).toHaveLength(1);
    expect(d.focus).toBeNull();
  });

  it('moves on from laddering when its minutes are spent', () => {
    const i = new Interview();
    i.answer(NEUTRAL_CONTEXT, 1);
    i.answer('Last week 12 tickets were lost in the sync with Salesforce.', 2);
    i.answer('Agents answer customers twice.', 3);
    expect(step(i.answer('Customers get confused by duplicate replies.', 19))).toEqual([
      'advance',
      'comparative',
      2,
      'phase-budget-minutes',
    ]);
  });

  it('jumps to close when the whole interview is over time, then closes', () => {
    const i = new Interview();
    i.answer(NEUTRAL_CONTEXT, 1);
    const total = interviewMinutesBudget(i.guide);
    expect(total).toBe(31);
    expect(step(i.answer('Last week 12 tickets were lost in the sync with Salesforce.', total + 1))).toEqual([
      'advance',
      'close',
      0,
      'interview-time-budget',
    ]);
    expect(i.last.text).toMatch(/^We are nearly out of time\. If you could change one thing/);
    expect(step(i.answer('Fix the sync, that would change everything for us.', total + 2))).toEqual([
      'close',
      'close',
      0,
      'interview-time-budget',
    ]);
  });

  it(`always closes after ${MAX_RESPONDENT_TURNS} answers`, () => {
    const guide = defaultGuide('detractor');
    const transcript: TranscriptTurn[] = [];
    for (let n = 0; n < MAX_RESPONDENT_TURNS; n++) {
      transcript.push({ seq: 2 * n, role: 'moderator', text: 'Q', phase: 'context', ladderLevel: 0, action: 'probe', createdAt: START });
      transcript.push({ seq: 2 * n + 1, role: 'respondent', text: 'ok', phase: 'context', ladderLevel: 0, action: null, createdAt: START });
    }
    expect(step(decideNext({ guide, band: 'detractor', transcript, now: at(1) }))).toEqual(['close', 'close', 0, 'max-respondent-turns']);
  });
});

describe('decideNext: laddering on thin answers', () => {
  const ladderingInterview = () => {
    const i = new Interview();
    i.answer(NEUTRAL_CONTEXT, 1);
    i.answer('Last week 12 tickets were lost in the sync with Salesforce.', 2);
    return i;
  };

  it('clarifies once at the same level, then moves on after a second thin answer', () => {
    const i = ladderingInterview();
    // The surface answer gave a concrete impact (level 1): laddering asked for the consequence (level 2).
    expect(step(i.answer('dunno', 3))).toEqual(['clarify', 'laddering', 2, 'thin-answer']);
    expect(i.last.text).toBe('Walk me through a specific time when that happened.');
    // Terse, but not a non-answer (two of those in a row would close the interview).
    expect(step(i.answer('the usual', 4))).toEqual(['advance', 'comparative', 2, 'thin-after-clarify']);
  });

  it('clarifies again after a substantive answer in between, with another wording', () => {
    const i = ladderingInterview();
    i.answer('not sure', 3);
    expect(step(i.answer('Agents copy every ticket by hand into the CRM.', 4))).toEqual(['probe', 'laddering', 2, 'ladder-deeper']);
    expect(step(i.answer('no idea', 5))).toEqual(['clarify', 'laddering', 2, 'thin-answer']);
    expect(i.last.text).toBe('What happened the last time you ran into that?');
  });

  it('does not stop at a root motivation before the minimum depth', () => {
    const i = ladderingInterview();
    // A root motivation (level 3) under a minimum depth of 5: one level further down.
    expect(step(i.answer('I simply do not trust the sync any more.', 3))).toEqual(['probe', 'laddering', 4, 'ladder-deeper']);
  });
});

describe('decideNext: comparative, distress, closing', () => {
  it('focuses on a competitor mentioned earlier in the interview', () => {
    const guide = { ...defaultGuide('detractor'), ladderTargetDepth: { min: 1, max: 1 } };
    const i = new Interview('detractor', 'en', guide);
    i.answer('Our CFO wants us to switch to Freshdesk because the reporting here is so weak.', 1);
    i.answer('Last week 12 tickets were lost in the sync with Salesforce.', 2);
    const d = i.answer('Agents answer customers twice, which is embarrassing.', 3);
    expect(step(d)).toEqual(['advance', 'comparative', 2, 'ladder-max-depth']);
    expect(d.focus).toBe('Freshdesk');
    expect(i.last.text).toBe('You mentioned "Freshdesk". How does it compare with the product for the work you do?');
    // Freshdesk was asked about by name: it is not quoted again, and a thin answer moves on.
    expect(step(i.answer('Nothing concrete yet.', 4))).toEqual(['advance', 'close', 2, 'thin-answer']);
  });

  it('closes gently on distress, whatever the phase', () => {
    const i = new Interview();
    i.answer(NEUTRAL_CONTEXT, 1);
    expect(step(i.answer("Honestly I am overwhelmed and I can't cope with the backlog anymore.", 2))).toEqual([
      'advance',
      'close',
      0,
      'distress',
    ]);
    expect(i.last.text).toMatch(/we can stop here whenever you like/);
    expect(step(i.answer('Maybe just that the backlog tool needs an owner on your side.', 3))).toEqual(['close', 'close', 0, 'distress']);
    expect(i.last.text).toMatch(/take good care of yourself/);
  });

  it('asks for anything else after a short answer to the close question, not after a non-answer, and stays closed', () => {
    const guide = { ...defaultGuide('detractor'), ladderTargetDepth: { min: 1, max: 1 } };
    const toClose = () => {
      const i = new Interview('detractor', 'en', guide);
      i.answer(NEUTRAL_CONTEXT, 1);
      i.answer('Last week 12 tickets were lost in the sync with Salesforce.', 2);
      i.answer('Agents answer customers twice, which is embarrassing.', 3);
      i.answer('We have not really looked at other options so far.', 4);
      expect(i.last.phase).toBe('comparative');
      expect(step(i.answer('Honestly it would need to be reliable first.', 5))).toEqual(['advance', 'close', 2, 'phase-budget-turns']);
      return i;
    };
    const short = toClose();
    expect(step(short.answer('Fix exports.', 6))).toEqual(['probe', 'close', 2, 'anything-else']);
    expect(short.last.text).toBe('What else would you like to add that we have not talked about yet?');
    const none = toClose();
    expect(step(none.answer('Nothing really.', 6))).toEqual(['close', 'close', 2, 'nothing-to-add']);
    expect(step(none.answer('hello?', 7))).toEqual(['close', 'close', 2, 'already-closed']);
  });

  it('keeps the ladder level it reached once laddering is over', () => {
    const guide = { ...defaultGuide('detractor'), ladderTargetDepth: { min: 2, max: 2 } };
    const i = new Interview('detractor', 'en', guide);
    i.answer(NEUTRAL_CONTEXT, 1);
    i.answer('Last week 12 tickets were lost in the sync with Salesforce.', 2);
    expect(i.answer('So my agents work late nights to clear the duplicates.', 3)).toMatchObject({
      phase: 'comparative',
      ladderLevel: 2,
      reason: 'ladder-max-depth',
    });
    expect(i.answer('Customers get confused by duplicate replies.', 4)).toMatchObject({ phase: 'comparative', ladderLevel: 2 });
    expect(i.answer('We have not looked at anything else.', 5).ladderLevel).toBe(2);
    expect(i.answer('Reliable sync.', 6)).toMatchObject({ phase: 'close', ladderLevel: 2 });
  });
});

describe('decideNext: determinism and inputs', () => {
  const run = () => {
    const i = new Interview('passive', 'fr');
    i.answer("Le produit fait le travail mais sans plus, honnêtement, et mon équipe s'en plaint souvent.", 1);
    i.answer('Depuis mars, les exports plantent deux fois par semaine.', 2);
    i.answer('je ne sais pas', 3);
    return i;
  };

  it('gives the same decision for the same input, without touching it', () => {
    const i = run();
    const input = { guide: i.guide, band: i.band, transcript: i.transcript, now: at(4) };
    const snapshot = structuredClone(input);
    expect(decideNext(input)).toEqual(decideNext(input));
    expect(input).toEqual(snapshot);
    expect(run().transcript).toEqual(i.transcript);
  });

  it('reads French answers with the French lexicon, detected from the transcript or given', () => {
    const i = run();
    // "mon équipe s'en plaint" is a consequence (level 2) in the French lexicon: laddering starts at the level after it.
    expect(i.decisions.map(step)).toEqual([
      ['advance', 'laddering', 3, 'reason-given'],
      ['probe', 'laddering', 3, 'ladder-deeper'],
      ['clarify', 'laddering', 3, 'thin-answer'],
    ]);
    expect(i.last.text).toBe("Racontez-moi une fois précise où c'est arrivé.");
    const input = { guide: i.guide, band: i.band, transcript: i.transcript.slice(0, -1), now: at(3) };
    expect(decideNext({ ...input, language: 'fr' })).toEqual(decideNext(input));
  });

  it('accepts createdAt as an ISO string (a transcript that went through JSON)', () => {
    const i = new Interview();
    i.answer('fine', 4);
    const roundTripped = JSON.parse(JSON.stringify(i.transcript.slice(0, -1))) as TranscriptTurn[];
    expect(decideNext({ guide: i.guide, band: i.band, transcript: roundTripped, now: at(4) })).toEqual(i.decisions[0]);
  });
});

describe('decideNext: whose distress', () => {
  const laddering = () => {
    const i = new Interview();
    i.answer('We run all our field service scheduling on it and the last quarter has been rough.', 1);
    i.answer('The mobile app lost 40 completed jobs in the sync on 14 May.', 2);
    expect(i.last.phase).toBe('laddering');
    return i;
  };

  it.each([
    "It means late nights for the dispatchers, and three of them have told me they're burnt out.",
    'Our support agents are in tears by Friday because customers call back twice.',
    'My whole team is overwhelmed with the re-entry work every Monday.',
    'The planners cannot cope with the re-entry and the customers are furious.',
  ])('keeps laddering when the distress is reported of others: "%s"', (answer) => {
    const i = laddering();
    const d = i.answer(answer, 3);
    expect(d).toMatchObject({ action: 'probe', phase: 'laddering', reason: 'ladder-deeper' });
  });

  it("still closes gently when the distress is clearly the respondent's own", () => {
    const i = laddering();
    expect(step(i.answer("Honestly I'm exhausted and I can't keep doing the re-entry myself.", 3))).toEqual([
      'advance',
      'close',
      2,
      'distress',
    ]);
    expect(i.last.text).toMatch(/we can stop here whenever you like/);
  });

  it('asks one gentle check-in when it is unclear whose distress it is, then resumes where it was', () => {
    const i = laddering();
    const ambiguous = 'The re-entry takes every evening; we are all burnt out.';
    const checkIn = i.answer(ambiguous, 3);
    expect(step(checkIn)).toEqual(['probe', 'laddering', 2, 'distress-check-in']);
    expect(checkIn.focus).toBeNull();
    expect(i.last.text).toBe('That sounds like a lot. How are you doing yourself?');
    expect(answersDistressCheckIn(i.transcript, 'en')).toBe(true);
    // The respondent is fine: the interview goes on from the answer before the check-in.
    const resumed = i.answer("I'm okay, thanks, just busy.", 4);
    expect(step(resumed)).toMatchObject(['probe', 'laddering', expect.any(Number), 'ladder-deeper']);
    // The probe follows the answer before the check-in, not "okay, thanks, just busy".
    expect(ambiguous).toContain(resumed.focus);
    expect(answersDistressCheckIn(i.transcript, 'en')).toBe(false);
    // Only one check-in per interview: a later unclear mention does not bring another.
    expect(i.answer('Overwhelmed, frankly, every time a region goes live.', 5).reason).not.toBe('distress-check-in');
  });

  it('closes gently when the check-in is answered with distress, even without a subject', () => {
    const i = laddering();
    i.answer('Everything lands on the evenings now. Overwhelmed.', 3);
    expect(i.decisions.at(-1)!.reason).toBe('distress-check-in');
    expect(step(i.answer('Honestly? Exhausted.', 4))).toEqual(['advance', 'close', 2, 'distress']);
    expect(step(i.answer('Maybe that someone owns the sync on your side.', 5))).toEqual(['close', 'close', 2, 'distress']);
    expect(i.last.text).toMatch(/take good care of yourself/);
  });

  it('tells reported from own distress in French', () => {
    const i = new Interview('detractor', 'fr');
    i.answer("On utilise l'outil pour toute la planification des techniciens depuis deux ans.", 1);
    expect(step(i.answer("Mes deux responsables d'équipe m'ont dit qu'ils sont épuisés.", 2))[3]).not.toBe('distress');
    const own = new Interview('detractor', 'fr');
    own.answer("On utilise l'outil pour toute la planification des techniciens depuis deux ans.", 1);
    expect(step(own.answer("Je n'en peux plus de ressaisir les interventions.", 2))).toEqual(['advance', 'close', 0, 'distress']);
    const unclear = new Interview('detractor', 'fr');
    unclear.answer("On utilise l'outil pour toute la planification des techniciens depuis deux ans.", 1);
    expect(step(unclear.answer('On est tous à bout avec ces ressaisies.', 2))).toEqual(['probe', 'surface', 0, 'distress-check-in']);
    expect(unclear.last.text).toBe('Cela fait beaucoup. Et vous, comment allez-vous ?');
  });
});

describe('decideNext: thin responders', () => {
  const questionsAsked = (i: Interview) => i.questions.filter((q) => q.includes('?'));

  it('closes politely after two non-answers in a row, with no question', () => {
    const i = new Interview('passive');
    i.answer('dunno', 1);
    const d = i.answer('nope.', 2);
    expect(step(d)).toEqual(['close', 'close', 0, 'thin-responder']);
    expect(i.last.text).toBe('Thank you for your time today. We will leave it there.');
    expect(i.last.text).not.toContain('?');
    expect(findLeading(i.last.text, { language: 'en', lastAnswer: 'nope.', topicsToAvoid: i.guide.topicsToAvoid })).toEqual([]);
    expect(step(i.answer('ok', 3))).toEqual(['close', 'close', 0, 'already-closed']);
  });

  it('keeps a terse but substantive answer in the interview, and closes once it ends in non-answers', () => {
    const i = new Interview('passive');
    const answers = ["it's alright", 'no idea', 'clunky exports', 'pricing', 'n/a', '🤷'];
    const decisions = answers.map((a, n) => i.answer(a, n + 1));
    expect(decisions.slice(0, 5).map((d) => d.action)).not.toContain('close');
    expect(step(decisions[5])).toMatchObject(['close', 'close', expect.any(Number), 'thin-responder']);
    expect(questionsAsked(i).length).toBeLessThanOrEqual(answers.length);
  });

  it('never counts "slow", "reports" or "no reporting" as non-answers', () => {
    const i = new Interview('detractor');
    for (const [n, a] of ['no', 'slow', 'no', 'reports', 'no reporting'].entries()) {
      expect(i.answer(a, n + 1).reason).not.toBe('thin-responder');
    }
  });

  it('closes a French thin responder too', () => {
    const i = new Interview('passive', 'fr');
    i.answer('je sais pas', 1);
    expect(step(i.answer('non, rien', 2))).toEqual(['close', 'close', 0, 'thin-responder']);
    expect(i.last.text).toBe("Merci pour votre temps aujourd'hui. Nous allons en rester là.");
  });

  it('does not count the answer to a distress check-in', () => {
    const i = new Interview('passive');
    i.answer('not sure', 1);
    expect(i.answer('Exhausted, to be honest.', 2).reason).toBe('distress-check-in');
    // "fine" after the check-in: the interview resumes; the earlier "not sure" and this one are not two non-answers in a row.
    expect(i.answer("no, I'm fine", 3).reason).not.toBe('thin-responder');
  });
});
