import { flushPromises, mount } from '@vue/test-utils';
import type * as ClientModule from '../api/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setPrincipalForTest } from '../api/principal';
import { keyPrincipal } from '../components/account/account.fixture';
import { createMemoryHistory, createRouter, type Router } from 'vue-router';
import { stubGraphQL, type Answer } from '../components/live/fake-fetch';
import { fakeLive } from '../components/live/fake-live-client';
import { QUOTE, transcriptSession } from '../components/transcript/transcript.fixture';
import TranscriptPage from './TranscriptPage.vue';

vi.mock('../api/client', async (importOriginal) => {
  const { fakeLive: live } = await import('../components/live/fake-live-client');
  return { ...(await importOriginal<typeof ClientModule>()), subscriptions: () => live.client };
});

const coding = {
  coder: 'OFFLINE' as const,
  taxonomyVersion: 2,
  sentimentScore: -0.5,
  competitors: ['Acme'],
  inGoldenSet: false,
  correction: null,
  statedDriver: { key: 'performance', label: 'Performance' },
  rootDriver: { key: 'productivity', label: 'Productivity' },
  excerpts: [
    {
      driverKey: 'performance',
      driverLabel: 'Performance',
      quote: 'Dashboards are slow',
      turnSeq: 3,
      start: 0,
      end: 19,
      role: 'STATED' as const,
      sentiment: 'NEGATIVE' as const,
    },
  ],
};
const taxonomy = (version: number) => ({
  id: `tx${version}`,
  version,
  categories: [
    {
      key: 'product',
      label: 'Product',
      drivers: [
        { key: 'performance', label: 'Performance' },
        { key: 'productivity', label: 'Productivity' },
      ],
    },
    { key: 'market', label: 'Market', drivers: [{ key: 'competitive', label: 'Competitive alternatives' }] },
  ],
});
const correction = {
  id: 'c1',
  source: 'CORRECTED' as const,
  inGoldenSet: true,
  note: null,
  by: 'Analyst key',
  updatedAt: '2026-12-07T10:00:00.000Z',
  statedDriver: { key: 'competitive', label: 'Competitive alternatives' },
  rootDriver: { key: 'productivity', label: 'Productivity' },
  excerpts: [
    {
      turnSeq: 3,
      start: 21,
      end: 21 + QUOTE.length,
      quote: QUOTE,
      driverKey: 'competitive',
      driverLabel: 'Competitive alternatives',
      role: 'STATED' as const,
    },
  ],
};
let answers: Record<string, Answer | ((v: Record<string, unknown>) => Answer)>;
let router: Router;
const context: Answer = { data: { taxonomyVersions: [taxonomy(1), taxonomy(2)] } };

beforeEach(async () => {
  fakeLive.reset();
  answers = {
    InterviewSession: { data: { interviewSession: transcriptSession({ coding }) } },
    CorrectionContext: context,
    CorrectCoding: { data: { correctCoding: correction } },
    ConfirmCoding: { data: { confirmCoding: { ...correction, source: 'CONFIRMED', statedDriver: coding.statedDriver } } },
  };
  router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/studies/:id/interviews/:sessionId', name: 'transcript', component: TranscriptPage },
      ...['study', 'monitor', 'themes', 'escalations'].map((name) => ({
        path: `/studies/:id/${name}`,
        name,
        component: { template: '<p />' },
      })),
    ],
  });
  setPrincipalForTest(keyPrincipal('ANALYST'));
  await router.push('/studies/study-1/interviews/s1');
});
afterEach(() => {
  vi.unstubAllGlobals();
  setPrincipalForTest(null);
  document.body.replaceChildren();
});

const mountPage = async () => {
  const sent = stubGraphQL(answers);
  const w = mount(TranscriptPage, { props: { id: 'study-1', sessionId: 's1' }, global: { plugins: [router] }, attachTo: document.body });
  await flushPromises();
  return { w, sent };
};

