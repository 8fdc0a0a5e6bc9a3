import { describe, expect, it } from 'vitest';
import { BANDS, bandOf, THEME_SCOPES } from './vocabulary.js';

describe('bandOf', () => {
  it('cuts NPS scores at 6 and 8', () => {
    const bands = Array.from({ length: 11 }, (_, score) => bandOf(score));
    expect(bands).toEqual([...Array(7).fill('detractor'), 'passive', 'passive', 'promoter', 'promoter']);
  });

  it('only ever answers one of the bands', () => {
    for (let score = 0; score <= 10; score++) expect(BANDS).toContain(bandOf(score));
  });
});

describe('theme scopes', () => {
  it('are every band plus cross-band', () => {
    expect(THEME_SCOPES).toEqual(['cross-band', 'detractor', 'passive', 'promoter']);
  });
});
