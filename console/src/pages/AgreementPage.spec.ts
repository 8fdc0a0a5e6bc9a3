import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setPrincipalForTest } from '../api/principal';
import { keyPrincipal } from '../components/account/account.fixture';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter, type Router } from 'vue-router';
import { agreementRun } from '../components/coding-quality/agreement.fixture';
import { stubGraphQL, type Answer } from '../components/live/fake-fetch';
import AgreementPage from './AgreementPage.vue';

// jsdom has no canvas: the charts are stubbed by a bare canvas that keeps their aria-label; Chromium draws them in test/.
vi.mock('vue-chartjs', () => {
  const stub = defineComponent({ name: 'ChartStub', render: () => h('canvas') });
  return { Bar: stub, Line: stub };
});

const golden = [
  ...Array.from({ length: 9 }, (_, i) => ({ id: `g${i}`, source: 'CONFIRMED' })),
  ...Array.from({ length: 3 }, (_, i) => ({ id: `c${i}`, source: 'CORRECTED' })),
];
const context: Answer = {
  data: {
    taxonomyVersions: [
      { id: 'tx1', version: 1, categories: [] },
      { id: 'tx2', version: 2, categories: [] },
    ],
  },
};
const pageAnswer = (runs: ReturnType<typeof agreementRun>[]): Answer => ({
  data: { goldenSet: golden, codingAgreementHistory: runs, codingAgreementSettings: { kappaThreshold: 0.7 } },
});
let answers: Record<string, Answer | ((v: Record<string, unknown>) => Answer)>;
let router: Router;

beforeEach(async () => {
  answers = {
    CorrectionContext: context,
    CodingAgreementPage: pageAnswer([
      agreementRun({ id: 'r2', finishedAt: '2026-12-07T10:00:00.000Z' }),
      agreementRun({ id: 'r1', kappa: 0.92, finishedAt: '2026-12-05T10:00:00.000Z' }),
    ]),
  };
  router = createRouter({
    history: createMemoryHistory(),
    routes: ['study', 'segments', 'themes', 'trends', 'findings', 'agreement', 'summary'].map((name) => ({
      path: name === 'study' ? '/studies/:id' : `/studies/:id/${name}`,
      name,
      component: { template: '<p />' },
    })),
  });
  setPrincipalForTest(keyPrincipal('ANALYST'));
  await router.push('/studies/study-1/agreement');
});
afterEach(() => {
  vi.unstubAllGlobals();
  setPrincipalForTest(null);
});

const mountPage = async () => {
  const sent = stubGraphQL(answers);
  const w = mount(AgreementPage, { props: { id: 'study-1' }, global: { plugins: [router] } });
  await flushPromises();
  return { w, sent };
};

describe('AgreementPage', () => {
  it("shows the newest taxonomy version's golden set, the last run's figures, and both charts with their tables", async () => {
    const { w, sent } = await mountPage();
    expect(sent.find((r) => r.operation === 'CodingAgreementPage')?.variables).toEqual({ taxonomyVersionId: 'tx2' });
    expect(w.get('[data-testid="golden-set-size"]').text()).toBe('12');
    expect(w.text()).toContain('3 corrected, 9 confirmed');
    expect(w.get('[data-testid="agreement-kappa"]').text()).toBe('0.82');
    expect(w.get('[data-testid="agreement-percent"]').text()).toBe('95%');
    expect(w.find('[data-testid="agreement-below"]').exists()).toBe(false);
    const drivers = w.get('[data-testid="agreement-drivers-chart"] canvas');
    expect(drivers.attributes('aria-label')).toContain("Cohen's kappa: Support 0.6, Pricing and value 0.9");
    expect(w.get('[data-testid="agreement-history-chart"] canvas').attributes('aria-label')).toMatch(
      /^Agreement with the golden set over time\. Cohen's kappa: .+ 0\.9, .+ 0\.8/,
    );
    expect(w.findAll('[data-testid="chart-table-toggle"]')).toHaveLength(2);
    w.unmount();
  });

  it('raises a banner when the last run is below the threshold', async () => {
    answers.CodingAgreementPage = pageAnswer([agreementRun({ kappa: 0.55, belowThreshold: true })]);
    const { w } = await mountPage();
    expect(w.get('[data-testid="agreement-below"]').text()).toContain("the offline coder's kappa is 0.55, under 0.7");
    w.unmount();
  });

  it('runs now and follows the run live until the worker finishes it', async () => {
    let calls = 0;
    const running = agreementRun({ id: 'r3', status: 'RUNNING', kappa: null, percentAgreement: null, finishedAt: null, trigger: 'MANUAL' });
    const done = agreementRun({
      id: 'r3',
      kappa: 0.61,
      percentAgreement: 0.9,
      belowThreshold: true,
      finishedAt: '2026-12-07T12:00:00.000Z',
    });
    answers.RunCodingAgreement = { data: { runCodingAgreement: running } };
    answers.CodingAgreementPage = () => {
      calls += 1;
      return pageAnswer(calls === 1 ? [agreementRun()] : calls === 2 ? [running, agreementRun()] : [done, agreementRun()]);
    };
    const { w, sent } = await mountPage();
    await w.get('[data-testid="agreement-run"]').trigger('click');
    await flushPromises();
    expect(sent.filter((r) => r.operation === 'RunCodingAgreement').map((r) => r.variables)).toEqual([
      { taxonomyVersionId: 'tx2', coder: 'OFFLINE' },
    ]);
    expect(w.get('[data-testid="agreement-run-status"]').attributes('data-status')).toBe('RUNNING');
    expect(w.get('[data-testid="agreement-run"]').attributes('disabled')).toBeDefined();
    await new Promise((r) => setTimeout(r, 1200));
    await flushPromises();
    expect(w.get('[data-testid="agreement-run-status"]').text()).toBe('Done: kappa 0.61, 90% agreement on 12 transcripts.');
    expect(w.get('[data-testid="agreement-kappa"]').text()).toBe('0.61');
    expect(w.find('[data-testid="agreement-below"]').exists()).toBe(true);
    expect(w.get('[data-testid="agreement-run"]').attributes('disabled')).toBeUndefined();
    w.unmount();
  });

  it('explains an empty golden set and offers no run to a viewer', async () => {
    answers.RunCodingAgreement = { errors: [{ message: 'empty', extensions: { code: 'GOLDEN_SET_EMPTY' } }] };
    answers.CodingAgreementPage = pageAnswer([]);
    const { w } = await mountPage();
    expect(w.find('[data-testid="agreement-none"]').exists()).toBe(true);
    await w.get('[data-testid="agreement-run"]').trigger('click');
    await flushPromises();
    expect(w.get('[data-testid="agreement-error"]').text()).toContain('no golden set yet');
    w.unmount();

    setPrincipalForTest(keyPrincipal('VIEWER'));
    const viewer = await mountPage();
    expect(viewer.w.find('[data-testid="agreement-run"]').exists()).toBe(false);
    viewer.w.unmount();
  });
});
