import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, dataOf, startTestApi, type TestApi } from '../test-support/api-harness.js';
import { UpdateWorkspaceSettingsDocument, WorkspaceSettingsDocument } from '../test-support/gql/graphql.js';

let api: TestApi;

const settings = async (key: string) => dataOf(await api.gql(WorkspaceSettingsDocument, {}, key)).workspaceSettings;
const update = (transcriptRetentionDays: number | null | undefined, key = api.a.keys.admin) =>
  api.gql(UpdateWorkspaceSettingsDocument, { input: transcriptRetentionDays === undefined ? {} : { transcriptRetentionDays } }, key);

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

describe('successful workspace settings', () => {
  it('keeps interviews by default, sets a retention, leaves it when absent and clears it with null', async () => {
    expect(await settings(api.a.keys.admin)).toEqual({ transcriptRetentionDays: null });
    expect(dataOf(await update(30)).updateWorkspaceSettings).toEqual({ transcriptRetentionDays: 30 });
    for (const role of ['analyst', 'viewer'] as const) expect(await settings(api.a.keys[role])).toEqual({ transcriptRetentionDays: 30 });
    expect(dataOf(await update(undefined)).updateWorkspaceSettings).toEqual({ transcriptRetentionDays: 30 });
    // Another workspace's settings are its own.
    expect(await settings(api.b.keys.admin)).toEqual({ transcriptRetentionDays: null });
    expect(dataOf(await update(null)).updateWorkspaceSettings).toEqual({ transcriptRetentionDays: null });
    const [{ days }] = await api.db.query(`SELECT transcript_retention_days AS days FROM workspace WHERE id = $1`, [api.a.id]);
    expect(days).toBeNull();
  });
});

describe('failing workspace settings', () => {
  it('lets only admins change them and refuses retentions out of range', async () => {
    for (const role of ['analyst', 'viewer', 'ingest'] as const) {
      const r = await update(7, api.a.keys[role]);
      expect(r.errors?.[0]).toMatchObject({
        message: 'Only an admin key may change the workspace settings.',
        extensions: { code: 'FORBIDDEN' },
      });
    }
    expect(codeOf(await api.gql(WorkspaceSettingsDocument, {}, api.a.keys.ingest))).toBe('FORBIDDEN');
    expect(codeOf(await update(0))).toBe('BAD_USER_INPUT');
    expect(codeOf(await update(36501))).toBe('BAD_USER_INPUT');
    expect(await settings(api.a.keys.admin)).toEqual({ transcriptRetentionDays: null });
  });
});
