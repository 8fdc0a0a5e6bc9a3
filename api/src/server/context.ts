import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import type { ApiKeyService } from '../api-key/api-key.service.js';
import { createAnalysisLoaders } from '../analysis/analysis.loaders.js';
import { createCommentLoaders } from '../comment/comment.loaders.js';
import type { Loaders, Principal, RequestContext } from '../common/context.js';
import { createEscalationLoaders } from '../escalation/escalation.loaders.js';
import type { EventPubSub } from '../events/session-events.js';
import { createFieldingLoaders } from '../fielding/fielding.loaders.js';
import { createGuideLoaders } from '../guide/guide.loaders.js';
import { createInterviewLoaders } from '../interview/interview.loaders.js';
import { createRespondentLoaders } from '../respondent/respondent.loaders.js';
import { createTaxonomyLoaders } from '../taxonomy/taxonomy.loaders.js';
import { createWaveLoaders } from '../wave/wave.loaders.js';
import { createIngestSourceLoaders } from '../webhook-ingest/ingest-source.loaders.js';

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

/**
 * Every module's per-request batch loaders, scoped to the caller's workspace, so a list of N rows
 * costs one statement per relation, not N. The return type is the merged `Loaders` interface: a
 * module that declares loaders and is not assembled here fails the build.
 */
export function createLoaders(db: DataSource, workspaceId: string | null): Loaders {
  return {
    ...createWaveLoaders(db, workspaceId),
    ...createIngestSourceLoaders(db, workspaceId),
    ...createGuideLoaders(db, workspaceId),
    ...createTaxonomyLoaders(db, workspaceId),
    ...createRespondentLoaders(db, workspaceId),
    ...createInterviewLoaders(db, workspaceId),
    ...createEscalationLoaders(db, workspaceId),
    ...createAnalysisLoaders(db, workspaceId),
    ...createFieldingLoaders(db, workspaceId),
    ...createCommentLoaders(db, workspaceId),
  };
}

export function contextFor(principal: Principal, db: DataSource, events: EventPubSub): RequestContext {
  const workspaceId = principal.kind === 'anonymous' ? null : principal.workspaceId;
  return { principal, db, events, loaders: createLoaders(db, workspaceId), freshLoaders: () => createLoaders(db, workspaceId) };
}
