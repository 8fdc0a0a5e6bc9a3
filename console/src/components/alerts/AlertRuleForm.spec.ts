import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubGraphQL } from '../live/fake-fetch';
import { ruleRow } from './alert.fixture';
import AlertRuleForm from './AlertRuleForm.vue';

afterEach(() => vi.unstubAllGlobals());
enableAutoUnmount(afterEach);

const problem = (w: ReturnType<typeof mount>, field: string) => w.find(`[data-testid="field-problem"][data-field="${field}"]`);

describe('AlertRuleForm', () => {
  it('creates a rule with the ticked attributes and emits it', async () => {
    const sent = stubGraphQL({ CreateAlertRule: { data: { createAlertRule: ruleRow({ id: 'r9' }) } } });
    const w = mount(AlertRuleForm, { props: { studyId: 's1', attributes: ['band', 'region'] } });
    await w.get('[data-testid="rule-name"]').setValue('EMEA drop');
    await w.get('[data-testid="rule-group-region"]').setValue(true);
    await w.get('[data-testid="rule-baseline-previous"]').setValue(true);
    await w.get('form').trigger('submit');
    await flushPromises();
    expect(sent[0].operation).toBe('CreateAlertRule');
    expect(sent[0].variables.input).toMatchObject({
      studyId: 's1',
      name: 'EMEA drop',
      groupBy: ['region'],
      baseline: { previousWave: true },
    });
    expect(w.emitted('saved')?.[0]).toEqual([ruleRow({ id: 'r9' })]);
  });

  it('shows the API error next to the field it names and sends nothing without a name', async () => {
    const sent = stubGraphQL({
      CreateAlertRule: { errors: [{ message: '"a;b" is not a valid attribute name', extensions: { code: 'INVALID_GROUP_BY' } }] },
    });
    const w = mount(AlertRuleForm, { props: { studyId: 's1', attributes: ['band'] } });
    await w.get('form').trigger('submit');
    expect(problem(w, 'name').exists()).toBe(true);
    expect(sent).toHaveLength(0);
    await w.get('[data-testid="rule-name"]').setValue('Bad');
    await w.get('[data-testid="rule-group-extra"]').setValue('a;b');
    await w.get('form').trigger('submit');
    await flushPromises();
    expect(problem(w, 'groupBy').text()).toBe('"a;b" is not a valid attribute name');
    expect(problem(w, 'name').exists()).toBe(false);
  });

  it("sends the owner's address, and shows the API's refusal of it next to the owner field", async () => {
    const sent = stubGraphQL({
      UpdateAlertRule: (v) =>
        (v.input as { ownerEmail: string }).ownerEmail === 'not-an-address'
          ? {
              errors: [
                { message: '"not-an-address" is not an email address', extensions: { code: 'BAD_USER_INPUT', field: 'ownerEmail' } },
              ],
            }
          : { data: { updateAlertRule: ruleRow({ ownerEmail: 'lee@acme.example' }) } },
    });
    const w = mount(AlertRuleForm, {
      props: { studyId: 's1', attributes: ['region'], rule: ruleRow({ ownerEmail: 'dana@acme.example' }) },
    });
    const owner = w.get('[data-testid="rule-owner-email"]');
    expect((owner.element as HTMLInputElement).value).toBe('dana@acme.example');
    await owner.setValue('not-an-address');
    await w.get('form').trigger('submit');
    await flushPromises();
    expect(problem(w, 'ownerEmail').text()).toBe('"not-an-address" is not an email address');
    expect(w.emitted('saved')).toBeUndefined();
    await owner.setValue(' lee@acme.example ');
    await w.get('form').trigger('submit');
    await flushPromises();
    expect(sent.at(-1)?.variables.input).toMatchObject({ id: 'r1', ownerEmail: 'lee@acme.example' });
    expect(problem(w, 'ownerEmail').exists()).toBe(false);
    expect(w.emitted('saved')?.[0]).toEqual([ruleRow({ ownerEmail: 'lee@acme.example' })]);
  });

  it('edits a rule: its values filled in, an update of that id sent', async () => {
    const sent = stubGraphQL({ UpdateAlertRule: { data: { updateAlertRule: ruleRow({ minN: 50 }) } } });
    const w = mount(AlertRuleForm, { props: { studyId: 's1', attributes: ['band', 'region'], rule: ruleRow() } });
    expect((w.get('[data-testid="rule-name"]').element as HTMLInputElement).value).toBe('Region NPS drop');
    expect((w.get('[data-testid="rule-group-region"]').element as HTMLInputElement).checked).toBe(true);
    await w.get('[data-testid="rule-min-n"]').setValue('50');
    await w.get('form').trigger('submit');
    await flushPromises();
    expect(sent[0]).toMatchObject({ operation: 'UpdateAlertRule', variables: { input: { id: 'r1', minN: 50, groupBy: ['region'] } } });
  });
});
