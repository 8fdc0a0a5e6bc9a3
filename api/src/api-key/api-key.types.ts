import { Length, Max, Min } from 'class-validator';
import { ArgsType, Field, InputType, Int, ObjectType } from 'type-graphql';
import { ApiKeyRole } from '../common/enums.js';
import { ApiKey } from './api-key.entity.js';

@InputType()
export class CreateApiKeyInput {
  @Field(() => String, { description: '1 to 100 characters, e.g. "CRM sync" or "Alice (console)"' })
  @Length(1, 100)
  name!: string;
  @Field(() => ApiKeyRole, {
    description: 'ADMIN manages keys; ANALYST reads and writes; VIEWER reads; INGEST only imports and starts interviews',
  })
  role!: ApiKeyRole;
}

@ObjectType({ description: 'A new API key with its secret: shown only in this answer, stored hashed' })
export class CreatedApiKey {
  @Field(() => ApiKey) key!: ApiKey;
  @Field(() => String, { description: 'Send it as "Authorization: Bearer <secret>"; it cannot be read again' })
  secret!: string;
}

@ObjectType()
export class ApiKeyList {
  @Field(() => [ApiKey], { description: 'Newest first' }) items!: ApiKey[];
  @Field(() => Int) totalCount!: number;
}

@ArgsType()
export class ApiKeysArgs {
  @Field(() => Int, { defaultValue: 100, description: '1 to 1000' }) @Min(1) @Max(1000) first!: number;
  @Field(() => Boolean, { defaultValue: true, description: 'false: only the keys that still work' }) includeRevoked!: boolean;
}
