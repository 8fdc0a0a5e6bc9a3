import { IsOptional, Max, Min } from 'class-validator';
import { Field, InputType, Int, ObjectType } from 'type-graphql';

/** The longest retention accepted: 100 years. */
export const MAX_RETENTION_DAYS = 36500;

@ObjectType({ description: "The workspace's data settings" })
export class WorkspaceSettings {
  @Field(() => Int, {
    nullable: true,
    description: 'Respondents whose interview closed more than this many days ago are erased daily; null keeps them',
  })
  transcriptRetentionDays!: number | null;

  @Field(() => [String], {
    description:
      'Partner origins (https://app.example.com) whose pages may embed the respondent chat (/embed.js) and receive its events; ' +
      'empty: no page may frame it',
  })
  embedOrigins!: string[];
}

@InputType()
export class UpdateWorkspaceSettingsInput {
  @Field(() => Int, { nullable: true, description: `1 to ${MAX_RETENTION_DAYS}; null keeps interviews; absent leaves it unchanged` })
  @IsOptional()
  @Min(1)
  @Max(MAX_RETENTION_DAYS)
  transcriptRetentionDays?: number | null;
}
