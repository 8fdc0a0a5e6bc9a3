import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../../api/client';
import { ruleRow } from './alert.fixture';
import { createInput, emptyRuleForm, formFromRule, groupByOf, localProblems, problemFromError, updateInput } from './rule-form';

describe('rule form', () => {
  it('sends the baseline as days or previousWave, never both, and the ticked then typed attributes once', () => {
    const form = { ...emptyRuleForm(), name: ' EMEA drop ', groupBy: ['region'], extraGroupBy: 'tier, region, ' };
    expect(createInput(form, 's1')).toEqual({
      studyId: 's1',
      name: 'EMEA drop',
      metric: 'NPS',
      direction: 'WORSE',
      groupBy: ['region', 'tier'],
      window: { days: 7 },
      baseline: { days: 28 },
      minN: 30,
      minDelta: 10,
      level: 0.05,
      enabled: true,
      ownerEmail: '',
    });
    expect(updateInput({ ...form, baselineKind: 'previousWave' }, 'r1')).toMatchObject({ id: 'r1', baseline: { previousWave: true } });
  });

  it('reads a rule back into the form: known attributes ticked, the others typed', () => {
    const form = formFromRule(ruleRow({ groupBy: ['band', 'plan'], baseline: { days: null, previousWave: true } }), ['band', 'region']);
    expect(form).toMatchObject({ groupBy: ['band'], extraGroupBy: 'plan', baselineKind: 'previousWave', baselineDays: 28 });
    expect(groupByOf(form)).toEqual(['band', 'plan']);
  });

  it("reads the owner back, sends it trimmed and an emptied field as '' (which clears it)", () => {
    const form = formFromRule(ruleRow({ ownerEmail: 'dana@acme.example' }), []);
    expect(form.ownerEmail).toBe('dana@acme.example');
    expect(formFromRule(ruleRow({ ownerEmail: null }), []).ownerEmail).toBe('');
    expect(updateInput({ ...form, ownerEmail: '  lee@acme.example ' }, 'r1').ownerEmail).toBe('lee@acme.example');
    expect(updateInput({ ...form, ownerEmail: '   ' }, 'r1').ownerEmail).toBe('');
  });

  it('asks for a name and numbers before sending; the baseline days only when they are the baseline', () => {
    const form = { ...emptyRuleForm(), windowDays: '' as const, baselineDays: '' as const };
    expect(Object.keys(localProblems(form)).sort()).toEqual(['baselineDays', 'name', 'windowDays']);
    expect(Object.keys(localProblems({ ...form, name: 'x', windowDays: 7, baselineKind: 'previousWave' }))).toEqual([]);
  });

  it('puts an API error next to the field it names, by code', () => {
    const err = (code: string, extensions: Record<string, unknown> = {}) =>
      new GraphQLRequestError(`msg ${code}`, code, { code, ...extensions });
    expect(problemFromError(err('INVALID_ALERT_RULE', { field: 'baseline' }))).toEqual({ baselineDays: 'msg INVALID_ALERT_RULE' });
    expect(problemFromError(err('INVALID_ALERT_RULE', { field: 'studyId' }))).toEqual({ form: 'msg INVALID_ALERT_RULE' });
    expect(problemFromError(err('INVALID_GROUP_BY'))).toEqual({ groupBy: 'msg INVALID_GROUP_BY' });
    const bad = err('BAD_USER_INPUT', {
      fields: [{ property: 'window', children: [{ property: 'days', constraints: { max: 'too big' } }] }],
    });
    expect(problemFromError(bad)).toEqual({ windowDays: 'msg BAD_USER_INPUT' });
    expect(problemFromError(err('BAD_USER_INPUT', { fields: [{ property: 'minN' }] }))).toEqual({ minN: 'msg BAD_USER_INPUT' });
    expect(problemFromError(err('BAD_USER_INPUT', { field: 'ownerEmail' }))).toEqual({ ownerEmail: 'msg BAD_USER_INPUT' });
    expect(problemFromError(err('FORBIDDEN')).form).toMatch(/viewer keys are read-only/);
  });
});
