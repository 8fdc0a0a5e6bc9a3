import type { PhaseKey } from '@ladder/contracts';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TAXONOMY, type TaxonomyContent, type TranscriptCoding } from '@ladder/contracts/taxonomy';
import type { TranscriptTurn } from '../moderator/types.js';
import { codeTranscriptOffline, coderLabel } from './offline-coder.js';

type Line = [PhaseKey, number, string, string];

/** Alternating moderator question and respondent answer, as the workflow stores them. */
function transcriptOf(lines: Line[]): TranscriptTurn[] {
  const start = Date.parse('2025-03-04T09:00:00Z');
  return lines.flatMap(([phase, ladderLevel, question, answer], i): TranscriptTurn[] => [
    {
      seq: 2 * i,
      role: 'moderator',
      text: question,
      phase,
      ladderLevel,
      action: i === 0 ? 'open' : 'probe',
      createdAt: new Date(start + 60_000 * 2 * i),
    },
    {
      seq: 2 * i + 1,
      role: 'respondent',
      text: answer,
      phase,
      ladderLevel,
      action: null,
      createdAt: new Date(start + 60_000 * (2 * i + 1)),
    },
  ]);
}

const code = (transcript: TranscriptTurn[], language = 'en', taxonomy: TaxonomyContent = DEFAULT_TAXONOMY): TranscriptCoding =>
  codeTranscriptOffline({ transcript, taxonomy, taxonomyVersion: 3, language });

const drivers = (coding: TranscriptCoding, turnSeq: number): string[] =>
  coding.excerpts.filter((e) => e.turnSeq === turnSeq).map((e) => e.driverKey);

const CLASSIC_EN = transcriptOf([
  [
    'context',
    0,
    'Thinking about your experience with the product lately, how would you describe it in your own words?',
    "Honestly? The product doesn't work as expected. We have no problem with support, they are nice people.",
  ],
  [
    'surface',
    0,
    'Tell me about a recent moment when "doesn\'t work as expected" came up.',
    'Two weeks ago the pipeline report crashed right before our board meeting. It keeps failing on Mondays.',
  ],
  [
    'laddering',
    1,
    'When you say "keeps failing", what does that look like in your day-to-day work?',
    'I rebuild the numbers by hand in spreadsheets, which takes my whole Monday morning.',
  ],
  [
    'laddering',
    2,
    'You mentioned "rebuild the numbers by hand". What does that lead to for you or your team?',
    'It leads to late nights. And my VP asks why we pay for a tool that is this slow.',
  ],
  [
    'laddering',
    3,
    'Why does "why we pay for a tool" matter to you personally?',
    'Because I championed this vendor. After the sales demo our executive trusted them, ' +
      'and now there is a trust rupture with the executive. I look bad, and nobody on their side took responsibility.',
  ],
  [
    'comparative',
    3,
    'Which other options, if any, have you looked at?',
    'We are looking at Zendesk and another vendor, mostly because of the price.',
  ],
  ['close', 3, 'If you could change one thing, what would it be?', 'Own your mistakes.'],
]);

const CLASSIC_FR = transcriptOf([
  [
    'context',
    0,
    'Comment décririez-vous votre expérience avec le produit ces derniers temps ?',
    "Le produit ne fonctionne pas comme prévu. Le support n'est pas en cause, ils font ce qu'ils peuvent.",
  ],
  [
    'surface',
    0,
    'Racontez-moi un moment récent où vous avez été confronté à « ne fonctionne pas ».',
    "La semaine dernière, l'export a planté deux fois avant le comité de direction.",
  ],
  [
    'laddering',
    1,
    "Quand vous dites « l'export a planté », à quoi cela ressemble-t-il au quotidien ?",
    'Je refais les chiffres à la main dans Excel, ça me prend toute la matinée.',
  ],
  [
    'laddering',
    2,
    "Qu'est-ce que « refaire les chiffres » entraîne ensuite pour vous ?",
    'Mon directeur me demande pourquoi on paie aussi cher pour ça.',
  ],
  [
    'laddering',
    3,
    'Pourquoi est-ce que cela compte pour vous personnellement ?',
    "C'est moi qui ai poussé ce choix. Pendant la démo, on nous a promis une intégration qui n'existe pas, " +
      "et depuis la direction n'a plus confiance. Je passe pour un amateur.",
  ],
  ['comparative', 3, 'Quelles autres options avez-vous regardées ?', 'On regarde Zendesk et un autre fournisseur.'],
]);

