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
