import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ApiKeyRole } from '../common/enums.js';

@ObjectType({ description: "One of the workspace's API keys; never its secret (admin keys only)" })
@Entity({ name: 'api_key' })
export class ApiKey {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Field(() => String) @Column('text') name!: string;
  @Field(() => ApiKeyRole) @Column('text') role!: ApiKeyRole;
  /** The first characters of the secret, to recognise a key in a list; never enough to use it. */
  @Field(() => String, { description: 'The first 8 characters of the secret, to recognise the key; never enough to use it' })
  @Column('text')
  prefix!: string;
  @Column('text', { name: 'secret_hash' }) secretHash!: string;
  @Field(() => Date) @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Field(() => ID, { nullable: true, description: 'The key that created this one; null for keys made outside the API' })
  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;
  @Field(() => Date, {
    nullable: true,
    description: 'When the key last authenticated a request (updated at most every 10 s per API process)',
  })
  @Column('timestamptz', { name: 'last_used_at', nullable: true })
  lastUsedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Revoked keys authenticate nothing and never come back' })
  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;
  @Field(() => ID, { nullable: true, description: 'The key that revoked this one' })
  @Column('uuid', { name: 'revoked_by', nullable: true })
  revokedBy!: string | null;
  @Field(() => Boolean, { description: 'Made at API start from the bootstrap secret (LADDER_BOOTSTRAP_API_KEY)' })
  @Column('boolean', { default: false })
  bootstrap!: boolean;
}
