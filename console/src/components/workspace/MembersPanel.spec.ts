import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setPrincipalForTest } from '../../api/principal';
import type { MemberRole } from '../../gql/graphql';
import { userPrincipal } from '../account/account.fixture';
import { stubGraphQL } from '../live/fake-fetch';
import MembersPanel from './MembersPanel.vue';
import type { MemberRow } from './members-format';

afterEach(() => {
  vi.unstubAllGlobals();
  setPrincipalForTest(null);
});
enableAutoUnmount(afterEach);

const member = (id: string, email: string, role: MemberRole, invitedByUserId: string | null = null): MemberRow => ({
  user: { id, email, name: null },
  role,
  invitedByUserId,
  invitedByKeyId: null,
  createdAt: '2026-12-07T09:00:00.000Z',
});
const ada = member('u1', 'ada@example.com', 'ADMIN');
const bob = member('u2', 'bob@example.com', 'VIEWER', 'u1');
const listed = { data: { workspaceMembers: { totalCount: 2, items: [ada, bob] } } };
const row = (w: ReturnType<typeof mount>, id: string) => w.get(`[data-testid="member-row"][data-user-id="${id}"]`);
const refused = (code: string) => ({ errors: [{ message: code, extensions: { code } }] });

describe('MembersPanel', () => {
  it('lists people with role, who invited them and when; an admin invites one', async () => {
    setPrincipalForTest(userPrincipal());
    const sent = stubGraphQL({
      WorkspaceMembers: listed,
      InviteMember: { data: { inviteMember: member('u3', 'cy@example.com', 'ANALYST', 'u1') } },
    });
    const w = mount(MembersPanel);
    await flushPromises();
    const cells = row(w, 'u2')
      .findAll('td')
      .map((c) => c.text());
    expect(cells[0]).toBe('bob@example.com');
    expect(cells[3]).toBe('ada@example.com');
    expect(row(w, 'u1').text()).toContain('(you)');
    await w.get('[data-testid="invite-email"]').setValue('cy@example.com');
    await w.get('[data-testid="invite-role"]').setValue('ANALYST');
    await w.get('[data-testid="invite-member"]').trigger('submit');
    await flushPromises();
    expect(sent.at(-1)).toEqual({ operation: 'InviteMember', variables: { input: { email: 'cy@example.com', role: 'ANALYST' } } });
    expect(row(w, 'u3').attributes('data-role')).toBe('ANALYST');
    expect(w.get('[data-testid="invite-done"]').text()).toContain('cy@example.com');
  });

  it('shows LAST_ADMIN_MEMBER next to the row and keeps the role shown', async () => {
    setPrincipalForTest(userPrincipal());
    stubGraphQL({ WorkspaceMembers: listed, UpdateMemberRole: refused('LAST_ADMIN_MEMBER') });
    const w = mount(MembersPanel);
    await flushPromises();
    await row(w, 'u1').get('[data-testid="member-role"]').setValue('VIEWER');
    await flushPromises();
    expect(w.get('[data-testid="member-error"]').text()).toBe('The workspace keeps at least one admin: make someone else admin first.');
    expect(row(w, 'u1').attributes('data-role')).toBe('ADMIN');
    expect((row(w, 'u1').get('[data-testid="member-role"]').element as HTMLSelectElement).value).toBe('ADMIN');
  });

  it('changes a role and removes a member after the confirm step', async () => {
    setPrincipalForTest(userPrincipal());
    const sent = stubGraphQL({
      WorkspaceMembers: listed,
      UpdateMemberRole: { data: { updateMemberRole: { ...bob, role: 'ANALYST' } } },
      RemoveMember: { data: { removeMember: { user: { id: 'u2' } } } },
    });
    const w = mount(MembersPanel);
    await flushPromises();
    await row(w, 'u2').get('[data-testid="member-role"]').setValue('ANALYST');
    await flushPromises();
    expect(row(w, 'u2').attributes('data-role')).toBe('ANALYST');
    await row(w, 'u2').get('[data-testid="member-remove"]').trigger('click');
    expect(sent.map((s) => s.operation)).not.toContain('RemoveMember');
    await row(w, 'u2').get('[data-testid="member-remove-confirm"]').trigger('click');
    await flushPromises();
    expect(sent.at(-1)).toEqual({ operation: 'RemoveMember', variables: { userId: 'u2' } });
    expect(w.findAll('[data-testid="member-row"]')).toHaveLength(1);
  });

  it('shows a viewer the list without any edit control', async () => {
    setPrincipalForTest(userPrincipal({ role: 'VIEWER', user: { __typename: 'User', id: 'u2', email: 'bob@example.com', name: null } }));
    stubGraphQL({ WorkspaceMembers: listed });
    const w = mount(MembersPanel);
    await flushPromises();
    expect(w.findAll('[data-testid="member-row"]')).toHaveLength(2);
    expect(w.find('[data-testid="invite-member"]').exists()).toBe(false);
    expect(w.find('[data-testid="member-role"]').exists()).toBe(false);
    expect(w.find('[data-testid="member-remove"]').exists()).toBe(false);
    expect(w.find('[data-testid="members-read-only"]').exists()).toBe(true);
    expect(row(w, 'u2').findAll('td')[2].text()).toBe('viewer');
  });
});
