import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import type { Permission } from '../common/context.js';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { EscalationReason, EscalationStatus } from '../common/enums.js';

@ObjectType({ description: 'An urgent case found during an interview, for a human to pick up: the AI documents, a person recovers' })
@Entity({ name: 'escalation' })
export class Escalation {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Field(() => ID) @Column('uuid', { name: 'study_id' }) studyId!: string;
  @Field(() => ID) @Column('uuid', { name: 'wave_id' }) waveId!: string;
  @Field(() => ID) @Column('uuid', { name: 'session_id' }) sessionId!: string;
  @Column('uuid', { name: 'turn_id' }) turnId!: string;
  @Field(() => EscalationReason) @Column('text') reason!: EscalationReason;
  @Authorized<Permission>('transcripts')
  @Field(() => String, { description: "The respondent's words that raised it, verbatim" })
  @Column('text')
  quote!: string;
  @Field(() => String, { description: 'offline (pattern detector) or mistral' })
  @Column('text', { name: 'detected_by' })
  detectedBy!: string;
  @Field(() => EscalationStatus) @Column('text') status!: EscalationStatus;
  @Field(() => String, { nullable: true, description: 'Who is handling it' }) @Column('text', { nullable: true }) owner!: string | null;
  @Field(() => String, { nullable: true, description: 'The address of its owner, who is emailed when it is assigned to them' })
  @Column('text', { name: 'owner_email', nullable: true })
  ownerEmail!: string | null;
  @Field(() => String, { nullable: true, description: 'Who changed it last: "user:<id>" or "api-key:<id>"; null until changed' })
  @Column('text', { name: 'updated_by', nullable: true })
  updatedBy!: string | null;
  @Field(() => Date) @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Field(() => Date) @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