describe('codeTranscriptOffline: the classic detractor', () => {
  it('codes the stated reason as reliability and the root as trust or the sales gap (en)', () => {
    const coding = code(CLASSIC_EN);
    expect(coding).toMatchObject({ coder: 'offline', taxonomyVersion: 3, statedDriverKey: 'reliability' });
    expect(['trust', 'sales_gap']).toContain(coding.rootDriverKey);
    expect(coding.rootDriverKey).not.toBe(coding.statedDriverKey);
    expect(coding.excerpts.find((e) => e.turnSeq === 1)).toMatchObject({
      driverKey: 'reliability',
      categoryKey: 'product',
      role: 'stated',
      quote: "The product doesn't work as expected.",
      sentiment: 'negative',
    });
    expect(coding.excerpts.filter((e) => e.role === 'root').map((e) => e.sentiment)).toEqual(['negative', 'negative']);
    expect(coding.sentimentScore).toBeLessThan(0);
    expect(coderLabel).toBe('offline');
  });

  it('codes the same interview in French', () => {
    const coding = code(CLASSIC_FR, 'fr');
    expect(coding.statedDriverKey).toBe('reliability');
    expect(['trust', 'sales_gap']).toContain(coding.rootDriverKey);
    expect(drivers(coding, 1)).toEqual(['reliability']);
    expect(drivers(coding, 9)).toEqual(expect.arrayContaining(['integrations', 'trust', 'sales_gap']));
    expect(coding).toMatchObject({ competitors: ['Zendesk'], competitorMentioned: true });
  });

  it('assigns roles from what the answers revealed, not from the question asked', () => {
    const roles = (coding: TranscriptCoding): Record<number, string[]> =>
      Object.fromEntries(
        [...new Set(coding.excerpts.map((e) => e.turnSeq))].map((seq) => [
          seq,
          [...new Set(coding.excerpts.filter((e) => e.turnSeq === seq).map((e) => e.role))],
        ]),
      );
    // The reason and the example that explains it are stated; the answer at the deepest level revealed (a stake of
    // their own) is root; the concrete impact, the consequence and the comparative answer support.
    expect(roles(code(CLASSIC_EN))).toEqual({
      1: ['stated'],
      3: ['stated'],
      5: ['supporting'],
      7: ['supporting'],
      9: ['root'],
      11: ['supporting'],
    });
    expect(roles(code(CLASSIC_FR, 'fr'))).toEqual({
      1: ['stated'],
      3: ['stated'],
      5: ['supporting'],
      7: ['supporting'],
      9: ['root'],
      11: ['supporting'],
    });
  });

  it('reports named competitors per excerpt and for the whole transcript, and codes them as competitive', () => {
    const coding = code(CLASSIC_EN);
    expect(coding).toMatchObject({ competitors: ['Zendesk'], competitorMentioned: true });
    expect(coding.excerpts.find((e) => e.driverKey === 'competitive')).toMatchObject({
      turnSeq: 11,
      competitors: ['Zendesk'],
      role: 'supporting',
    });
  });
});

describe('codeTranscriptOffline: quotes', () => {
  it('quotes whole sentences verbatim at their spans', () => {
    const tricky = transcriptOf([
      ['context', 0, 'How would you describe it?', '  Support is slow.\n\nSupport is slow!  And the demo… was a lie?  '],
      ['surface', 0, 'Tell me more.', 'L’outil plante. L’outil plante encore, c’est « inadmissible ».'],
    ]);
    for (const [transcript, language] of [
      [CLASSIC_EN, 'en'],
      [CLASSIC_FR, 'fr'],
      [tricky, 'fr'],
    ] as const) {
      const coding = code(transcript, language);
      expect(coding.excerpts.length).toBeGreaterThan(0);
      for (const excerpt of coding.excerpts) {
        const turn = transcript.find((t) => t.seq === excerpt.turnSeq)!;
        expect(turn.role).toBe('respondent');
        expect(turn.text.slice(excerpt.start, excerpt.end)).toBe(excerpt.quote);
        expect(excerpt.quote).toBe(excerpt.quote.trim());
      }
    }
    expect(code(tricky).excerpts.find((e) => e.driverKey === 'support')).toMatchObject({ start: 2, end: 18, quote: 'Support is slow.' });
  });

  it('gives at most one excerpt per turn and driver, from the first sentence that matches', () => {
    const coding = code(
      transcriptOf([['surface', 0, 'Tell me more.', 'It crashed on Monday. It crashed again on Tuesday. Then it was down all Friday.']]),
    );
    expect(coding.excerpts.map((e) => [e.driverKey, e.quote])).toEqual([['reliability', 'It crashed on Monday.']]);
  });
});

