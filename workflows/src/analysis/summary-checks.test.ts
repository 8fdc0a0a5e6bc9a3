import { describe, expect, it } from 'vitest';
import { checkSummary, citedCounts, type CheckedAction } from './summary-checks.js';

const good: CheckedAction = {
  rank: 1,
  title: 'Fix the failures customers run into — 6 of 7 detractors mention “Export failures”',
  action: 'Fix the failures customers run into',
  evidence: '6 of 7 detractors mention “Export failures”',
  impactPoints: 13.4,
  impactLow: 5.3,
  impactHigh: 24.7,
  impactN: 7,
  smallSample: true,
  impactExplanation: 'The estimate assumes that … 95% interval 5.3 to 24.7 points … Small sample: 7 interviews.',
};
const summary = 'Largest estimated NPS gains: Export failures (+13.4, 95% CI 5.3 to 24.7).';
const quotes = ['The export keeps failing every Monday and we rebuild the report by hand.'];

describe('summary checks', () => {
  it('passes a summary written as it should be', () => {
    const checks = checkSummary({ summary, themes: [{ label: 'Export failures', quotes }], actions: [good] });
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    expect(checks.length).toBeGreaterThanOrEqual(10);
  });

  it('fails a clipped label, missing counts, a bare point, a missing small-sample flag and a silent explanation', () => {
    const bad: CheckedAction = {
      ...good,
      title: 'Address pricing and value: learnt to work, cost',
      action: null,
      evidence: null,
      impactPoints: 43.6,
      impactLow: null,
      impactHigh: null,
      smallSample: false,
      impactExplanation: 'NPS would rise by up to 43.6 points.',
    };
    const failed = checkSummary({ summary, themes: [{ label: 'customers our size, internally talks', quotes }], actions: [bad] })
      .filter((c) => !c.ok)
      .map((c) => `${c.subject}: ${c.check}`);
    expect(failed).toEqual([
      'theme “customers our size, internally talks”: label fit to print (en)',
      'action #1: cites counts (N of M)',
      'action #1: action and evidence apart',
      'action #1: impact has an interval around it',
      'action #1: small sample flagged below 30 interviews',
      'action #1: explanation says what it assumes',
    ]);
    const other = checkSummary({ summary: summary.replace('5.3', '4.0'), themes: [], actions: [good] }).filter((c) => !c.ok);
    expect(other.map((c) => c.check)).toEqual(["names the top action's interval"]);
  });

  it('reads counts in every summary language and refuses impossible ones', () => {
    expect(citedCounts('4 sur 7 détracteurs et 1 sur 5 passifs')).toEqual([
      { count: 4, n: 7 },
      { count: 1, n: 5 },
    ]);
    expect(citedCounts('3 von 4 Kritikern')).toEqual([{ count: 3, n: 4 }]);
    const failed = checkSummary({ summary, themes: [], actions: [{ ...good, evidence: '8 of 7 detractors mention it' }] }).filter(
      (c) => !c.ok,
    );
    expect(failed.map((c) => c.check)).toEqual(['counts possible (N <= M, M > 0)']);
  });
});
