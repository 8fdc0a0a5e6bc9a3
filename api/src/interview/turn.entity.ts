import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TurnRole } from '../common/enums.js';

@ObjectType({ description: 'One message of an interview, by the moderator or the respondent' })
@Entity({ name: 'turn' })
export class Turn {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Column('uuid', { name: 'session_id' }) sessionId!: string;
  @Field(() => Int) @Column('integer') seq!: number;
  @Field(() => TurnRole) @Column('text') role!: TurnRole;
  @Field(() => String) @Column('text') text!: string;
  @Field(() => String) @Column('text') phase!: string;
  @Field(() => Int) @Column('integer', { name: 'ladder_level' }) ladderLevel!: number;
  @Field(() => Date) @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
