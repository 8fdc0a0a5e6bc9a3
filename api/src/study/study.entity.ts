import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@ObjectType({ description: 'An NPS follow-up programme, fielded in waves' })
@Entity({ name: 'study' })
export class Study {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Field(() => String) @Column('text') name!: string;
  @Field(() => String, { nullable: true }) @Column('text', { nullable: true }) description!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Who gets every escalation the interviewer raises in this study, emailed at once (setStudyEscalationOwner)',
  })
  @Column('text', { name: 'escalation_owner_email', nullable: true })
  escalationOwnerEmail!: string | null;
  @Field(() => Date) @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
