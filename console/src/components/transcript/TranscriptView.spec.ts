import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import QualityPanel from './QualityPanel.vue';
import TranscriptView from './TranscriptView.vue';
import { highlight } from './transcript-items';
import { QUOTE, transcriptSession } from './transcript.fixture';

describe('TranscriptView', () => {
  const s = transcriptSession();
  const w = mount(TranscriptView, { props: { turns: s.turns, escalations: s.escalations } });
  const turns = w.findAll('[data-testid="transcript-turn"]');

  it('renders every turn with a divider at each phase change', () => {
    expect(turns).toHaveLength(7);
    expect(w.findAll('[data-testid="phase-divider"]').map((d) => d.text())).toEqual(['Context', 'Surface reasons', 'Laddering']);
  });

  it('marks each moderator turn with its ladder level, action and author', () => {
    expect(w.findAll('[data-testid="ladder-marker"]').map((m) => m.text())).toEqual(['L0', 'L0', 'L1', 'L2']);
    expect(w.findAll('[data-testid="turn-action"]').map((m) => m.text())).toEqual(['open', 'advance', 'probe', 'clarify']);
    const authors = w.findAll('[data-testid="turn-author"]');
    expect(authors.map((a) => a.text())).toEqual(['Mistral', 'Offline fallback', 'Mistral', 'Mistral']);
    expect(authors[0].attributes('title')).toBe('mistral-small · 900 ms · 800 + 40 tokens');
    expect(authors[1].attributes('title')).toMatch(/offline moderator wrote this turn: Mistral timed out 3 times/);
  });

  it('marks caught leading questions with what the guard found', () => {
    const caught = w.findAll('[data-testid="leading-caught"]');
    expect(caught).toHaveLength(1);
    expect(caught[0].attributes('title')).toContain('yes/no question: "is it the UI"');
    expect(turns[4].text()).toContain('reuses their words');
  });

  it('highlights the escalation quote inside the respondent turn', () => {
    const quote = turns[3].get('[data-testid="escalation-quote"]');
    expect(quote.text()).toBe(QUOTE);
    expect(quote.attributes('title')).toBe('Escalated: Competitor evaluation');
    expect(turns[3].text()).toContain(`Dashboards are slow. ${QUOTE}`);
  });
});

describe('highlight', () => {
  it('splits around quotes and leaves text without quotes whole', () => {
    expect(highlight('a b c', [{ quote: 'b', reason: 'DISTRESS' }])).toEqual([
      { text: 'a ' },
      { text: 'b', reason: 'DISTRESS' },
      { text: ' c' },
    ]);
    expect(highlight('nothing here', [{ quote: 'else', reason: 'DISTRESS' }])).toEqual([{ text: 'nothing here' }]);
    expect(
      highlight('xy', [
        { quote: 'xy', reason: 'CHURN_RISK' },
        { quote: 'y', reason: 'DISTRESS' },
      ]),
    ).toEqual([{ text: 'xy', reason: 'CHURN_RISK' }]);
  });
});

describe('QualityPanel', () => {
  it('shows depth against the guide target, phases, catches, reuse, turns, cost and the guide version', () => {
    const w = mount(QualityPanel, { props: { session: transcriptSession() } });
    expect(w.get('[data-testid="quality-depth"]').text()).toBe('2 / target 5–7');
    expect(w.get('[data-testid="quality-probe-depth"]').text()).toBe('level 3');
    expect(w.get('[data-testid="quality-phases"]').text()).toMatch(/^3\/5/);
    expect(w.get('[data-testid="quality-leading"]').text()).toBe('1');
    expect(w.get('[data-testid="quality-reuse"]').text()).toBe('50% of 2 probes');
    expect(w.get('[data-testid="quality-guide"]').text()).toBe('detractor v3');
    expect(w.text()).toContain('12 min 34 s');
    expect(w.text()).toContain('1 offline fallback');
    expect(w.text()).toContain('$0.0021');
  });

  it('labels the offline moderator and waits for the first turn', () => {
    const w = mount(QualityPanel, { props: { session: transcriptSession({ moderator: 'OFFLINE', quality: null }) } });
    expect(w.text()).toContain('Offline moderator');
    expect(w.text()).toContain('Figures appear with the first turn.');
  });
});
