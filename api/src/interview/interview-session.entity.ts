import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ModeratorKind, SessionStatus } from '../common/enums.js';

@ObjectType({ description: 'One AI-moderated interview of one respondent' })
@Entity({ name: 'interview_session' })
export class InterviewSession {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Field(() => ID) @Column('uuid', { name: 'respondent_id' }) respondentId!: string;
  @Field(() => ID) @Column('uuid', { name: 'wave_id' }) waveId!: string;
  @Field(() => SessionStatus) @Column('text') status!: SessionStatus;
  @Field(() => ModeratorKind) @Column('text') moderator!: ModeratorKind;
  /** sha256 of the respondent's link token; the token itself is never stored. */
  @Column('text', { name: 'token_hash' }) tokenHash!: string;
  @Column('text', { name: 'workflow_id' }) workflowId!: string;
  @Field(() => Date, { nullable: true }) @Column('timestamptz', { name: 'started_at', nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) @Column('timestamptz', { name: 'completed_at', nullable: true }) completedAt!: Date | null;
  @Field(() => Date) @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
