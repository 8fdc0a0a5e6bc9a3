import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import type { Loaders, RequestContext } from '../common/context.js';
import { ApiKeyRole } from '../common/enums.js';
import { LadderError } from '../common/errors.js';
import { Respondent } from './respondent.entity.js';
import { RespondentResolver } from './respondent.resolver.js';
import type { RespondentService } from './respondent.service.js';
import type { CsvImportService } from './import/csv-import.service.js';

/**
 * Personal data on a respondent reached by a key that may not read: an ingest key gets one through
 * startInterview's session, which needs Temporal, so the field resolvers are called directly here.
 */
const resolver = new RespondentResolver({} as RespondentService, {} as CsvImportService);
const respondent = Object.assign(new Respondent(), { id: 'r-1', comment: 'The export broke twice.' });
const contextOf = (role: ApiKeyRole): RequestContext => {
  const loaders = { email: { load: async () => 'r@example.com' } } as unknown as Loaders;
  // Only what these field resolvers read: the caller and the email loader.
  const ctx: Partial<RequestContext> = { principal: { kind: 'api-key', keyId: 'k', workspaceId: 'w', role }, loaders };
  return ctx as RequestContext;
};
const codeOf = async (read: () => unknown) => {
  try {
    await read();
    return 'read';
  } catch (error) {
    return error instanceof LadderError ? error.code : String(error);
  }
};

describe('Respondent personal data', () => {
  it('is read by admin, analyst and viewer keys', async () => {
    for (const role of [ApiKeyRole.ADMIN, ApiKeyRole.ANALYST, ApiKeyRole.VIEWER]) {
      expect(resolver.comment(respondent, contextOf(role))).toBe('The export broke twice.');
      expect(await resolver.email(respondent, contextOf(role))).toBe('r@example.com');
    }
  });

  it('is refused to ingest keys, which write responses but read nothing back', async () => {
    expect(await codeOf(() => resolver.comment(respondent, contextOf(ApiKeyRole.INGEST)))).toBe('FORBIDDEN');
    expect(await codeOf(() => resolver.email(respondent, contextOf(ApiKeyRole.INGEST)))).toBe('FORBIDDEN');
  });
});
