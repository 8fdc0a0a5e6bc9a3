import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Band } from '../common/enums.js';

export type RespondentAttributes = Record<string, string>;

@ObjectType({ description: 'A person who answered the NPS survey' })
@Entity({ name: 'respondent' })
export class Respondent {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Field(() => ID) @Column('uuid', { name: 'wave_id' }) waveId!: string;
  @Field(() => String, { description: 'The id in the customer\'s own system (CSV column "id")' })
  @Column('text', { name: 'external_id' })
  externalId!: string;
  @Field(() => Int) @Column('smallint') score!: number;
  @Field(() => Band, { description: 'Derived from the score by the database' })
  // A generated column: the band rule's SQL lives in the migrations only (synchronize is never on).
  @Column({ type: 'text', insert: false, update: false })
  band!: Band;
  @Field(() => GraphQLJSONObject) @Column('jsonb') attributes!: RespondentAttributes;
  @Field(() => String, {
    nullable: true,
    description: 'From the import; null when unknown (the interview detects it from the first answer)',
  })
  @Column('text', { nullable: true })
  language!: string | null;
  @Field(() => Date, { description: 'When the NPS answer was given (import column responded_at; the import time otherwise)' })
  @Column({ type: 'timestamptz', name: 'responded_at', insert: false, update: false })
  respondedAt!: Date;
  @Field(() => Date) @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  /** The survey's free-text answer: personal data, exposed by a field resolver that checks the caller may read. */
  @Column('text', { nullable: true }) comment!: string | null;
  @Field(() => String, { description: 'Where the response came from: csv, api, seed, preview or webhook:<tool>' })
  @Column('text')
  source!: string;
  @Field(() => ID, { nullable: true, description: 'The import batch (CSV import, ingest call, webhook delivery) that last wrote it' })
  @Column('uuid', { name: 'import_batch_id', nullable: true })
  importBatchId!: string | null;
  @Field(() => Date, { description: 'When its current response was received' })
  @Column({ type: 'timestamptz', name: 'received_at', insert: false })
  receivedAt!: Date;
  @Field(() => Date, { description: 'When its response last changed (an ingest of the same payload changes nothing)' })
  @Column({ type: 'timestamptz', name: 'updated_at', insert: false })
  updatedAt!: Date;
}

/** Contact details live apart from attributes, so analysis and exports never carry them. */
@Entity({ name: 'respondent_contact' })
export class RespondentContact {
  @Column('uuid', { name: 'respondent_id', primary: true }) respondentId!: string;
  @Column('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Column('text', { nullable: true }) email!: string | null;
}
