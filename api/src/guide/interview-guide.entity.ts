import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Band } from '../common/enums.js';
import type { GuideContent } from './default-guides.js';

/** One version of the interview guide of one band. Edits append a version; rows never change. */
@Entity({ name: 'interview_guide' })
export class InterviewGuide {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Column('uuid', { name: 'study_id' }) studyId!: string;
  @Column('text') band!: Band;
  @Column('integer') version!: number;
  @Column('jsonb') content!: GuideContent;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
