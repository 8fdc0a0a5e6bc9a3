import { enableAutoUnmount, flushPromises, mount, RouterLinkStub } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import type * as ClientModule from '../../api/client';
import { stubGraphQL, type Answer, type SentRequest } from '../live/fake-fetch';
import { fakeLive } from '../live/fake-live-client';
import { alertRow } from './alert.fixture';
import AlertCentre from './AlertCentre.vue';

vi.mock('../../api/client', async (importOriginal) => {
  const { fakeLive: live } = await import('../live/fake-live-client');
  return { ...(await importOriginal<typeof ClientModule>()), subscriptions: () => live.client };
});
// jsdom has no canvas; the chart itself is exercised by the browser test in test/.
vi.mock('vue-chartjs', () => ({ Chart: defineComponent({ name: 'ChartStub', render: () => h('div', { class: 'chart-stub' }) }) }));

afterEach(() => vi.unstubAllGlobals());
enableAutoUnmount(afterEach);

const failure = (code: string): Answer => ({ errors: [{ message: `${code} from the API`, extensions: { code } }] });
const detail = {
  data: {
    alert: {
      id: 'a1',
      responses: {
        totalCount: 2,
        edges: [
          {
            cursor: 'c1',
            node: {
              id: 'p1',
              externalId: 'ext-1',
              score: 3,
              band: 'DETRACTOR',
              respondedAt: '2026-12-06T10:00:00Z',
              comment: 'Slow support',
            },
          },
        ],
        pageInfo: { hasNextPage: true, endCursor: 'c1' },
      },
      detractorThemes: [{ themeId: 't1', label: 'Support delays', count: 4, n: 10, share: 0.4 }],
    },
  },
};
let sent: SentRequest[];
const answers = (over: Record<string, Answer | ((v: Record<string, unknown>) => Answer)> = {}) =>
  (sent = stubGraphQL({ Alerts: { data: { alerts: [alertRow()] } }, AlertDetail: detail, ...over }));
const mountCentre = async () => {
  const w = mount(AlertCentre, { props: { studyId: 'study-1' }, global: { stubs: { RouterLink: RouterLinkStub } } });
  await flushPromises();
  return w;
};
beforeEach(() => fakeLive.reset());