describe('codeTranscriptOffline: negation', () => {
  it.each<[string, string]>([
    ['en', 'We have no problem with support at all.'],
    ['en', "Support isn't the issue here."],
    ['en', 'There is nothing wrong with the support team.'],
    ['en', 'We never had an outage.'],
    ['fr', "Le support n'est pas en cause."],
    ['fr', "Nous n'avons aucun souci avec le support."],
    ['fr', "Le support n'y est pour rien."],
  ])('%s: "%s" codes nothing', (language, answer) => {
    expect(code(transcriptOf([['surface', 0, 'Tell me more.', answer]]), language).excerpts).toEqual([]);
  });

  it('still codes the clause that is not negated, and negated quality words', () => {
    const coding = code(
      transcriptOf([['surface', 0, 'Tell me more.', 'No problem with support, but the app is not reliable and billing is a mess.']]),
    );
    expect(coding.excerpts.map((e) => e.driverKey)).toEqual(['reliability', 'billing']);
    expect(coding.excerpts[0].sentiment).toBe('negative');
    const fr = code(
      transcriptOf([['surface', 0, "Dites-m'en plus.", "Le support n'est pas en cause. Par contre l'outil n'est pas fiable."]]),
      'fr',
    );
    expect(fr.excerpts.map((e) => e.driverKey)).toEqual(['reliability']);
  });
});

describe('codeTranscriptOffline: stated and root drivers', () => {
  it('breaks a tie in the first stated sentence by frequency across stated excerpts', () => {
    const coding = code(
      transcriptOf([
        ['context', 0, 'How would you describe it?', 'It is slow and support never answers.'],
        ['surface', 0, 'Tell me more.', 'Tickets sit for days.'],
      ]),
    );
    expect(drivers(coding, 1)).toEqual(['performance', 'support']);
    expect(coding.statedDriverKey).toBe('support');
  });

  it('takes the root from the deepest level the answers revealed, whatever level the question was at', () => {
    const coding = code(
      transcriptOf([
        ['surface', 0, 'Tell me more.', 'Exports crash every week.'],
        ['laddering', 1, 'What does that look like?', 'I lost confidence in the vendor after the third outage.'],
        ['laddering', 3, 'Why does that matter to you personally?', 'Exports are slow too, honestly.'],
      ]),
    );
    expect(coding.excerpts.map((e) => [e.turnSeq, e.driverKey, e.role])).toEqual([
      [1, 'reliability', 'stated'],
      [3, 'trust', 'stated'],
      [3, 'reliability', 'stated'],
      [5, 'performance', 'supporting'],
    ]);
    expect(coding).toMatchObject({ statedDriverKey: 'reliability', rootDriverKey: 'trust', rootNote: null });
  });

  it('prefers a trust-like driver when the deepest answer codes several', () => {
    const coding = code(
      transcriptOf([
        ['context', 0, 'How would you describe it?', 'The reports are slow.'],
        ['surface', 0, 'Tell me more.', 'Every Monday the weekly report takes 20 minutes.'],
        [
          'laddering',
          2,
          'What is at stake for you?',
          'My reports are still slow and the account manager never calls back, so my credibility suffers.',
        ],
      ]),
    );
    expect(drivers(coding, 5)).toEqual(expect.arrayContaining(['performance', 'account_management']));
    expect(['account_management', 'trust']).toContain(coding.rootDriverKey);
  });

  it("reads a doesn't-work reason with the example that explains it: a demo promise not delivered is the sales gap", () => {
    const coding = code(
      transcriptOf([
        ['context', 0, 'How would you describe it?', 'Frankly it does not work the way our team was led to believe.'],
        [
          'surface',
          0,
          'Tell me more.',
          'The salesperson demoed automatic invoice matching, and what we got needs manual matching for every line.',
        ],
      ]),
    );
    expect(coding.statedDriverKey).toBe('sales_gap');
    const plain = code(transcriptOf([['context', 0, 'How would you describe it?', 'Frankly it does not work, it crashes twice a day.']]));
    expect(plain.statedDriverKey).toBe('reliability');
  });

  it('reads the stated window and maps the root stake in French', () => {
    const gap = code(
      transcriptOf([
        ['context', 0, 'Comment le décririez-vous ?', "Franchement, ça ne fonctionne pas comme on nous l'avait présenté."],
        [
          'surface',
          0,
          'Racontez-moi.',
          'Pendant la démo, le commercial nous a montré un rapprochement automatique des factures, et nous devons tout faire à la main.',
        ],
      ]),
      'fr',
    );
    expect(gap.statedDriverKey).toBe('sales_gap');
    const stake = code(
      transcriptOf([
        ['context', 0, 'Comment le décririez-vous ?', 'Les exports sont lents.'],
        ['surface', 0, 'Racontez-moi.', 'Chaque lundi le rapport hebdomadaire met vingt minutes.'],
        [
          'laddering',
          2,
          'Pourquoi est-ce important ?',
          "Je me suis engagé auprès de mon directeur sur ce projet et aujourd'hui je passe pour un amateur.",
        ],
      ]),
      'fr',
    );
    expect(stake).toMatchObject({ statedDriverKey: 'performance', rootDriverKey: 'trust', rootNote: null });
  });

  it('maps a root stake the answer codes no driver for to the driver that stands for it, or says none does', () => {
    const lines: Line[] = [
      ['context', 0, 'How would you describe it?', 'Los informes fallan cada semana.'],
      ['surface', 0, 'Tell me more.', 'The sync fails every week before the quarterly review.'],
      [
        'laddering',
        2,
        'Why does that matter to you?',
        'I vouched for this purchase in front of my director, and now I look like an amateur.',
      ],
    ];
    expect(code(transcriptOf(lines))).toMatchObject({ rootDriverKey: 'trust', rootNote: null });
    const productOnly: TaxonomyContent = { categories: [DEFAULT_TAXONOMY.categories[0]] };
    const noTrust = code(transcriptOf(lines), 'en', productOnly);
    expect(noTrust.rootDriverKey).toBeNull();
    expect(noTrust.rootNote).toMatch(/No driver of the taxonomy stands for the root/);
    expect(noTrust.rootNote).toMatch(/vouched|look like/);
  });

  it('has no root driver when laddering never went past level 1, and nulls on an empty transcript', () => {
    const shallow = code(
      transcriptOf([
        ['context', 0, 'How would you describe it?', 'It is too expensive.'],
        ['laddering', 1, 'What does that look like?', 'We pay for forty seats and use ten.'],
      ]),
    );
    expect(shallow).toMatchObject({ statedDriverKey: 'pricing_value', rootDriverKey: null });
    expect(code([])).toEqual({
      coder: 'offline',
      taxonomyVersion: 3,
      excerpts: [],
      statedDriverKey: null,
      rootDriverKey: null,
      rootNote: null,
      competitors: [],
      competitorMentioned: false,
      sentimentScore: 0,
    });
  });
});

