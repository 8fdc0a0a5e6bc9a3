import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { IngestSourceKind } from '../common/enums.js';

@ObjectType({ description: 'A survey tool posting responses to a wave by webhook: where it posts and how fields map; never the secret' })
export class IngestSource {
  @Field(() => IngestSourceKind) source!: IngestSourceKind;
  @Field(() => String, { description: 'Where the tool posts: <API base>/ingest/<source>/<waveId>' }) url!: string;
  @Field(() => GraphQLJSONObject, { description: 'The field mapping (docs/ingest-webhooks.md); {} means the documented defaults' })
  mapping!: Record<string, unknown>;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { description: 'When the current secret was made (at creation, then at each rotation)' }) rotatedAt!: Date;
}

@ObjectType({ description: 'A webhook source with its signing secret, shown once: when the source is created or its secret rotated' })
export class IngestSourceSecret extends IngestSource {
  @Field(() => String, {
    nullable: true,
    description:
      'The signing secret (generic: whsec_<base64>); null when configureIngestSource updated an existing source, whose secret is unchanged',
  })
  secret!: string | null;
}

@InputType()
export class ConfigureIngestSourceInput {
  @Field(() => ID) waveId!: string;
  @Field(() => IngestSourceKind) source!: IngestSourceKind;
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'Typeform: which answer or hidden field gives each value; null: the defaults',
  })
  mapping?: Record<string, unknown> | null;
}
