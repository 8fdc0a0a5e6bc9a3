import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ModeratorAction, TurnAuthor, TurnRole } from '../common/enums.js';

@ObjectType({ description: 'One message of an interview, by the moderator or the respondent' })
@Entity({ name: 'turn' })
export class Turn {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Column('uuid', { name: 'session_id' }) sessionId!: string;
  @Field(() => Int) @Column('integer') seq!: number;
  @Field(() => TurnRole) @Column('text') role!: TurnRole;
  @Field(() => String) @Column('text') text!: string;
  @Field(() => String) @Column('text') phase!: string;
  @Field(() => Int) @Column('integer', { name: 'ladder_level' }) ladderLevel!: number;
  @Field(() => ModeratorAction, { nullable: true, description: 'Moderator turns: what the turn does' })
  @Column('text', { nullable: true })
  action!: ModeratorAction | null;
  @Field(() => TurnAuthor, { nullable: true, description: 'Who wrote the turn; OFFLINE_FALLBACK when Mistral kept failing' })
  @Column('text', { nullable: true })
  author!: TurnAuthor | null;
  // Moderation details, shown to API keys only through `moderation` (respondents never see them).
  @Column('boolean', { name: 'reused_words', nullable: true }) reusedWords!: boolean | null;
  @Column('smallint', { name: 'leading_caught' }) leadingCaught!: number;
  @Column('jsonb', { name: 'leading_findings', nullable: true }) leadingFindings!: { rule: string; match: string }[] | null;
  @Column('text', { nullable: true }) model!: string | null;
  @Column('integer', { name: 'prompt_tokens', nullable: true }) promptTokens!: number | null;
  @Column('integer', { name: 'completion_tokens', nullable: true }) completionTokens!: number | null;
  @Column('numeric', {
    name: 'cost_usd',
    nullable: true,
    transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  costUsd!: number | null;
  @Column('integer', { name: 'llm_latency_ms', nullable: true }) llmLatencyMs!: number | null;
  @Column('text', { name: 'fallback_reason', nullable: true }) fallbackReason!: string | null;
  @Field(() => Date) @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