describe('codeTranscriptOffline: promoters and custom taxonomies', () => {
  it('reads a promoter as positive', () => {
    const coding = code(
      transcriptOf([
        ['context', 0, 'How would you describe it?', 'Honestly it is great. The dashboards are fast and the team loves them.'],
        ['surface', 0, 'What is behind that?', 'Support is fantastic, they answer within the hour.'],
        ['laddering', 2, 'Why does that matter to you?', 'I can trust them, which gives me peace of mind with my boss.'],
      ]),
    );
    expect(coding.sentimentScore).toBeGreaterThan(0.3);
    expect(coding.excerpts.map((e) => [e.driverKey, e.sentiment])).toEqual([
      ['performance', 'positive'],
      ['support', 'positive'],
      ['trust', 'positive'],
    ]);
    expect(coding).toMatchObject({ statedDriverKey: 'performance', rootDriverKey: 'trust' });
  });

  it('matches a custom driver from its label, description and examples', () => {
    const taxonomy: TaxonomyContent = {
      categories: [
        {
          key: 'esg',
          label: 'ESG',
          drivers: [
            {
              key: 'carbon_reporting',
              label: 'Carbon reporting',
              description: 'Emissions tracking and sustainability disclosures',
              examples: ['our auditors need scope 3 numbers'],
            },
          ],
        },
        {
          key: 'relationship',
          label: 'Relationship',
          drivers: [
            {
              key: 'partnership',
              label: 'Partnership',
              description: 'Whether the vendor keeps its word and feels like a partner',
              examples: ['they treat us like a ticket number'],
            },
          ],
        },
      ],
    };
    const coding = code(
      transcriptOf([
        ['surface', 0, 'Tell me more.', 'We cannot produce the emission figures our auditor asks for. The rest is fine.'],
        ['laddering', 3, 'Why does that matter to you?', 'They treat us like a ticket number, not a partner.'],
      ]),
      'en',
      taxonomy,
    );
    expect(coding.excerpts.map((e) => [e.driverKey, e.categoryKey, e.quote])).toEqual([
      ['carbon_reporting', 'esg', 'We cannot produce the emission figures our auditor asks for.'],
      ['partnership', 'relationship', 'They treat us like a ticket number, not a partner.'],
    ]);
    expect(coding).toMatchObject({ statedDriverKey: 'carbon_reporting', rootDriverKey: 'partnership' });
  });

  it('rejects a taxonomy that breaks the contract', () => {
    const broken = { categories: [{ key: 'x', label: 'X', drivers: [] }] } as TaxonomyContent;
    expect(() => code(CLASSIC_EN, 'en', broken)).toThrow();
  });
});

describe('codeTranscriptOffline: determinism', () => {
  it('gives the same coding for the same input, whatever the order of the turns', () => {
    const first = code(CLASSIC_EN);
    expect(code(CLASSIC_EN)).toEqual(first);
    expect(code([...CLASSIC_EN].reverse())).toEqual(first);
    expect(JSON.stringify(code(CLASSIC_FR, 'fr'))).toBe(JSON.stringify(code(CLASSIC_FR, 'fr')));
  });
});
