import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApi, type TestApi } from '../../test-support/api-harness.js';
import { csvOf, studyWithWave } from '../../test-support/fixtures.js';
import { ImportRespondentsDocument, RespondentsDocument } from '../../test-support/gql/graphql.js';

let api: TestApi;
let waveId: string;
const count = async () => Number((await api.db.query(`SELECT count(*) AS n FROM respondent WHERE wave_id = $1`, [waveId]))[0].n);

beforeAll(async () => {
  api = await startTestApi();
  ({ waveId } = await studyWithWave(api));
});
afterAll(() => api.stop());

describe('successful imports', () => {
  it('imports rows, derives bands, keeps contacts apart from attributes', async () => {
    const csv = csvOf([
      ['id', 'score', 'email', 'tier', 'language'],
      ['a1', 0, 'a1@x.io', 'SMB', 'fr'],
      ['a2', 7, '', 'Enterprise', ''],
      ['a3', 10, 'a3@x.io', '', 'en'],
    ]);
    const r = await api.gql(ImportRespondentsDocument, { input: { waveId, csv } });
    expect(r.data?.importRespondents).toEqual({ ok: true, importedCount: 3, errorCount: 0, errors: [] });
    const rows = await api.db.query(
      `SELECT r.external_id, r.band, r.attributes, r.language, c.email FROM respondent r
       LEFT JOIN respondent_contact c ON c.respondent_id = r.id WHERE r.wave_id = $1 ORDER BY 1`,
      [waveId],
    );
    expect(rows).toEqual([
      { external_id: 'a1', band: 'detractor', attributes: { tier: 'SMB' }, language: 'fr', email: 'a1@x.io' },
      { external_id: 'a2', band: 'passive', attributes: { tier: 'Enterprise' }, language: null, email: null },
      { external_id: 'a3', band: 'promoter', attributes: {}, language: 'en', email: 'a3@x.io' },
    ]);
  });

  it('accepts a BOM, CRLF line ends and quoted fields with commas and newlines', async () => {
    const csv = '\uFEFFid,score,note\r\nq1,8,"hello, ""world"""\r\nq2,9,"two\nlines"\r\n';
    const r = await api.gql(ImportRespondentsDocument, { input: { waveId, csv } });
    expect(r.data?.importRespondents).toMatchObject({ ok: true, importedCount: 2 });
    const [row] = await api.db.query(`SELECT attributes FROM respondent WHERE wave_id = $1 AND external_id = 'q1'`, [waveId]);
    expect(row.attributes).toEqual({ note: 'hello, "world"' });
  });
});

