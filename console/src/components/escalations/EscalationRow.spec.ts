import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubGraphQL } from '../live/fake-fetch';
import EscalationRow from './EscalationRow.vue';
import { escalation } from './escalation.fixture';

afterEach(() => vi.unstubAllGlobals());
const mountRow = (e = escalation()) =>
  mount(EscalationRow, {
    props: { escalation: e, studyId: 'study-1', now: Date.now(), fresh: false },
    global: { stubs: { RouterLink: RouterLinkStub } },
  });

describe('EscalationRow', () => {
  it('shows the reason, quote, respondent, time and a link to the transcript', () => {
    const w = mountRow();
    expect(w.get('[data-testid="escalation-reason"]').text()).toBe('Churn risk');
    expect(w.get('[data-testid="escalation-quote"]').text()).toBe('“We will not renew in March.”');
    expect(w.text()).toContain('R-1001');
    expect(w.text()).toContain('30 s ago');
    expect(w.findComponent(RouterLinkStub).props('to')).toEqual({ name: 'transcript', params: { id: 'study-1', sessionId: 's1' } });
  });

  it('saves owner and status together and reports it', async () => {
    const saved = escalation({ owner: 'Dana', status: 'IN_PROGRESS' });
    const sent = stubGraphQL({ UpdateEscalation: { data: { updateEscalation: saved } } });
    const w = mountRow();
    expect(w.get('[data-testid="escalation-save"]').attributes('disabled')).toBeDefined();
    await w.get('[data-testid="escalation-owner"]').setValue('  Dana ');
    await w.get('[data-testid="escalation-status"]').setValue('IN_PROGRESS');
    await w.get('form').trigger('submit');
    await flushPromises();
    expect(sent).toEqual([{ operation: 'UpdateEscalation', variables: { input: { id: 'e1', owner: 'Dana', status: 'IN_PROGRESS' } } }]);
    expect(w.emitted('saved')?.[0]).toEqual([saved]);
    await w.setProps({ escalation: saved });
    expect(w.get('[data-testid="escalation-saved"]').text()).toBe('Saved');
  });

  it("sends the owner's address only when it changed, and shows the API's refusal of it next to that field", async () => {
    const saved = escalation({ ownerEmail: 'dana@acme.example' });
    const sent = stubGraphQL({
      UpdateEscalation: (v) =>
        (v.input as { ownerEmail?: string }).ownerEmail === 'dana@'
          ? { errors: [{ message: '"dana@" is not an email address', extensions: { code: 'BAD_USER_INPUT', field: 'ownerEmail' } }] }
          : { data: { updateEscalation: saved } },
    });
    const w = mountRow();
    await w.get('[data-testid="escalation-owner-email"]').setValue('dana@');
    await w.get('form').trigger('submit');
    await flushPromises();
    expect(w.get('[data-field="ownerEmail"]').text()).toBe('"dana@" is not an email address');
    expect(w.emitted('saved')).toBeUndefined();
    await w.get('[data-testid="escalation-owner-email"]').setValue(' Dana@acme.example ');
    expect(w.find('[data-field="ownerEmail"]').exists()).toBe(false);
    await w.get('form').trigger('submit');
    await flushPromises();
    expect(sent.at(-1)?.variables).toEqual({ input: { id: 'e1', owner: '', status: 'OPEN', ownerEmail: 'Dana@acme.example' } });
    await w.setProps({ escalation: saved });
    expect(w.get('[data-testid="escalation-saved"]').text()).toBe('Saved');
    // The status alone: the address is not sent again.
    await w.get('[data-testid="escalation-status"]').setValue('RESOLVED');
    await w.get('form').trigger('submit');
    await flushPromises();
    expect(sent.at(-1)?.variables).toEqual({ input: { id: 'e1', owner: '', status: 'RESOLVED' } });
  });

  it('tells a viewer key it cannot change escalations', async () => {
    stubGraphQL({ UpdateEscalation: { errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }] } });
    const w = mountRow();
    await w.get('[data-testid="escalation-owner-email"]').setValue('dana@acme.example');
    await w.get('form').trigger('submit');
    await flushPromises();
    expect(w.get('[role="alert"]').text()).toMatch(/viewer keys are read-only/);
  });

  it('keeps the edit and shows the error when saving fails', async () => {
    stubGraphQL({ UpdateEscalation: { errors: [{ message: 'Escalation not found', extensions: { code: 'ESCALATION_NOT_FOUND' } }] } });
    const w = mountRow();
    await w.get('[data-testid="escalation-owner"]').setValue('Dana');
    await w.get('form').trigger('submit');
    await flushPromises();
    expect(w.get('[role="alert"]').text()).toBe('Escalation not found');
    expect((w.get('[data-testid="escalation-owner"]').element as HTMLInputElement).value).toBe('Dana');
    expect(w.emitted('saved')).toBeUndefined();
  });
});
