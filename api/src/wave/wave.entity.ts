import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { WaveStatus } from '../common/enums.js';

@ObjectType({ description: 'One fielding of a study, e.g. a quarter' })
@Entity({ name: 'wave' })
export class Wave {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Field(() => ID) @Column('uuid', { name: 'study_id' }) studyId!: string;
  @Field(() => String) @Column('text') name!: string;
  @Field(() => WaveStatus) @Column('text') status!: WaveStatus;
  @Field(() => Date, { nullable: true, description: 'When the wave was launched and its guide versions pinned' })
  @Column('timestamptz', { name: 'launched_at', nullable: true })
  launchedAt!: Date | null;
  /** Holds the console's "try it" interviews; never listed or counted. */
  @Column('boolean', { default: false }) preview!: boolean;
  @Field(() => Date) @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
