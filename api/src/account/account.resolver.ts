import { Arg, Args, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/context.js';
import {
  InviteMemberInput,
  Me,
  UpdateMemberRoleInput,
  WorkspaceMember,
  WorkspaceMemberList,
  WorkspaceMembersArgs,
} from './account.types.js';
import type { MemberService } from './member.service.js';

@Resolver()
export class AccountResolver {
  constructor(private readonly members: MemberService) {}

  @Query(() => Me, { description: 'Who is calling: the signed-in person and their workspaces, or the API key' })
  me(@Ctx() ctx: RequestContext): Promise<Me> {
    return this.members.me(ctx);
  }

  @Query(() => WorkspaceMemberList, { description: "The workspace's people and their roles, oldest first" })
  workspaceMembers(@Ctx() ctx: RequestContext, @Args(() => WorkspaceMembersArgs) args: WorkspaceMembersArgs): Promise<WorkspaceMemberList> {
    return this.members.list(ctx, args.first);
  }

  @Mutation(() => WorkspaceMember, {
    description: 'Adds a person with a role and emails them where to sign in (admins only; ALREADY_MEMBER if they are one)',
  })
  inviteMember(@Ctx() ctx: RequestContext, @Arg('input', () => InviteMemberInput) input: InviteMemberInput): Promise<WorkspaceMember> {
    return this.members.invite(ctx, input);
  }

  @Mutation(() => WorkspaceMember, {
    description: "Changes a member's role from their next request on (admins only; the last admin cannot be demoted: LAST_ADMIN_MEMBER)",
  })
  updateMemberRole(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateMemberRoleInput) input: UpdateMemberRoleInput,
  ): Promise<WorkspaceMember> {
    return this.members.updateRole(ctx, input);
  }

  @Mutation(() => WorkspaceMember, {
    description: 'Removes a person and ends their sessions in this workspace (admins only; not the last admin: LAST_ADMIN_MEMBER)',
  })
  removeMember(@Ctx() ctx: RequestContext, @Arg('userId', () => ID) userId: string): Promise<WorkspaceMember> {
    return this.members.remove(ctx, userId);
  }

  @Mutation(() => Me, {
    description:
      "Moves this console session to another of the person's workspaces (sessions only: SESSION_REQUIRED for a key; " +
      'WORKSPACE_NOT_FOUND when not a member; REAUTHENTICATION_REQUIRED for a session started by single sign-on)',
  })
  switchWorkspace(@Ctx() ctx: RequestContext, @Arg('workspaceId', () => ID) workspaceId: string): Promise<Me> {
    return this.members.switchWorkspace(ctx, workspaceId);
  }

  @Mutation(() => Int, { description: 'Ends every session of the signed-in person, this one included; answers how many ended' })
  signOutEverywhere(@Ctx() ctx: RequestContext): Promise<number> {
    return this.members.signOutEverywhere(ctx);
  }
}
