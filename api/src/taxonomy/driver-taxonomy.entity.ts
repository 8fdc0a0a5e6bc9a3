import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Crosswalk } from './crosswalk.js';
import type { TaxonomyContent } from '@ladder/contracts/taxonomy';

/** One version of a study's driver taxonomy (category -> driver). Edits append a version; rows never change. */
@ObjectType({ description: "One version of a study's driver taxonomy (category -> driver). Editing makes a new version." })
@Entity({ name: 'driver_taxonomy' })
export class DriverTaxonomy {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Field(() => ID) @Column('uuid', { name: 'study_id' }) studyId!: string;
  @Field(() => Int) @Column('integer') version!: number;
  /** Exposed through the resolver as typed categories. */
  @Column('jsonb') content!: TaxonomyContent;
  @Field(() => String, { nullable: true, description: 'What changed in this version' }) @Column('text', { nullable: true }) note!:
    string | null;
  @Field(() => String, { nullable: true, description: 'The API key that made this version' })
  @Column('text', { name: 'created_by', nullable: true })
  createdBy!: string | null;
  /** Driver keys of the previous version mapped to keys of this one; exposed as a list. */
  @Column('jsonb', { default: {} }) crosswalk!: Crosswalk;
  @Field(() => Date) @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
