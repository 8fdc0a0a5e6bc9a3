import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/context.js';
import { ApiKey } from './api-key.entity.js';
import type { ApiKeyService } from './api-key.service.js';
import { ApiKeyList, ApiKeysArgs, CreateApiKeyInput, CreatedApiKey } from './api-key.types.js';

@Resolver()
export class ApiKeyResolver {
  constructor(private readonly keys: ApiKeyService) {}

  @Query(() => ApiKeyList, { description: "The workspace's API keys, newest first, never their secrets (admin keys only)" })
  apiKeys(@Ctx() ctx: RequestContext, @Args(() => ApiKeysArgs) args: ApiKeysArgs): Promise<ApiKeyList> {
    return this.keys.list(ctx, args);
  }

  @Mutation(() => CreatedApiKey, { description: 'A new API key; its secret is shown only in this answer (admin keys only)' })
  createApiKey(@Ctx() ctx: RequestContext, @Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput): Promise<CreatedApiKey> {
    return this.keys.create(ctx, input);
  }

  @Mutation(() => ApiKey, {
    description:
      'Revokes a key at once on every API process: its requests are refused and its WebSocket and SSE streams closed within ' +
      'seconds; idempotent. The last working admin key cannot be revoked (LAST_ADMIN_KEY). Admin keys only',
  })
  revokeApiKey(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ApiKey> {
    return this.keys.revoke(ctx, id);
  }
}
