import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import type { ApiKeyService } from '../api-key/api-key.service.js';
import type { Principal, RequestContext } from '../common/context.js';
import { createLoaders } from '../common/loaders.js';
import type { EventPubSub } from '../events/session-events.js';

export const unauthenticated = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

/**
 * "Bearer <key>" -> principal. No header at all is an anonymous caller (respondent pages use
 * their link token instead); a header with an unknown or revoked key is rejected outright.
 */
export async function principalFrom(header: unknown, apiKeys: ApiKeyService): Promise<Principal> {
  if (header === undefined || header === null || header === '') return { kind: 'anonymous' };
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header.trim()) : null;
  if (!match) throw unauthenticated('The Authorization header must be "Bearer <api key>"');
  const principal = await apiKeys.authenticate(match[1]);
  if (!principal) throw unauthenticated('The API key is not valid or has been revoked');
  return principal;
}

export function contextFor(principal: Principal, db: DataSource, events: EventPubSub): RequestContext {
  return { principal, db, events, loaders: createLoaders(db, principal.kind === 'api-key' ? principal.workspaceId : null) };
}
