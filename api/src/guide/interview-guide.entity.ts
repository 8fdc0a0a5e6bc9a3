import type { GuideContent } from '@ladder/contracts/guide';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Band } from '../common/enums.js';

/** One version of the interview guide of one band. Edits append a version; rows never change. */
@ObjectType({ description: 'One version of the interview guide of one band. Editing makes a new version; waves pin versions at launch.' })
@Entity({ name: 'interview_guide' })
export class InterviewGuide {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Field(() => ID) @Column('uuid', { name: 'study_id' }) studyId!: string;
  @Field(() => Band) @Column('text') band!: Band;
  @Field(() => Int) @Column('integer') version!: number;
  /** Exposed through the resolver as the typed GuideContent object. */
  @Column('jsonb') content!: GuideContent;
  @Field(() => String, { nullable: true, description: 'What changed in this version' }) @Column('text', { nullable: true }) note!:
    string | null;
  @Field(() => String, { nullable: true, description: 'The API key name that made this version' })
  @Column('text', { name: 'created_by', nullable: true })
  createdBy!: string | null;
  @Field(() => Date) @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
