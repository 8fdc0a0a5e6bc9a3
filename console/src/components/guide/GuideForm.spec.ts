import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { GuideContentInput } from '../../gql/graphql';
import GuideForm from './GuideForm.vue';
import { guideFixture } from './fixtures';
import { toContentInput, type GuideIssue } from './guide-content';

function mountForm(issues: GuideIssue[] = [], readonly = false) {
  const emitted: GuideContentInput[] = [];
  const w = mount(GuideForm, {
    props: {
      modelValue: toContentInput(guideFixture().content),
      issues,
      readonly,
      'onUpdate:modelValue': (value: GuideContentInput) => {
        emitted.push(value);
        void w.setProps({ modelValue: value });
      },
    },
  });
  return { w, emitted, last: () => emitted.at(-1)! };
}
const phase = (w: ReturnType<typeof mountForm>['w'], key: string) => w.get(`[data-testid="guide-phase"][data-phase="${key}"]`);

describe('GuideForm', () => {
  it('shows the five phases in order', () => {
    const { w } = mountForm();
    expect(w.findAll('[data-testid="guide-phase"]').map((p) => p.attributes('data-phase'))).toEqual([
      'CONTEXT',
      'SURFACE',
      'LADDERING',
      'COMPARATIVE',
      'CLOSE',
    ]);
  });

  it('emits the whole content with the edited budget, objective and depth', async () => {
    const { w, last } = mountForm();
    await phase(w, 'LADDERING').get('[data-testid="guide-budget-turns"]').setValue('10');
    expect(last().phases[2].budget).toEqual({ turns: 10, minutes: 3 });
    expect(last().phases[1].budget).toEqual({ turns: 2, minutes: 3 });
    await phase(w, 'CLOSE').get('[data-testid="guide-objective"]').setValue('Ask for the one thing to change.');
    await w.get('[data-testid="guide-depth-max"]').setValue('6');
    expect(last().phases[4].objective).toBe('Ask for the one thing to change.');
    expect(last().phases[2].budget.turns).toBe(10);
    expect(last().ladderTargetDepth).toEqual({ min: 5, max: 6 });
  });

  it('keeps an emptied number as NaN instead of a made-up value', async () => {
    const { w, last } = mountForm();
    await phase(w, 'CONTEXT').get('[data-testid="guide-budget-minutes"]').setValue('');
    expect(Number.isNaN(last().phases[0].budget.minutes)).toBe(true);
  });

  it('adds and removes languages, questions and topics', async () => {
    const { w, last } = mountForm();
    const context = phase(w, 'CONTEXT');
    await context.get('[data-testid="guide-language-input"]').setValue('DE');
    await context
      .findAll('button')
      .find((b) => b.text() === 'Add language')!
      .trigger('click');
    expect(last().phases[0].openingQuestions).toEqual([
      { language: 'en', questions: ['Question 1?'] },
      { language: 'fr', questions: ['Question 1 ?'] },
      { language: 'de', questions: [''] },
    ]);
    await phase(w, 'CONTEXT').get('[data-language="de"] [data-testid="guide-question"]').setValue('Wie würden Sie es beschreiben?');
    await phase(w, 'CONTEXT')
      .get('[data-language="en"]')
      .findAll('button')
      .find((b) => b.text() === '+ Add question')!
      .trigger('click');
    await phase(w, 'CONTEXT').get('[aria-label="Remove language fr"]').trigger('click');
    expect(last().phases[0].openingQuestions).toEqual([
      { language: 'en', questions: ['Question 1?', ''] },
      { language: 'de', questions: ['Wie würden Sie es beschreiben?'] },
    ]);

    await w.get('[data-testid="guide-topic-input"]').setValue('pricing');
    await w.get('[data-testid="guide-topic-input"]').trigger('keydown', { key: 'Enter' });
    await w.get('[aria-label="Remove topic named employees"]').trigger('click');
    expect(last().topicsToAvoid).toEqual(['the numeric score itself', 'pricing']);
    expect(last().phases[1]).toEqual(toContentInput(guideFixture().content).phases[1]);
  });

  it('shows each issue next to the field its path names, and the rest above the form', () => {
    const { w } = mountForm([
      { path: 'phases.1.budget.turns', message: 'Too big: expected number to be <=20' },
      { path: 'phases.0.openingQuestions.en.0', message: 'a question needs at least 3 characters' },
      { path: 'ladderTargetDepth', message: 'min must not exceed max' },
      { path: 'topicsToAvoid.1', message: 'Too small' },
      { path: 'somewhere.else', message: 'unexpected' },
    ]);
    const surfaceIssues = phase(w, 'SURFACE').findAll('[data-testid="guide-issue"]');
    expect(surfaceIssues.map((i) => [i.attributes('data-path'), i.text()])).toEqual([
      ['phases.1.budget.turns', 'Too big: expected number to be <=20'],
    ]);
    expect(phase(w, 'CONTEXT').get('[data-language="en"] [data-testid="guide-issue"]').text()).toBe(
      'a question needs at least 3 characters',
    );
    expect(phase(w, 'LADDERING').find('[data-testid="guide-issue"]').exists()).toBe(false);
    expect(w.findAll('[data-testid="guide-topic"]')[1].get('[data-testid="guide-issue"]').text()).toBe('Too small');
    expect(w.get('.guide-unplaced').text()).toBe('somewhere.else: unexpected');
    expect(w.findAll('[data-testid="guide-issue"]')).toHaveLength(5);
  });

  it('is read-only for an older version', () => {
    const { w } = mountForm([], true);
    expect(w.get('fieldset').attributes('disabled')).toBeDefined();
  });
});
