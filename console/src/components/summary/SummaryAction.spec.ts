import { mount, RouterLinkStub } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { quote } from '../insights/insights.fixture';
import { impactBasis, impactText } from './impact-format';
import SummaryAction from './SummaryAction.vue';

const action = {
  id: 'x1',
  rank: 1,
  title: 'Give each new account a named implementation owner — 6 of 7 detractors mention “Stalled rollouts”',
  action: 'Give each new account a named implementation owner',
  evidence: '6 of 7 detractors mention “Stalled rollouts”',
  rationale: 'Rollouts stall without an owner.',
  impactPoints: 8.4,
  impactLow: 1.2,
  impactHigh: 15.3,
  impactN: 7,
  smallSample: true,
  impactExplanation:
    'The estimate assumes that resolving it would move every detractor who shares it to passive. 95% interval 1.2 to 15.3 points.',
  themes: [{ id: 't1', key: 'rollouts', label: 'Stalled rollouts', scope: 'DETRACTOR' as const }],
  quotes: [quote('q1', 'DETRACTOR', 5)],
};

const mountWith = (a: typeof action | Record<string, unknown>) =>
  mount(SummaryAction, {
    props: { action: a as typeof action, studyId: 'st1', waveId: 'w1' },
    global: { stubs: { RouterLink: RouterLinkStub } },
  });

describe('SummaryAction', () => {
  const w = mountWith(action);

  it('reads as an action with its evidence and counts', () => {
    expect(w.get('[data-testid="action-title"]').text()).toBe('Give each new account a named implementation owner');
    expect(w.get('[data-testid="action-evidence-text"]').text()).toBe('6 of 7 detractors mention “Stalled rollouts”');
  });

  it('shows the impact with its interval and the small sample, never the point alone, and explains it behind a disclosure', () => {
    expect(w.get('[data-testid="action-impact"]').text()).toBe('+8 points (95% CI 1 to 15)');
    const basis = w.get('[data-testid="action-basis"]');
    expect(basis.text()).toBe('7 interviews: small sample');
    expect(basis.classes()).toContain('small-sample');
    const explanation = w.get('[data-testid="action-explanation"]');
    expect(explanation.element.tagName).toBe('DETAILS');
    expect(explanation.get('summary').text()).toBe('How is this estimated?');
    expect(explanation.text()).toContain('The estimate assumes');
  });

  it('says an action stored before intervals has none, and shows its title', () => {
    const old = mountWith({ ...action, action: null, evidence: null, impactLow: null, impactHigh: null, impactN: null, smallSample: null });
    expect(old.get('[data-testid="action-title"]').text()).toBe(action.title);
    expect(old.find('[data-testid="action-evidence-text"]').exists()).toBe(false);
    expect(old.get('[data-testid="action-impact"]').text()).toBe('+8 points (no interval: analyse the wave again)');
    expect(old.find('[data-testid="action-basis"]').exists()).toBe(false);
  });

  it('links its themes to the themes explorer and its quotes to their transcript turn', () => {
    const links = w.get('[data-testid="action-evidence"]').findAllComponents(RouterLinkStub);
    expect(links.map((l: { props: (name: string) => unknown }) => l.props('to'))).toEqual([
      { name: 'themes', params: { id: 'st1' }, query: { wave: 'w1', theme: 'rollouts' } },
      { name: 'transcript', params: { id: 'st1', sessionId: 's-q1' }, query: { turn: '5' } },
    ]);
  });
});

describe('impact wording', () => {
  it('rounds to whole points and names a large sample without the flag', () => {
    expect(impactText({ impactPoints: 15.4, impactLow: 7.9, impactHigh: 25.2 })).toBe('+15 points (95% CI 8 to 25)');
    expect(impactBasis({ impactPoints: 15.4, impactN: 60, smallSample: false })).toBe('60 interviews');
    expect(impactBasis({ impactPoints: 0, impactN: 1, smallSample: true })).toBe('1 interview: small sample');
  });
});
