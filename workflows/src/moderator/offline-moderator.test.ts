import { describe, expect, it } from 'vitest';
import { nextTurn, openingTurn, type TranscriptTurn } from './offline-moderator.js';
import { keyPhrase } from './phrases.js';

const answer = (text: string): TranscriptTurn => ({ role: 'respondent', text, phase: 'x', ladderLevel: 0 });
const moderator = (ladderLevel = 0): TranscriptTurn => ({ role: 'moderator', text: '?', phase: 'x', ladderLevel });

describe('offline moderator', () => {
  it('opens per band without mentioning the score', () => {
    const openings = (['detractor', 'passive', 'promoter'] as const).map((b) => openingTurn(b, 'en').text);
    expect(new Set(openings).size).toBe(3);
    expect(openings[1]).toMatch(/reasonably satisfied but not enthusiastic/);
    for (const text of openings) expect(text).not.toMatch(/\b(score|\d+\s*(out of|\/)\s*10)\b/i);
  });

  it('probes with the respondent\'s own words and climbs the ladder', () => {
    const t: TranscriptTurn[] = [moderator(), answer('fine'), moderator(), answer('The reporting is clunky and slow to load.')];
    const probe = nextTurn('detractor', 'en', t);
    expect(probe).toMatchObject({ phase: 'laddering', ladderLevel: 1, closes: false });
    expect(probe.text).toContain('"reporting is clunky"');
    const deeper = nextTurn('detractor', 'en', [...t, { ...moderator(1) }, answer('My team rebuilds exports by hand.')]);
    expect(deeper.ladderLevel).toBe(2);
    expect(deeper.text).toContain('"team rebuilds exports by hand"');
  });

  it('is deterministic', () => {
    const t = [moderator(), answer('a'), moderator(), answer('Support never answers our tickets')];
    expect(nextTurn('passive', 'en', t)).toEqual(nextTurn('passive', 'en', t));
  });

  it('closes after six answers', () => {
    const t: TranscriptTurn[] = [moderator()];
    const phases: string[] = [];
    for (let i = 0; i < 6; i++) {
      t.push(answer(`answer number ${i} about onboarding delays`));
      const next = nextTurn('promoter', 'en', t);
      phases.push(next.phase);
      t.push({ role: 'moderator', text: next.text, phase: next.phase, ladderLevel: next.ladderLevel });
      if (i === 5) expect(next.closes).toBe(true);
      else expect(next.closes).toBe(false);
    }
    expect(phases).toEqual(['surface', 'laddering', 'laddering', 'comparative', 'close', 'close']);
  });

  it('never asks a yes/no question', () => {
    // A question opening on an auxiliary ("Is the UI...?", "Avez-vous...?") invites a yes or no.
    const yesNo = /^(is|are|was|were|do|does|did|can|could|would|will|have|has|est-ce|\p{L}+-(vous|il|elle|on)\b)/iu;
    for (const language of ['en', 'fr']) {
      for (const band of ['detractor', 'passive', 'promoter'] as const) {
        const t: TranscriptTurn[] = [{ ...openingTurn(band, language), role: 'moderator' }];
        for (let i = 0; i < 6; i++) {
          t.push(answer(`Answer ${i}: the exports break every month`));
          t.push({ ...nextTurn(band, language, t), role: 'moderator' });
        }
        for (const { text } of t.filter((turn) => turn.role === 'moderator')) {
          for (const sentence of text.split(/(?<=[.?!:])\s+/)) expect(sentence).not.toMatch(yesNo);
        }
      }
    }
  });

  it('speaks French, and falls back to English for other languages', () => {
    expect(openingTurn('promoter', 'fr-CA').text).toMatch(/^Merci/);
    expect(openingTurn('promoter', 'de').text).toMatch(/^Thanks/);
    const probe = nextTurn('detractor', 'fr', [moderator(), answer('bof'), moderator(), answer('Les rapports sont trop lents')]);
    expect(probe.text).toContain('« rapports sont trop lents »');
  });
});

describe('keyPhrase', () => {
  it('keeps the most specific clause, without leading or trailing filler', () => {
    expect(keyPhrase('Well, the sync with Salesforce drops fields, which is annoying')).toBe('sync with Salesforce drops fields');
    expect(keyPhrase('ok')).toBe('ok');
    expect(keyPhrase('   ')).toBeNull();
  });
});
