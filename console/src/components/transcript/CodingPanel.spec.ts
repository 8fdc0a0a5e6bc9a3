import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import CodingPanel from './CodingPanel.vue';
import TranscriptView from './TranscriptView.vue';
import { highlight, type TranscriptExcerpt } from './transcript-items';
import { QUOTE, transcriptSession } from './transcript.fixture';

const excerpt = (
  turnSeq: number,
  start: number,
  end: number,
  role: TranscriptExcerpt['role'],
  driverLabel: string,
  quote = '',
): TranscriptExcerpt => ({ driverKey: driverLabel.toLowerCase(), driverLabel, quote, turnSeq, start, end, role, sentiment: 'NEGATIVE' });
// Turn 3 reads "Dashboards are slow. <QUOTE>"; turn 5 "Ten minutes per report."
const excerpts = [
  excerpt(3, 0, 19, 'STATED', 'Performance'),
  excerpt(3, 21, 40, 'SUPPORTING', 'Competitive alternatives'),
  excerpt(5, 0, 11, 'ROOT', 'Productivity'),
];
const coding = {
  coder: 'OFFLINE' as const,
  taxonomyVersion: 2,
  sentimentScore: -0.5,
  competitors: ['Acme'],
  statedDriver: { key: 'performance', label: 'Performance' },
  rootDriver: { key: 'productivity', label: 'Productivity' },
  excerpts,
  inGoldenSet: false,
  correction: null,
};

describe('coded excerpts in the transcript', () => {
  const s = transcriptSession();
  const w = mount(TranscriptView, { props: { turns: s.turns, escalations: s.escalations, excerpts, focusTurn: 5 } });
  const turns = w.findAll('[data-testid="transcript-turn"]');

  it('highlights each excerpt in its respondent turn with its driver', () => {
    const coded = turns[3].findAll('[data-testid="coded-excerpt"]');
    expect(coded.map((c) => c.text())).toEqual(['Dashboards are slowPerformance']);
    expect(coded[0].attributes('title')).toBe('Performance · stated driver · negative');
    expect(turns[5].get('[data-testid="coded-excerpt"]').classes()).toContain('transcript-code-root');
  });

  it('keeps the escalation quote where an excerpt overlaps it, and the text whole', () => {
    expect(turns[3].get('[data-testid="escalation-quote"]').text()).toBe(QUOTE);
    expect(
      highlight('Dashboards are slow. x', [], [excerpts[0]])
        .map((seg) => seg.text)
        .join(''),
    ).toBe('Dashboards are slow. x');
  });

  it('marks the turn a link pointed at', () => {
    expect(turns.map((t) => t.attributes('data-focused'))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      'true',
      undefined,
    ]);
    expect(turns[5].attributes('id')).toBe('turn-5');
  });
});

describe('CodingPanel', () => {
  it('shows the stated against the root driver, the coder and the taxonomy version', () => {
    const w = mount(CodingPanel, { props: { coding } });
    expect(w.get('[data-testid="coding-stated"]').text()).toBe('Performance');
    expect(w.get('[data-testid="coding-root"]').text()).toMatch(/^Productivity\s*differs$/);
    expect(w.text()).toContain('offline coder · taxonomy v2');
    expect(w.text()).toContain('Acme');
  });

  it('says when the transcript is not coded yet', () => {
    expect(mount(CodingPanel, { props: { coding: null } }).text()).toContain('Not coded yet');
  });
});
