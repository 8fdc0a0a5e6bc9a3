import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubGraphQL } from '../live/fake-fetch';
import { delivery, endpoint } from './webhook-fixtures';
import WebhookEndpointsPanel from './WebhookEndpointsPanel.vue';
import { failure } from './workspace-fixtures';

afterEach(() => vi.unstubAllGlobals());
enableAutoUnmount(afterEach);

const listed = { data: { webhookEndpoints: [endpoint()] } };
const page = (rows = [delivery()], hasNextPage = false) => ({
  data: {
    webhookDeliveries: {
      edges: rows.map((node) => ({ cursor: `c-${node.id}`, node })),
      pageInfo: { hasNextPage, endCursor: rows.length ? `c-${rows.at(-1)!.id}` : null },
    },
  },
});

describe('WebhookEndpointsPanel', () => {
  it('creates an endpoint, shows its secret once, and opens its delivery log', async () => {
    const created = endpoint({ id: 'e2', url: 'https://hooks.example.com/x', events: ['ALERT_FIRED'] });
    const sent = stubGraphQL({
      WebhookEndpoints: { data: { webhookEndpoints: [] } },
      CreateWebhookEndpoint: { data: { createWebhookEndpoint: { endpoint: created, secret: 'whsec_abc' } } },
      WebhookDeliveries: page([]),
    });
    const w = mount(WebhookEndpointsPanel);
    await flushPromises();
    await w.get('[data-testid="webhook-url"]').setValue('https://hooks.example.com/x');
    for (const t of ['INTERVIEW_COMPLETED', 'ESCALATION_RAISED']) await w.get(`[data-testid="webhook-event-${t}"]`).setValue(false);
    await w.get('form').trigger('submit');
    await flushPromises();
    expect(sent.find((s) => s.operation === 'CreateWebhookEndpoint')?.variables).toEqual({
      input: { url: 'https://hooks.example.com/x', events: ['ALERT_FIRED'], description: null },
    });
    expect((w.get('[data-testid="webhook-secret"]').element as HTMLInputElement).value).toBe('whsec_abc');
    expect(w.findAll('[data-testid="webhook-row"]')).toHaveLength(1);
    expect(w.get('[data-testid="webhook-deliveries"]').attributes('data-endpoint-id')).toBe('e2');
    await w.get('[data-testid="webhook-secret-done"]').trigger('click');
    expect(w.html()).not.toContain('whsec_abc');
  });

  it('shows an address refused by the API next to the URL', async () => {
    stubGraphQL({
      WebhookEndpoints: { data: { webhookEndpoints: [] } },
      CreateWebhookEndpoint: {
        errors: [{ message: 'The URL resolves to a private address', extensions: { code: 'INVALID_WEBHOOK_URL' } }],
      },
    });
    const w = mount(WebhookEndpointsPanel);
    await flushPromises();
    await w.get('[data-testid="webhook-url"]').setValue('https://10.0.0.1/x');
    await w.get('form').trigger('submit');
    await flushPromises();
    expect(w.get('[data-testid="field-problem"][data-field="url"]').text()).toBe('The URL resolves to a private address');
  });

  it('disables an endpoint and deletes one only after the confirm step', async () => {
    const sent = stubGraphQL({
      WebhookEndpoints: listed,
      UpdateWebhookEndpoint: { data: { updateWebhookEndpoint: endpoint({ enabled: false, disabledReason: 'MANUAL' }) } },
      DeleteWebhookEndpoint: { data: { deleteWebhookEndpoint: { id: 'e1' } } },
    });
    const w = mount(WebhookEndpointsPanel);
    await flushPromises();
    await w.get('[data-testid="webhook-toggle"]').trigger('click');
    await flushPromises();
    expect(sent.at(-1)).toEqual({ operation: 'UpdateWebhookEndpoint', variables: { input: { id: 'e1', enabled: false } } });
    expect(w.get('[data-testid="webhook-row"]').attributes('data-state')).toBe('disabled');
    await w.get('[data-testid="webhook-delete"]').trigger('click');
    expect(sent.some((s) => s.operation === 'DeleteWebhookEndpoint')).toBe(false);
    await w.get('[data-testid="webhook-delete-confirm"]').trigger('click');
    await flushPromises();
    expect(w.findAll('[data-testid="webhook-row"]')).toHaveLength(0);
  });

  it('filters the delivery log by status, loads more and replays a delivery', async () => {
    const sent = stubGraphQL({
      WebhookEndpoints: listed,
      WebhookDeliveries: (v) =>
        v.after ? page([delivery({ id: 'd2', status: 'FAILED', statusCode: 500, error: 'HTTP 500' })]) : page([delivery()], true),
      ReplayWebhookDelivery: { data: { replayWebhookDelivery: delivery({ id: 'd3', status: 'PENDING', replayOf: 'd1' }) } },
    });
    const w = mount(WebhookEndpointsPanel);
    await flushPromises();
    await w.get('[data-testid="webhook-log"]').trigger('click');
    await flushPromises();
    expect(sent.at(-1)).toEqual({ operation: 'WebhookDeliveries', variables: { endpointId: 'e1', status: null, first: 25, after: null } });
    const cells = w
      .get('[data-testid="delivery-row"]')
      .findAll('td')
      .map((c) => c.text());
    expect(cells.slice(0, 6)).toEqual(['alert.fired', 'delivered', '1', '200', '42 ms', '{"ok":true}']);
    await w.get('[data-testid="deliveries-more"]').trigger('click');
    await flushPromises();
    expect(sent.at(-1)?.variables).toMatchObject({ after: 'c-d1' });
    expect(w.findAll('[data-testid="delivery-row"]').map((r) => r.attributes('data-status'))).toEqual(['DELIVERED', 'FAILED']);
    await w.get('[data-testid="delivery-filter"]').setValue('FAILED');
    await flushPromises();
    expect(sent.at(-1)?.variables).toMatchObject({ status: 'FAILED', after: null });
    await w.get('[data-testid="delivery-replay"]').trigger('click');
    await flushPromises();
    expect(sent.find((s) => s.operation === 'ReplayWebhookDelivery')?.variables).toEqual({ id: 'd1' });
    expect(w.find('[data-testid="delivery-replayed"]').exists()).toBe(true);
  });

  it('tells other roles that only admins manage endpoints', async () => {
    stubGraphQL({ WebhookEndpoints: failure('FORBIDDEN') });
    const w = mount(WebhookEndpointsPanel);
    await flushPromises();
    expect(w.get('[data-testid="webhooks-error"]').text()).toMatch(/^Only admins manage webhook endpoints/);
    expect(w.find('[data-testid="create-webhook"]').exists()).toBe(false);
  });
});
