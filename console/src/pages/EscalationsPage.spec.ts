import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils';
import type * as ClientModule from '../api/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { escalation } from '../components/escalations/escalation.fixture';
import { stubGraphQL, type SentRequest } from '../components/live/fake-fetch';
import { fakeLive } from '../components/live/fake-live-client';
import EscalationsPage from './EscalationsPage.vue';

vi.mock('../api/client', async (importOriginal) => {
  const { fakeLive: live } = await import('../components/live/fake-live-client');
  return { ...(await importOriginal<typeof ClientModule>()), subscriptions: () => live.client };
});

let sent: SentRequest[];
beforeEach(() => {
  fakeLive.reset();
  sent = stubGraphQL({ Escalations: { data: { escalations: [escalation()] } } });
});
afterEach(() => vi.unstubAllGlobals());

const mountPage = async () => {
  const w = mount(EscalationsPage, { props: { id: 'study-1' }, global: { stubs: { RouterLink: RouterLinkStub } } });
  await flushPromises();
  return w;
};

describe('EscalationsPage', () => {
  it('lists open and in-progress escalations first, and filters by status', async () => {
    const w = await mountPage();
    expect(sent[0]).toEqual({ operation: 'Escalations', variables: { studyId: 'study-1', status: ['OPEN', 'IN_PROGRESS'], first: 200 } });
    expect(w.findAll('[data-testid="escalation-row"]')).toHaveLength(1);
    await w.get('[data-testid="escalation-filter"]').setValue('RESOLVED');
    await flushPromises();
    expect(sent.at(-1)?.variables).toMatchObject({ status: ['RESOLVED'] });
    await w.get('[data-testid="escalation-filter"]').setValue('ALL');
    await flushPromises();
    expect(sent.at(-1)?.variables).toMatchObject({ status: null });
  });

  it('puts escalations raised live on top, highlighted, and skips previews and duplicates', async () => {
    const w = await mountPage();
    const raised = escalation({ id: 'e2', reason: 'COMPETITOR_EVALUATION', quote: 'We are actively evaluating Acme.' });
    fakeLive.push('EscalationRaised', { escalationRaised: raised });
    fakeLive.push('EscalationRaised', { escalationRaised: raised });
    const preview = escalation({ id: 'e3' });
    preview.session.respondent.attributes = { preview: 'true' };
    fakeLive.push('EscalationRaised', { escalationRaised: preview });
    await flushPromises();
    const rows = w.findAll('[data-testid="escalation-row"]');
    expect(rows.map((r) => r.attributes('data-escalation-id'))).toEqual(['e2', 'e1']);
    expect(rows[0].classes()).toContain('escalation-fresh');
    expect(rows[0].find('[data-testid="escalation-new"]').exists()).toBe(true);
    expect(rows[1].find('[data-testid="escalation-new"]').exists()).toBe(false);
  });

  it('shows the live indicator when connected', async () => {
    const w = await mountPage();
    fakeLive.connect();
    await flushPromises();
    expect(w.get('[data-testid="live-indicator"]').text()).toBe('Live');
  });
});
