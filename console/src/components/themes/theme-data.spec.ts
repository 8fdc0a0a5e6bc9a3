import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { theme } from '../insights/insights.fixture';
import AnalysisProgress from './AnalysisProgress.vue';
import { barGeometry, prevalenceFor, progressPercent, progressText, sentimentLabel, themesForTab } from './theme-data';

const themes = [
  theme('slow', 1, { DETRACTOR: [3, 10], PASSIVE: [1, 10] }),
  theme('price', 2, { DETRACTOR: [6, 10] }),
  theme('love', 3, { PROMOTER: [5, 40] }, { scope: 'PROMOTER', sentimentScore: 0.6 }),
];

describe('themesForTab', () => {
  it("lists a band's themes most prevalent there first, leaving out those it never cites", () => {
    expect(themesForTab(themes, 'DETRACTOR').map((t) => t.key)).toEqual(['price', 'slow']);
    expect(themesForTab(themes, 'PROMOTER').map((t) => t.key)).toEqual(['love']);
  });

  it("lists every theme by rank across bands, with each band's prevalence", () => {
    expect(themesForTab([...themes].reverse(), 'ALL').map((t) => t.key)).toEqual(['slow', 'price', 'love']);
    expect(prevalenceFor(themes[0], 'ALL').map((p) => p.band)).toEqual(['DETRACTOR', 'PASSIVE', 'PROMOTER']);
    expect(prevalenceFor(themes[0], 'PASSIVE').map((p) => p.count)).toEqual([1]);
  });
});

describe('barGeometry', () => {
  it('places the share bar and the Wilson whisker on a 0-100% track, clamped', () => {
    expect(barGeometry({ share: 0.3, low: 0.1, high: 0.6 })).toEqual({ share: '30.0%', low: '10.0%', width: '50.0%' });
    expect(barGeometry({ share: null, low: 0, high: 1.2 })).toEqual({ share: '0.0%', low: '0.0%', width: '100.0%' });
  });
});

describe('sentimentLabel', () => {
  it('names the tone of a -1..1 score', () => {
    expect(sentimentLabel(-0.45)).toEqual({ label: 'negative (-0.45)', tone: 'negative' });
    expect(sentimentLabel(0.1).tone).toBe('neutral');
    expect(sentimentLabel(0.6).tone).toBe('positive');
  });
});

describe('analysis progress', () => {
  it('counts coded interviews out of the total while running', () => {
    expect(progressText({ status: 'RUNNING', coded: 6, total: 12 })).toBe('6 / 12 interviews coded');
    expect(progressText({ status: 'RUNNING', coded: 14, total: 12 })).toBe('12 / 12 interviews coded');
    expect(progressText({ status: 'RUNNING', coded: 0, total: 0 })).toBe('Starting…');
    expect(progressText({ status: 'COMPLETED', coded: 12, total: 12 })).toBe('Completed: 12 interviews coded');
    expect(progressText({ status: 'FAILED', coded: 3, total: 12 })).toBe('Failed after 3 of 12 interviews');
  });

  it('fills the bar to the progress, full once completed', () => {
    expect(progressPercent({ status: 'RUNNING', progress: 0.504 })).toBe(50);
    expect(progressPercent({ status: 'COMPLETED', progress: 0.9 })).toBe(100);
    const w = mount(AnalysisProgress, { props: { state: { status: 'RUNNING', coded: 3, total: 12, progress: 0.25 } } });
    expect(w.get('[data-testid="analysis-progress"]').attributes('data-status')).toBe('RUNNING');
    expect(w.get('[role="progressbar"]').attributes('aria-valuenow')).toBe('25');
    expect(w.get('.themes-progress-fill').attributes('style')).toContain('width: 25%');
  });
});