describe('response dates', () => {
  it('stores the date column (any alias, ISO date or date-time) and the import time when empty or absent', async () => {
    const { waveId: datedWave } = await studyWithWave(api, api.a.keys.admin, 'Dated');
    const before = Date.now();
    const csv = csvOf([
      ['id', 'score', 'Response Date'],
      ['d1', 9, '2026-03-31'],
      ['d2', 4, '2026-03-31T14:05:00+02:00'],
      ['d3', 7, ''],
    ]);
    expect((await api.gql(ImportRespondentsDocument, { input: { waveId: datedWave, csv } })).data?.importRespondents).toMatchObject({
      ok: true,
      importedCount: 3,
    });
    const rows: { external_id: string; responded_at: Date; attributes: object }[] = await api.db.query(
      `SELECT external_id, responded_at, attributes FROM respondent WHERE wave_id = $1 ORDER BY external_id`,
      [datedWave],
    );
    expect(rows.slice(0, 2).map((r) => [r.external_id, r.responded_at.toISOString(), r.attributes])).toEqual([
      ['d1', '2026-03-31T00:00:00.000Z', {}],
      ['d2', '2026-03-31T12:05:00.000Z', {}],
    ]);
    const listed = await api.gql(RespondentsDocument, { waveId: datedWave, first: 2 });
    expect(listed.data?.respondents.edges.map((e) => e.node)).toEqual([
      { externalId: 'd1', respondedAt: '2026-03-31T00:00:00.000Z' },
      { externalId: 'd2', respondedAt: '2026-03-31T12:05:00.000Z' },
    ]);
    expect(rows[2].responded_at.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(rows[2].responded_at.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    const [{ n }] = await api.db.query(
      `SELECT count(*)::int AS n FROM respondent WHERE wave_id = $1 AND external_id = 'a1' AND responded_at > now() - interval '1 hour'`,
      [waveId],
    );
    expect(n).toBe(1); // the first import had no date column
  });

  it('refuses unparsable dates with row and column, all or nothing', async () => {
    const csv = csvOf([
      ['id', 'score', 'survey_date'],
      ['x1', 9, '2026-03-31'],
      ['x2', 5, '31/03/2026'],
      ['x3', 5, '2026-02-30'],
    ]);
    const r = await api.gql(ImportRespondentsDocument, { input: { waveId, csv } });
    expect(r.data?.importRespondents).toEqual({
      ok: false,
      importedCount: 0,
      errorCount: 2,
      errors: [
        {
          row: 3,
          column: 'survey_date',
          code: 'INVALID_DATE',
          message: 'Row 3: "31/03/2026" is not a date such as 2026-03-31 or 2026-03-31T14:05:00Z',
        },
        { row: 4, column: 'survey_date', code: 'INVALID_DATE', message: 'Row 4: "2026-02-30" is not a real calendar date and time' },
      ],
    });
  });
});

describe('failing imports', () => {
  it('is all or nothing and lists each error with row, column and code', async () => {
    const before = await count();
    const csv = csvOf([
      ['id', 'score', 'email'],
      ['b1', 5, 'ok@x.io'],
      ['b2', 11, ''],
      ['b1', 3, ''],
      ['', 4, 'nope'],
    ]);
    const r = await api.gql(ImportRespondentsDocument, { input: { waveId, csv } });
    expect(r.data?.importRespondents).toEqual({
      ok: false,
      importedCount: 0,
      errorCount: 4,
      errors: [
        { row: 3, column: 'score', code: 'INVALID_SCORE', message: 'Row 3: score "11" is not a whole number from 0 to 10' },
        { row: 4, column: 'id', code: 'DUPLICATE_ID', message: 'Row 4: id "b1" already appears in row 2' },
        { row: 5, column: 'id', code: 'MISSING_VALUE', message: 'Row 5 has no id' },
        { row: 5, column: 'email', code: 'INVALID_EMAIL', message: 'Row 5: "nope" is not an email address' },
      ],
    });
    expect(await count()).toBe(before);
  });

  it('rolls back rows already inserted in earlier batches when a later row fails', async () => {
    const before = await count();
    const rows: (string | number)[][] = [['id', 'score']];
    for (let i = 0; i < 2500; i++) rows.push([`bulk-${i}`, i % 11]);
    rows.push(['bulk-last', 'x']);
    const r = await api.gql(ImportRespondentsDocument, { input: { waveId, csv: csvOf(rows) } });
    expect(r.data?.importRespondents).toMatchObject({
      ok: false,
      importedCount: 0,
      errorCount: 1,
      errors: [{ row: 2502, code: 'INVALID_SCORE' }],
    });
    expect(await count()).toBe(before);
  });

  it('rejects ids that are already in the wave', async () => {
    const r = await api.gql(ImportRespondentsDocument, {
      input: {
        waveId,
        csv: csvOf([
          ['id', 'score'],
          ['a1', 3],
        ]),
      },
    });
    expect(r.data?.importRespondents.errors).toEqual([
      { row: 2, column: 'id', code: 'DUPLICATE_ID', message: 'Row 2: id "a1" is already imported in this wave' },
    ]);
  });

  it.each([
    ['an empty file', '', 'EMPTY_FILE', null],
    ['a header only', 'id,score\n', 'EMPTY_FILE', null],
    ['a missing score column', 'id,tier\nz,SMB\n', 'MISSING_COLUMN', 'score'],
    ['an unterminated quote', 'id,score\nz,"5\n', 'MALFORMED_ROW', null],
    ['a short row', 'id,score,tier\nz,5\n', 'MALFORMED_ROW', null],
  ])('reports %s', async (_what, csv, code, column) => {
    const r = await api.gql(ImportRespondentsDocument, { input: { waveId, csv } });
    expect(r.data?.importRespondents.ok).toBe(false);
    expect(r.data?.importRespondents.errors[0]).toMatchObject({ code, column });
  });

  it('refuses a wave of another workspace as not found, and a viewer key', async () => {
    const other = await studyWithWave(api, api.b.keys.admin);
    const csv = csvOf([
      ['id', 'score'],
      ['x', 1],
    ]);
    expect(codeOf(await api.gql(ImportRespondentsDocument, { input: { waveId: other.waveId, csv } }))).toBe('WAVE_NOT_FOUND');
    expect(codeOf(await api.gql(ImportRespondentsDocument, { input: { waveId, csv } }, api.a.keys.viewer))).toBe('FORBIDDEN');
  });
});

describe('large imports', () => {
  it('imports 100,000 rows in batches', async () => {
    const { waveId: bigWave } = await studyWithWave(api, api.a.keys.admin, 'Big');
    const lines = ['id,score,tier,region'];
    for (let i = 0; i < 100_000; i++) lines.push(`r${i},${i % 11},T${i % 3},R${i % 5}`);
    const r = await api.gql(ImportRespondentsDocument, { input: { waveId: bigWave, csv: lines.join('\n') } });
    expect(r.data?.importRespondents).toMatchObject({ ok: true, importedCount: 100_000 });
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM respondent WHERE wave_id = $1`, [bigWave]);
    expect(n).toBe(100_000);
  }, 180_000);
});
