import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubGraphQL } from '../live/fake-fetch';
import SendInvitations from './SendInvitations.vue';

afterEach(() => vi.unstubAllGlobals());
enableAutoUnmount(afterEach);

const invited = { data: { inviteRespondents: { queued: 3, alreadyInvited: 0, withoutEmail: 1, suppressed: 1 } } };

describe('SendInvitations', () => {
  it('asks first, then invites everyone not yet invited and shows the counts', async () => {
    const sent = stubGraphQL({ InviteRespondents: invited });
    const w = mount(SendInvitations, { props: { waveId: 'w1', waveStatus: 'FIELDING' } });
    await w.get('[data-testid="invite-now"]').trigger('click');
    expect(sent).toEqual([]);
    expect(w.text()).toContain('Invite everyone not yet invited in every band?');
    await w.get('[data-testid="invite-confirm"]').trigger('click');
    await flushPromises();
    expect(sent.map((s) => s.variables)).toEqual([{ input: { waveId: 'w1', filter: { notInvitedOnly: true, bands: null } } }]);
    expect(w.get('[data-testid="invite-queued"]').text()).toBe('3');
    expect(w.get('[data-testid="invite-without-email"]').text()).toBe('1');
    expect(w.get('[data-testid="invite-suppressed"]').text()).toBe('1');
    expect(w.emitted('sent')).toHaveLength(1);
  });

  it('filters by the bands left checked', async () => {
    const sent = stubGraphQL({ InviteRespondents: invited });
    const w = mount(SendInvitations, { props: { waveId: 'w1', waveStatus: 'FIELDING' } });
    const bands = w.findAll('[data-testid="invite-band"]');
    await bands[1].setValue(false);
    await bands[2].setValue(false);
    await w.get('[data-testid="invite-now"]').trigger('click');
    expect(w.text()).toContain('not yet invited in detractors?');
    await w.get('[data-testid="invite-confirm"]').trigger('click');
    await flushPromises();
    expect(sent[0].variables).toEqual({ input: { waveId: 'w1', filter: { notInvitedOnly: true, bands: ['DETRACTOR'] } } });
    await bands[0].setValue(false);
    expect(w.get('[data-testid="invite-now"]').attributes('disabled')).toBeDefined();
  });

  it('cannot send for a draft wave', async () => {
    stubGraphQL({});
    const w = mount(SendInvitations, { props: { waveId: 'w1', waveStatus: 'DRAFT' } });
    expect(w.get('[data-testid="invite-now"]').attributes('disabled')).toBeDefined();
    expect(w.find('[data-testid="invite-draft"]').exists()).toBe(true);
  });

  it('says when nobody is left to invite', async () => {
    stubGraphQL({ InviteRespondents: { data: { inviteRespondents: { queued: 0, alreadyInvited: 0, withoutEmail: 0, suppressed: 0 } } } });
    const w = mount(SendInvitations, { props: { waveId: 'w1', waveStatus: 'FIELDING' } });
    await w.get('[data-testid="invite-now"]').trigger('click');
    await w.get('[data-testid="invite-confirm"]').trigger('click');
    await flushPromises();
    expect(w.get('[data-testid="invite-result"]').text()).toBe('Nobody left to invite in every band.');
  });
});
