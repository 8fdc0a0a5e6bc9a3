import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubGraphQL } from '../live/fake-fetch';
import FieldingRulesForm from './FieldingRulesForm.vue';

afterEach(() => vi.unstubAllGlobals());
enableAutoUnmount(afterEach);

const saved = (input: Record<string, unknown>) => ({
  data: { updateWaveFielding: { id: 'w1', fieldingRules: { ...input, updatedAt: '2026-12-01T10:00:00Z' } } },
});

describe('FieldingRulesForm', () => {
  it('saves automatic invitations with quiet hours and a sender, and emits the stored rules', async () => {
    const sent = stubGraphQL({
      UpdateWaveFielding: (v) => {
        const input = v.input as { autoInvite: Record<string, unknown>; sender: Record<string, unknown> };
        return saved({ autoInvite: input.autoInvite, sender: input.sender });
      },
    });
    const w = mount(FieldingRulesForm, { props: { waveId: 'w1', rules: null } });
    await w.get('[data-testid="rule-auto-invite"]').setValue(true);
    const bands = w.findAll('[data-testid="rule-band"]');
    await bands[1].setValue(true); // passives, next to the detractors checked by default
    await w.get('[data-testid="rule-sample"]').setValue('50');
    await w.get('[data-testid="rule-max-per-day"]').setValue('100');
    await w.get('[data-testid="rule-delay"]').setValue('15');
    await w.get('[data-testid="rule-quiet"]').setValue(true);
    await w.get('[data-testid="rule-quiet-start"]').setValue('22:00');
    await w.get('[data-testid="rule-quiet-end"]').setValue('07:30');
    await w.get('[data-testid="rule-timezone"]').setValue('Europe/Paris');
    await w.get('[data-testid="rule-from-name"]').setValue('Acme Research');
    await w.get('form').trigger('submit');
    await flushPromises();
    expect(sent.map((s) => s.variables)).toEqual([
      {
        input: {
          waveId: 'w1',
          autoInvite: {
            bands: ['DETRACTOR', 'PASSIVE'],
            sampleRate: 0.5,
            maxPerDay: 100,
            delayMinutes: 15,
            quietHours: { start: '22:00', end: '07:30', timezone: 'Europe/Paris' },
          },
          sender: { fromName: 'Acme Research', replyTo: null },
        },
      },
    ]);
    expect(w.emitted('saved')?.[0][0]).toMatchObject({ autoInvite: { sampleRate: 0.5 }, sender: { fromName: 'Acme Research' } });
    expect(w.find('[data-testid="rules-saved"]').exists()).toBe(true);
  });

  it('shows the API validation error next to its field, and drops it once the field is edited', async () => {
    stubGraphQL({
      UpdateWaveFielding: {
        errors: [
          {
            message: '"Mars/Olympus" is not a time zone name such as Europe/Paris',
            extensions: { code: 'BAD_USER_INPUT', field: 'autoInvite.quietHours.timezone' },
          },
        ],
      },
    });
    const rules = {
      updatedAt: '2026-12-01T10:00:00Z',
      autoInvite: { bands: ['DETRACTOR' as const], sampleRate: 1, maxPerDay: null, delayMinutes: 0, quietHours: null },
      sender: null,
    };
    const w = mount(FieldingRulesForm, { props: { waveId: 'w1', rules } });
    await w.get('[data-testid="rule-quiet"]').setValue(true);
    await w.get('[data-testid="rule-timezone"]').setValue('Mars/Olympus');
    await w.get('form').trigger('submit');
    await flushPromises();
    const problem = w.get('[data-testid="field-problem"]');
    expect(problem.attributes('data-field')).toBe('autoInvite.quietHours.timezone');
    expect(problem.text()).toContain('"Mars/Olympus" is not a time zone name');
    expect(w.emitted('saved')).toBeUndefined();
    await w.get('[data-testid="rule-timezone"]').setValue('Europe/Paris');
    expect(w.find('[data-testid="field-problem"]').exists()).toBe(false);
  });

  it('keeps a form that cannot be sent on the page', async () => {
    const sent = stubGraphQL({});
    const w = mount(FieldingRulesForm, { props: { waveId: 'w1', rules: null } });
    await w.get('[data-testid="rule-auto-invite"]').setValue(true);
    await w.get('[data-testid="rule-delay"]').setValue('2.5');
    await w.get('form').trigger('submit');
    await flushPromises();
    expect(sent).toEqual([]);
    expect(w.get('[data-testid="field-problem"]').attributes('data-field')).toBe('autoInvite.delayMinutes');
  });
});
