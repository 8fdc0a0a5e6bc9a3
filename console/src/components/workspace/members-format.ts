import { GraphQLRequestError, messageFor } from '../../api/client';
import type { MemberRole, WorkspaceMemberFieldsFragment } from '../../gql/graphql';

export type MemberRow = WorkspaceMemberFieldsFragment;

export const MEMBER_ROLES: readonly MemberRole[] = ['ADMIN', 'ANALYST', 'VIEWER'];
export const MEMBER_ROLE_HINTS: Record<MemberRole, string> = {
  ADMIN: 'manages people, keys and settings; reads and writes everything',
  ANALYST: 'reads and writes studies, guides, waves, alerts',
  VIEWER: 'reads; no contact details, no changes',
};

/** "Invited by": the inviting member's email when they are still listed, else who it was. */
export function invitedBy(member: MemberRow, members: readonly MemberRow[]): string {
  if (member.invitedByUserId) return members.find((m) => m.user.id === member.invitedByUserId)?.user.email ?? 'a former member';
  if (member.invitedByKeyId) return 'an API key';
  return '—';
}

/** The message next to a member's row or the invite form, chosen by code. */
export function memberError(error: unknown): string {
  if (!(error instanceof GraphQLRequestError)) return messageFor(error);
  switch (error.code) {
    case 'LAST_ADMIN_MEMBER':
      return 'The workspace keeps at least one admin: make someone else admin first.';
    case 'ALREADY_MEMBER':
      return 'This person is a member already.';
    case 'MEMBER_NOT_FOUND':
      return 'This person is no longer a member. Reload the page.';
    case 'FORBIDDEN':
      return 'Only admins can invite, change or remove members.';
    case 'BAD_USER_INPUT':
      return error.extensions.field === 'email' || /email/i.test(error.message)
        ? 'Enter a valid email address, like name@company.com.'
        : messageFor(error);
    default:
      return messageFor(error);
  }
}
