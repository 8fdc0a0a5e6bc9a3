import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TaxonomyContent } from './default-taxonomy.js';

/** One version of a study's driver taxonomy (category -> driver). Edits append a version. */
@Entity({ name: 'driver_taxonomy' })
export class DriverTaxonomy {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Column('uuid', { name: 'study_id' }) studyId!: string;
  @Column('integer') version!: number;
  @Column('jsonb') content!: TaxonomyContent;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
