import { describe, expect, it } from 'vitest';
import { bandOf, type Band } from '@ladder/contracts';
import { CHAINS, personaFor, type RespondentRecord } from './personas.js';

const respondent = (i: number, over: Partial<RespondentRecord> = {}): RespondentRecord => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  externalId: `DEMO-${i}`,
  score: i % 11,
  language: 'en',
  attributes: { tier: 'SMB', region: 'EMEA', product_line: 'Analytics', tenure_months: '14' },
  ...over,
});
const many = Array.from({ length: 300 }, (_, i) => personaFor(respondent(i)));

describe('personaFor', () => {
  it('answers in English when the respondent has no language (the interview detects it)', () => {
    const p = personaFor({ id: 'r-none', externalId: 'r-none', score: 4, language: null, attributes: {} });
    expect(p.answerLanguage).toBe('en');
    expect(p.language).toBe('en');
  });

  it('gives the same persona for the same respondent, and different ones across respondents', () => {
    expect(personaFor(respondent(7))).toEqual(personaFor(respondent(7)));
    expect(new Set(many.map((p) => p.driver.chain)).size).toBeGreaterThan(20);
    expect(new Set(many.map((p) => p.verbosity))).toEqual(new Set(['terse', 'normal', 'verbose']));
  });

  it('takes the band from the score and the chain from that band', () => {
    expect([0, 6, 7, 8, 9, 10].map(bandOf)).toEqual(['detractor', 'detractor', 'passive', 'passive', 'promoter', 'promoter']);
    for (const p of many) expect(CHAINS[p.band].map((c) => c.id)).toContain(p.driver.chain);
  });

  it('writes French personas in French and any other language in English', () => {
    const fr = personaFor(respondent(3, { language: 'fr' }));
    const entry = CHAINS[fr.band].find((c) => c.id === fr.driver.chain)!;
    expect(fr.answerLanguage).toBe('fr');
    expect(fr.chain.stated).toBe(entry.fr.stated);
    const de = personaFor(respondent(3, { language: 'de' }));
    expect(de).toMatchObject({ language: 'de', answerLanguage: 'en', chain: { stated: entry.en.stated } });
  });

  it('flags a small share as urgent, and an urgent competitor evaluation names the competitor', () => {
    const urgent = many.filter((p) => p.urgent);
    expect(urgent.length).toBeGreaterThan(5);
    expect(urgent.length).toBeLessThan(many.length * 0.15);
    expect(urgent.every((p) => p.band !== 'promoter')).toBe(true);
    for (const p of urgent.filter((u) => u.urgent === 'competitor_evaluation')) expect(p.competitor).toBeTruthy();
  });
});

describe('the chain catalogue', () => {
  const all = Object.values(CHAINS).flat();

  it('holds several chains per band, each written in English and French', () => {
    for (const band of ['detractor', 'passive', 'promoter'] as Band[]) expect(CHAINS[band].length).toBeGreaterThanOrEqual(8);
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    for (const chain of all) {
      for (const field of ['stated', 'impact', 'consequence', 'root', 'example', 'change'] as const) {
        expect(chain.en[field].length, `${chain.id}.en.${field}`).toBeGreaterThan(10);
        expect(chain.fr[field], `${chain.id}.fr.${field}`).not.toBe(chain.en[field]);
      }
    }
  });

  it('has a root driver that differs from the stated reason in most chains', () => {
    const differing = all.filter((c) => c.drivers.root !== c.drivers.stated);
    expect(differing.length / all.length).toBeGreaterThan(0.8);
    expect(differing.length).toBeLessThan(all.length);
  });

  it('says the root in terms of trust, reputation, career or feeling valued in most chains', () => {
    const motive = /trust|reputation|credib|career|valued|heard|matter|partner|peace of mind|let down|proud|look good|stretched/i;
    expect(all.filter((c) => motive.test(c.en.root)).length / all.length).toBeGreaterThan(0.75);
  });
});