describe('AlertCentre', () => {
  it('lists firing alerts first and filters by status', async () => {
    answers();
    const w = await mountCentre();
    expect(sent.find((s) => s.operation === 'Alerts')).toEqual({
      operation: 'Alerts',
      variables: { studyId: 'study-1', status: 'FIRING', first: 200 },
    });
    const cells = w
      .get('[data-testid="alert-row"]')
      .findAll('td')
      .map((c) => c.text());
    expect(cells.slice(1, 6)).toEqual(['NPS', '−13 vs 20', '−33 pts (−48 pts to −17 pts)', '< 0.001', '48']);
    await w.get('[data-testid="alert-filter"]').setValue('ALL');
    await flushPromises();
    expect(sent.at(-1)?.variables).toMatchObject({ status: null });
  });

  it('adds alerts raised live on top, once, and only those the filter shows', async () => {
    answers();
    const w = await mountCentre();
    fakeLive.push('AlertRaised', { alertRaised: alertRow({ id: 'a2', segment: { key: [], label: 'region=APAC' } }) });
    fakeLive.push('AlertRaised', { alertRaised: alertRow({ id: 'a2', segment: { key: [], label: 'region=APAC' } }) });
    await flushPromises();
    const ids = w.findAll('[data-testid="alert-row"]').map((r) => r.attributes('data-alert-id'));
    expect(ids).toEqual(['a2', 'a1']);
    expect(w.get('[data-testid="alerts-fresh"]').text()).toBe('1 new since you opened this page');
  });

  it('acknowledges an alert and shows who did', async () => {
    answers({
      ApiKeys: { data: { apiKeys: { totalCount: 1, items: [{ id: 'k1', name: 'Ops lead' }] } } },
      AcknowledgeAlert: { data: { acknowledgeAlert: alertRow({ acknowledgedBy: 'api-key:k1', acknowledgedAt: '2026-12-07T09:00:00Z' }) } },
    });
    const w = await mountCentre();
    await w.get('[data-testid="alert-acknowledge"]').trigger('click');
    await flushPromises();
    expect(sent.at(-1)).toEqual({ operation: 'AcknowledgeAlert', variables: { id: 'a1' } });
    expect(w.get('[data-testid="alert-acknowledged-by"]').text()).toBe('Ops lead');
    expect(w.get('[data-testid="alert-acknowledged-by"]').attributes('data-by')).toBe('api-key:k1');
  });

  it('tells a viewer key it cannot acknowledge, and hides the buttons', async () => {
    answers({ Alerts: { data: { alerts: [alertRow(), alertRow({ id: 'a2' })] } }, AcknowledgeAlert: failure('FORBIDDEN') });
    const w = await mountCentre();
    await w.get('[data-testid="alert-acknowledge"]').trigger('click');
    await flushPromises();
    expect(w.get('[data-testid="alerts-error"]').text()).toMatch(/viewer keys are read-only/);
    expect(w.findAll('[data-testid="alert-acknowledge"]')).toHaveLength(0);
  });

  it('assigns the open alert: a refused address shown by the field, the saved owner in the list and the detail', async () => {
    answers({
      AssignAlert: (v) =>
        v.ownerEmail === 'dana@'
          ? { errors: [{ message: '"dana@" is not an email address', extensions: { code: 'BAD_USER_INPUT', field: 'ownerEmail' } }] }
          : { data: { assignAlert: alertRow({ ownerEmail: 'dana@acme.example' }) } },
    });
    const w = await mountCentre();
    expect(w.get('[data-testid="alert-owner-cell"]').text()).toBe('—');
    await w.get('[data-testid="alert-open"]').trigger('click');
    await flushPromises();
    expect(w.get('[data-testid="alert-owner"]').text()).toBe('nobody');
    expect(w.get('[data-testid="alert-assign"]').attributes('disabled')).toBeDefined();
    await w.get('[data-testid="alert-owner-email"]').setValue('dana@');
    await w.get('[data-testid="alert-owner-form"]').trigger('submit');
    await flushPromises();
    expect(w.get('[data-field="ownerEmail"]').text()).toBe('"dana@" is not an email address');
    await w.get('[data-testid="alert-owner-email"]').setValue(' Dana@Acme.example ');
    expect(w.find('[data-field="ownerEmail"]').exists()).toBe(false);
    await w.get('[data-testid="alert-owner-form"]').trigger('submit');
    await flushPromises();
    expect(sent.at(-1)).toEqual({ operation: 'AssignAlert', variables: { id: 'a1', ownerEmail: 'Dana@Acme.example' } });
    expect(w.get('[data-testid="alert-owner"]').text()).toBe('dana@acme.example');
    expect(w.get('[data-testid="alert-owner-cell"]').text()).toBe('dana@acme.example');
    expect(w.get('[data-testid="alert-assigned"]').text()).toBe('Assigned: dana@acme.example is emailed about it.');
    expect((w.get('[data-testid="alert-owner-email"]').element as HTMLInputElement).value).toBe('dana@acme.example');
    await w.get('[data-testid="alert-owner-email"]').setValue('');
    expect(w.get('[data-testid="alert-assign"]').text()).toBe('Clear owner');
  });

  it('tells a viewer key it cannot assign, and the Assign control and Acknowledge buttons go', async () => {
    answers({ AssignAlert: failure('FORBIDDEN') });
    const w = await mountCentre();
    await w.get('[data-testid="alert-open"]').trigger('click');
    await flushPromises();
    await w.get('[data-testid="alert-owner-email"]').setValue('dana@acme.example');
    await w.get('[data-testid="alert-owner-form"]').trigger('submit');
    await flushPromises();
    expect(w.get('[data-testid="alert-owner-error"]').text()).toMatch(/viewer keys are read-only/);
    expect(w.find('[data-testid="alert-owner-email"]').exists()).toBe(false);
    expect(w.findAll('[data-testid="alert-acknowledge"]')).toHaveLength(0);
  });

  it('opens an alert: its responses page by page and its detractor themes', async () => {
    answers();
    const w = await mountCentre();
    await w.get('[data-testid="alert-open"]').trigger('click');
    await flushPromises();
    expect(sent.at(-1)).toEqual({ operation: 'AlertDetail', variables: { id: 'a1', first: 20, after: null } });
    expect(w.findAll('[data-testid="alert-response"]')).toHaveLength(1);
    expect(w.get('[data-testid="alert-theme"]').text()).toContain('Support delays');
    await w.get('[data-testid="alert-responses-more"]').trigger('click');
    await flushPromises();
    expect(sent.at(-1)?.variables).toEqual({ id: 'a1', first: 20, after: 'c1' });
    expect(w.findAll('[data-testid="alert-response"]')).toHaveLength(2);
  });
});
