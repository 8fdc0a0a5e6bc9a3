import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubGraphQL } from '../live/fake-fetch';
import RevokeLinkAction from './RevokeLinkAction.vue';

const AT = '2026-12-07T09:30:00.000Z';
afterEach(() => vi.unstubAllGlobals());

describe('RevokeLinkAction', () => {
  it('asks before revoking, then sends the session id and reports when', async () => {
    const sent = stubGraphQL({ RevokeInterviewLink: { data: { revokeInterviewLink: { id: 's1', linkRevokedAt: AT } } } });
    const w = mount(RevokeLinkAction, { props: { sessionId: 's1', revokedAt: null } });
    await w.get('[data-testid="revoke-link-button"]').trigger('click');
    expect(sent).toEqual([]);
    expect(w.get('[data-testid="revoke-link-question"]').text()).toMatch(/stops working at once; the transcript stays/);
    await w.get('[data-testid="revoke-link-confirm"]').trigger('click');
    await flushPromises();
    expect(sent).toEqual([{ operation: 'RevokeInterviewLink', variables: { sessionId: 's1' } }]);
    expect(w.emitted('revoked')).toEqual([[AT]]);
    expect(w.find('[data-testid="revoke-link-question"]').exists()).toBe(false);
  });

  it('shows a revoked link with its time and a disabled button', async () => {
    const w = mount(RevokeLinkAction, { props: { sessionId: 's1', revokedAt: AT } });
    expect(w.get('[data-testid="revoke-link-button"]').attributes('disabled')).toBeDefined();
    expect(w.get('[data-testid="revoke-link-button"]').text()).toBe('Link revoked');
    expect(w.get('[data-testid="link-revoked"]').text()).toBe(`revoked ${new Date(AT).toLocaleString()}`);
  });

  it.each([
    ['FORBIDDEN', /Only admin and analyst API keys/],
    ['SESSION_NOT_FOUND', /no longer exists/],
    ['RATE_LIMITED', /slow down/],
  ])('explains %s by its code', async (code, text) => {
    stubGraphQL({ RevokeInterviewLink: { errors: [{ message: 'Please slow down', extensions: { code } }] } });
    const w = mount(RevokeLinkAction, { props: { sessionId: 's1', revokedAt: null } });
    await w.get('[data-testid="revoke-link-button"]').trigger('click');
    await w.get('[data-testid="revoke-link-confirm"]').trigger('click');
    await flushPromises();
    const error = w.get('[data-testid="revoke-link-error"]');
    expect(error.attributes('data-code')).toBe(code);
    expect(error.text()).toMatch(text);
    expect(w.emitted('revoked')).toBeUndefined();
  });
});
