import { Length, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ApiKeyRole, MemberRole } from '../common/enums.js';

@ObjectType({ description: 'A person who signs in to the console' })
export class User {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Lower case; how they sign in' }) email!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType({ description: 'A workspace the signed-in person belongs to, with their role there' })
export class Membership {
  @Field(() => ID) workspaceId!: string;
  @Field(() => String) workspaceName!: string;
  @Field(() => MemberRole) role!: MemberRole;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType({ description: 'Who is calling: a signed-in person (a console session) or an API key' })
export class Me {
  @Field(() => String, { description: '"user" (a console session) or "api-key"' }) kind!: 'user' | 'api-key';
  @Field(() => User, { nullable: true, description: 'The person; null for an API key' }) user!: User | null;
  @Field(() => ID, { nullable: true, description: 'The API key; null for a person' }) apiKeyId!: string | null;
  @Field(() => ID, { description: 'The workspace this call acts in' }) workspaceId!: string;
  @Field(() => ApiKeyRole, { description: 'The role this call acts with' }) role!: ApiKeyRole;
  @Field(() => [Membership], { description: "The person's workspaces (empty for an API key)" }) memberships!: Membership[];
}

@ObjectType({ description: 'A person in this workspace, with their role' })
export class WorkspaceMember {
  @Field(() => User) user!: User;
  @Field(() => MemberRole) role!: MemberRole;
  @Field(() => ID, { nullable: true, description: 'The member who invited them (null when a key did, or for the first admin)' })
  invitedByUserId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The API key that invited them' }) invitedByKeyId!: string | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType()
export class WorkspaceMemberList {
  @Field(() => [WorkspaceMember], { description: 'Oldest first' }) items!: WorkspaceMember[];
  @Field(() => Int) totalCount!: number;
}

@ArgsType()
export class WorkspaceMembersArgs {
  @Field(() => Int, { defaultValue: 200, description: '1 to 1000' }) @Min(1) @Max(1000) first!: number;
}

@InputType()
export class InviteMemberInput {
  @Field(() => String, { description: 'Their address: they sign in with it (a magic link, or SSO later)' })
  @Length(3, 254)
  email!: string;
  @Field(() => MemberRole) role!: MemberRole;
}

@InputType()
export class UpdateMemberRoleInput {
  @Field(() => ID) userId!: string;
  @Field(() => MemberRole) role!: MemberRole;
}
