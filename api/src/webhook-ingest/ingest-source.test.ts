import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, dataOf, startTestApi, type TestApi } from '../test-support/api-harness.js';
import { studyWithWave } from '../test-support/fixtures.js';
import { jsonObject } from '../test-support/webhook-requests.js';
import { ConfigureIngestSourceDocument, RotateIngestSecretDocument, StudyWaveIngestSourcesDocument } from '../test-support/gql/graphql.js';

let api: TestApi;
let studyId: string;
let waveId: string;

const storedSources = async (wave: string): Promise<{ source: string; secret: string; mapping: unknown }[]> =>
  api.db.query(`SELECT source, secret, mapping FROM wave_ingest_source WHERE wave_id = $1 ORDER BY source`, [wave]);

beforeAll(async () => {
  api = await startTestApi();
  ({ studyId, waveId } = await studyWithWave(api));
});
afterAll(() => api.stop());

describe('successful webhook source configuration', () => {
  it('creates a generic source: the URL on the API base and a whsec_ secret, shown once and stored as is', async () => {
    const before = Date.now();
    const created = dataOf(await api.gql(ConfigureIngestSourceDocument, { input: { waveId, source: 'GENERIC' } })).configureIngestSource;
    expect(created).toMatchObject({ source: 'GENERIC', url: `http://localhost:4000/ingest/generic/${waveId}`, mapping: {} });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Date.parse(created.createdAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(await storedSources(waveId)).toEqual([{ source: 'generic', secret: created.secret, mapping: {} }]);
  });

  it('updates the mapping of an existing source without a new secret, and does not show the secret again', async () => {
    const mapping = { externalId: 'hidden.customer_id', attributes: { tier: 'hidden.tier' } };
    const first = dataOf(await api.gql(ConfigureIngestSourceDocument, { input: { waveId, source: 'TYPEFORM' } })).configureIngestSource;
    expect(first.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const again = dataOf(
      await api.gql(ConfigureIngestSourceDocument, { input: { waveId, source: 'TYPEFORM', mapping: jsonObject(mapping) } }),
    );
    expect(again.configureIngestSource).toMatchObject({ source: 'TYPEFORM', mapping, secret: null, createdAt: first.createdAt });
    const typeform = (await storedSources(waveId)).find((s) => s.source === 'typeform');
    expect(typeform).toEqual({ source: 'typeform', secret: first.secret, mapping });
  });

  it('lists a wave’s sources with their URL and mapping, to a read-only key too, never the secret', async () => {
    const answer = await api.gql(StudyWaveIngestSourcesDocument, { id: studyId }, api.a.keys.viewer);
    const [wave] = dataOf(answer).study!.waves;
    expect(wave.ingestSources.map((s) => [s.source, s.url])).toEqual([
      ['GENERIC', `http://localhost:4000/ingest/generic/${waveId}`],
      ['TYPEFORM', `http://localhost:4000/ingest/typeform/${waveId}`],
    ]);
    const secrets = (await storedSources(waveId)).map((s) => s.secret);
    for (const secret of secrets) expect(JSON.stringify(answer)).not.toContain(secret);
    const asked = await api.gqlText(`query($id: ID!) { study(id: $id) { waves { ingestSources { secret } } } }`, { id: studyId });
    expect(codeOf(asked)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('rotates a secret: a new one, shown once, and a later rotatedAt', async () => {
    const [old] = await storedSources(waveId);
    const rotated = dataOf(await api.gql(RotateIngestSecretDocument, { waveId, source: 'GENERIC' })).rotateIngestSecret;
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(old.secret);
    const [now] = await storedSources(waveId);
    expect(now.secret).toBe(rotated.secret);
    const [wave] = dataOf(await api.gql(StudyWaveIngestSourcesDocument, { id: studyId })).study!.waves;
    const generic = wave.ingestSources.find((s) => s.source === 'GENERIC')!;
    expect(Date.parse(generic.rotatedAt)).toBeGreaterThan(Date.parse(generic.createdAt));
  });
});

describe('failing webhook source configuration', () => {
  it('refuses an unknown mapping key or a bad selector with the field path, and stores nothing', async () => {
    const other = (await studyWithWave(api, api.a.keys.admin, 'Mapping')).waveId;
    const typo = await api.gql(ConfigureIngestSourceDocument, {
      input: { waveId: other, source: 'TYPEFORM', mapping: { extrenalId: 'token' } },
    });
    expect(typo.errors?.[0]).toMatchObject({
      message: 'mapping.extrenalId is not a typeform mapping setting',
      extensions: { code: 'BAD_USER_INPUT', field: 'mapping.extrenalId' },
    });
    const selector = await api.gql(ConfigureIngestSourceDocument, {
      input: { waveId: other, source: 'TYPEFORM', mapping: jsonObject({ attributes: { tier: 'crm.tier' } }) },
    });
    expect(selector.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mapping.attributes.tier' });
    const generic = await api.gql(ConfigureIngestSourceDocument, {
      input: { waveId: other, source: 'GENERIC', mapping: { score: 'ref.q' } },
    });
    expect(generic.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mapping.score' });
    expect(await storedSources(other)).toEqual([]);
  });

  it('needs the write permission: read-only and ingest keys are refused', async () => {
    const other = (await studyWithWave(api, api.a.keys.admin, 'Keys')).waveId;
    for (const key of [api.a.keys.viewer, api.a.keys.ingest]) {
      expect(codeOf(await api.gql(ConfigureIngestSourceDocument, { input: { waveId: other, source: 'GENERIC' } }, key))).toBe('FORBIDDEN');
    }
    expect(codeOf(await api.gql(ConfigureIngestSourceDocument, { input: { waveId: other, source: 'GENERIC' } }, null))).toBe(
      'UNAUTHENTICATED',
    );
    expect(codeOf(await api.gql(RotateIngestSecretDocument, { waveId, source: 'GENERIC' }, api.a.keys.viewer))).toBe('FORBIDDEN');
    expect(await storedSources(other)).toEqual([]);
  });

  it('treats another workspace’s wave and unknown ids as not found', async () => {
    const theirs = (await studyWithWave(api, api.b.keys.admin, 'Theirs')).waveId;
    const configure = (id: string) => api.gql(ConfigureIngestSourceDocument, { input: { waveId: id, source: 'GENERIC' } });
    expect(codeOf(await configure(theirs))).toBe('WAVE_NOT_FOUND');
    expect(codeOf(await configure('not-a-uuid'))).toBe('WAVE_NOT_FOUND');
    expect(await storedSources(theirs)).toEqual([]);
    await api.gql(ConfigureIngestSourceDocument, { input: { waveId: theirs, source: 'GENERIC' } }, api.b.keys.admin);
    const [before] = await storedSources(theirs);
    expect(codeOf(await api.gql(RotateIngestSecretDocument, { waveId: theirs, source: 'GENERIC' }))).toBe('INGEST_TARGET_NOT_FOUND');
    expect((await storedSources(theirs))[0].secret).toBe(before.secret);
  });

  it('cannot rotate the secret of a source that is not configured', async () => {
    const other = (await studyWithWave(api, api.a.keys.admin, 'Unconfigured')).waveId;
    const answer = await api.gql(RotateIngestSecretDocument, { waveId: other, source: 'TYPEFORM' });
    expect(answer.errors?.[0]).toMatchObject({
      message: `Wave ${other} has no typeform webhook source; configure it first`,
      extensions: { code: 'INGEST_TARGET_NOT_FOUND' },
    });
  });
});