describe('TranscriptPage: correcting the coding', () => {
  it('hides the correction actions from a viewer', async () => {
    setPrincipalForTest(keyPrincipal('VIEWER'));
    const { w } = await mountPage();
    expect(w.find('[data-testid="coding-panel"]').exists()).toBe(true);
    expect(w.find('[data-testid="correction-actions"]').exists()).toBe(false);
    w.unmount();
  });

  it("saves a correction with the drivers of the coding's taxonomy version and a quote span from the selected text", async () => {
    const { w, sent } = await mountPage();
    await w.get('[data-testid="correct-coding"]').trigger('click');
    // The drivers offered are those of taxonomy v2, the coding's version.
    const options = w.findAll('[data-testid="correction-stated"] option').map((o) => o.attributes('value'));
    expect(options).toEqual(['', 'performance', 'productivity', 'competitive']);
    await w.get('[data-testid="correction-stated"]').setValue('competitive');

    // The quote is also an escalation's: its words sit in a highlight of their own.
    const walker = document.createTreeWalker(w.get('#turn-3 .transcript-text').element, NodeFilter.SHOW_TEXT);
    let plain = walker.nextNode()!;
    while (!plain.textContent!.includes('We are')) plain = walker.nextNode()!;
    const at = plain.textContent!.indexOf(QUOTE);
    const range = document.createRange();
    range.setStart(plain, at);
    range.setEnd(plain, at + QUOTE.length);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    await w.get('[data-testid="correction-use-selection"]').trigger('click');
    expect(w.get('[data-testid="correction-quote"]').text()).toBe(`“${QUOTE}”`);
    await w.get('[data-testid="correction-excerpt-driver"]').setValue('competitive');
    await w.get('[data-testid="correction-form"]').trigger('submit');
    await flushPromises();

    expect(sent.filter((r) => r.operation === 'CorrectCoding').map((r) => r.variables)).toEqual([
      {
        input: {
          sessionId: 's1',
          statedDriver: 'competitive',
          rootDriver: 'productivity',
          excerpts: [{ driverKey: 'competitive', role: 'STATED', turnSeq: 3, start: 21, end: 21 + QUOTE.length }],
          note: null,
        },
      },
    ]);
    // The correction is shown beside the machine coding, which stays as it was.
    expect(w.get('[data-testid="coding-stated"]').text()).toBe('Performance');
    expect(w.get('[data-testid="correction-stated-driver"]').text()).toBe('Competitive alternatives');
    expect(w.get('[data-testid="correction-quotes"]').text()).toBe(`“${QUOTE}”`);
    expect(w.get('[data-testid="in-golden-set"]').text()).toBe('in the golden set');
    expect(w.find('[data-testid="correction-form"]').exists()).toBe(false);
    w.unmount();
  });

  it('confirms the machine coding as golden', async () => {
    const { w, sent } = await mountPage();
    await w.get('[data-testid="confirm-coding"]').trigger('click');
    await flushPromises();
    expect(sent.filter((r) => r.operation === 'ConfirmCoding').map((r) => r.variables)).toEqual([{ sessionId: 's1' }]);
    expect(w.find('[data-testid="confirm-coding"]').exists()).toBe(false);
    expect(w.get('[data-testid="coding-confirmed"]').text()).toContain('golden set');
    expect(w.find('[data-testid="coding-correction"]').exists()).toBe(false);
    w.unmount();
  });

  it('names the field the API refuses', async () => {
    answers.CorrectCoding = {
      errors: [{ message: 'span outside the turn', extensions: { code: 'EXCERPT_SPAN_INVALID', field: 'excerpts.0.end' } }],
    };
    const { w } = await mountPage();
    await w.get('[data-testid="correct-coding"]').trigger('click');
    await w.get('[data-testid="correction-end"]').setValue(999);
    await w.get('[data-testid="correction-form"]').trigger('submit');
    await flushPromises();
    const error = w.get('[data-testid="correction-error"]');
    expect(error.attributes('data-code')).toBe('EXCERPT_SPAN_INVALID');
    expect(error.attributes('data-field')).toBe('excerpts.0.end');
    expect(error.text()).toBe("The quote span is outside that turn's text.");
    w.unmount();
  });

  it('shows a correction already made beside the machine coding on load', async () => {
    answers.InterviewSession = { data: { interviewSession: transcriptSession({ coding: { ...coding, inGoldenSet: true, correction } }) } };
    setPrincipalForTest(keyPrincipal('VIEWER'));
    const { w } = await mountPage();
    expect(w.get('[data-testid="correction-stated-driver"]').text()).toBe('Competitive alternatives');
    expect(w.get('[data-testid="correction-by"]').text()).toContain('Corrected by Analyst key');
    w.unmount();
  });
});
