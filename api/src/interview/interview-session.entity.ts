import type { SessionQualityRow } from '@ladder/contracts';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { LanguageSource, ModeratorKind, SessionStatus } from '../common/enums.js';

@ObjectType({ description: 'One AI-moderated interview of one respondent' })
@Entity({ name: 'interview_session' })
export class InterviewSession {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Field(() => ID) @Column('uuid', { name: 'respondent_id' }) respondentId!: string;
  @Field(() => ID) @Column('uuid', { name: 'wave_id' }) waveId!: string;
  @Field(() => SessionStatus) @Column('text') status!: SessionStatus;
  @Field(() => ModeratorKind, { description: 'Who moderates: MISTRAL, or the built-in OFFLINE moderator. Turns say who wrote each one.' })
  @Column('text')
  moderator!: ModeratorKind;
  /** The pinned guide version (see `guide`). */
  @Column('uuid', { name: 'guide_id', nullable: true }) guideId!: string | null;
  @Field(() => String, { nullable: true, description: 'The language the interview is held in' })
  @Column('text', { nullable: true })
  language!: string | null;
  @Field(() => LanguageSource, { nullable: true })
  @Column('text', { name: 'language_source', nullable: true })
  languageSource!: LanguageSource | null;
  /** Computed by the worker from the turns; exposed as the typed `quality` field. */
  @Column('jsonb', { nullable: true }) quality!: SessionQualityRow | null;
  @Field(() => Date, { nullable: true, description: 'When the one idle reminder was queued' })
  @Column('timestamptz', { name: 'reminded_at', nullable: true })
  remindedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When an unanswered invitation expires' })
  @Column('timestamptz', { name: 'expires_at', nullable: true })
  expiresAt!: Date | null;
  @Field(() => Date, { nullable: true }) @Column('timestamptz', { name: 'last_activity_at', nullable: true }) lastActivityAt!: Date | null;
  /** sha256 of the respondent's link token; the token itself is never stored. */
  @Column('text', { name: 'token_hash' }) tokenHash!: string;
  @Column('text', { name: 'workflow_id' }) workflowId!: string;
  /** Null for a mailed invitation nobody has opened yet: its workflow starts when the link is opened. */
  @Column('timestamptz', { name: 'workflow_started_at', nullable: true }) workflowStartedAt!: Date | null;
  @Field(() => Date, { nullable: true }) @Column('timestamptz', { name: 'started_at', nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) @Column('timestamptz', { name: 'completed_at', nullable: true }) completedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the interview stopped taking answers (completed, abandoned or expired)' })
  @Column({ type: 'timestamptz', name: 'closed_at', nullable: true, insert: false, update: false })
  closedAt!: Date | null;
  @Field(() => Date, {
    nullable: true,
    description: "When the respondent's link was revoked (revokeInterviewLink); it opens nothing since",
  })
  @Column('timestamptz', { name: 'link_revoked_at', nullable: true })
  linkRevokedAt!: Date | null;
  @Field(() => Date) @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
