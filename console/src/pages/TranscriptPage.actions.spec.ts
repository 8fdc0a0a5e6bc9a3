import { flushPromises, mount } from '@vue/test-utils';
import type * as ClientModule from '../api/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter, type Router } from 'vue-router';
import { stubGraphQL, type SentRequest } from '../components/live/fake-fetch';
import { fakeLive } from '../components/live/fake-live-client';
import { transcriptSession } from '../components/transcript/transcript.fixture';
import TranscriptPage from './TranscriptPage.vue';

vi.mock('../api/client', async (importOriginal) => {
  const { fakeLive: live } = await import('../components/live/fake-live-client');
  return { ...(await importOriginal<typeof ClientModule>()), subscriptions: () => live.client };
});

const AT = '2026-12-07T09:30:00.000Z';
const RECEIPT = { id: 'r1', erasedAt: '2026-12-07T09:31:00.000Z' };
let sent: SentRequest[];
let router: Router;

beforeEach(async () => {
  fakeLive.reset();
  sent = stubGraphQL({
    InterviewSession: { data: { interviewSession: transcriptSession() } },
    RevokeInterviewLink: { data: { revokeInterviewLink: { id: 's1', linkRevokedAt: AT } } },
    EraseRespondent: { data: { eraseRespondent: RECEIPT } },
  });
  router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/studies/:id', name: 'study', component: { template: '<p>study</p>' } },
      { path: '/studies/:id/interviews/:sessionId', name: 'transcript', component: TranscriptPage },
      ...['monitor', 'themes', 'escalations'].map((name) => ({ path: `/studies/:id/${name}`, name, component: { template: '<p />' } })),
    ],
  });
  await router.push('/studies/study-1/interviews/s1');
});
afterEach(() => vi.unstubAllGlobals());

const mountPage = async () => {
  const w = mount(TranscriptPage, { props: { id: 'study-1', sessionId: 's1' }, global: { plugins: [router] }, attachTo: document.body });
  await flushPromises();
  return w;
};

describe('TranscriptPage: respondent actions', () => {
  it('revokes the link after a confirm step and then shows it revoked, with its time', async () => {
    const w = await mountPage();
    await w.get('[data-testid="revoke-link-button"]').trigger('click');
    await w.get('[data-testid="revoke-link-confirm"]').trigger('click');
    await flushPromises();
    expect(sent.filter((r) => r.operation === 'RevokeInterviewLink')).toEqual([
      { operation: 'RevokeInterviewLink', variables: { sessionId: 's1' } },
    ]);
    expect(w.get('[data-testid="revoke-link-button"]').attributes('disabled')).toBeDefined();
    expect(w.get('[data-testid="link-revoked"]').attributes('title')).toBe(AT);
    w.unmount();
  });

  it('starts revoked when the interview says so', async () => {
    stubGraphQL({ InterviewSession: { data: { interviewSession: transcriptSession({ linkRevokedAt: AT }) } } });
    const w = await mountPage();
    expect(w.get('[data-testid="revoke-link-button"]').attributes('disabled')).toBeDefined();
    w.unmount();
  });

  it('erases the respondent and goes back to the study, handing it the receipt', async () => {
    const w = await mountPage();
    await w.get('[data-testid="erase-respondent"]').trigger('click');
    await w.get('[data-testid="erase-confirm-input"]').setValue('ERASE');
    await w.get('[data-testid="erase-dialog"]').trigger('submit');
    await flushPromises();
    expect(sent.filter((r) => r.operation === 'EraseRespondent')).toEqual([{ operation: 'EraseRespondent', variables: { id: 'r1' } }]);
    expect(router.currentRoute.value.fullPath).toBe('/studies/study-1');
    expect(router.options.history.state.erasure).toEqual({ ...RECEIPT, externalId: 'R-1001' });
    w.unmount();
  });
});
