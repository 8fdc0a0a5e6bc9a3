import { mount, RouterLinkStub } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { quote } from '../insights/insights.fixture';
import SummaryAction from './SummaryAction.vue';

const action = {
  id: 'x1',
  rank: 1,
  title: 'Fix slow dashboards',
  rationale: 'Mentioned by 75% of detractors.',
  impactPoints: 12.34,
  impactExplanation: 'If the detractors who share it became passives, NPS would rise by up to 12.3 points. An upper bound.',
  themes: [{ id: 't1', key: 'slow', label: 'Slow dashboards', scope: 'DETRACTOR' as const }],
  quotes: [quote('q1', 'DETRACTOR', 5)],
};

describe('SummaryAction', () => {
  const w = mount(SummaryAction, { props: { action, studyId: 'st1', waveId: 'w1' }, global: { stubs: { RouterLink: RouterLinkStub } } });

  it('shows the estimated impact and explains it behind a disclosure', () => {
    expect(w.get('[data-testid="action-impact"]').text()).toBe('up to +12.3 NPS points');
    const explanation = w.get('[data-testid="action-explanation"]');
    expect(explanation.element.tagName).toBe('DETAILS');
    expect(explanation.get('summary').text()).toBe('How is this estimated?');
    expect(explanation.text()).toContain('An upper bound.');
  });

  it('links its themes to the themes explorer and its quotes to their transcript turn', () => {
    const links = w.get('[data-testid="action-evidence"]').findAllComponents(RouterLinkStub);
    expect(links.map((l: { props: (name: string) => unknown }) => l.props('to'))).toEqual([
      { name: 'themes', params: { id: 'st1' }, query: { wave: 'w1', theme: 'slow' } },
      { name: 'transcript', params: { id: 'st1', sessionId: 's-q1' }, query: { turn: '5' } },
    ]);
  });
});
