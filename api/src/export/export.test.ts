import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wilsonInterval } from '@ladder/contracts/stats';
import { dataOf, startTestApi, type GqlError, type TestApi } from '../test-support/api-harness.js';
import { seedAnalysis } from '../test-support/analysis-rows.js';
import { csvOf, studyWithWave } from '../test-support/fixtures.js';
import { ImportRespondentsDocument, SegmentNpsDocument } from '../test-support/gql/graphql.js';

let api: TestApi;
let base: string;
let studyId: string;
let waveId: string;
let analysisId: string;

const TRICKY = 'They said "it\'s fine", then\nnothing worked, at all';

async function get(path: string, key: string | null = api.a.keys.viewer): Promise<Response> {
  return fetch(`${base}${path}`, { headers: key ? { authorization: `Bearer ${key}` } : {} });
}

const table = async (res: Response): Promise<Record<string, string>[]> => parse(await res.text(), { columns: true, bom: true });

beforeAll(async () => {
  api = await startTestApi();
  base = api.url.replace(/\/graphql$/, '');
  ({ studyId, waveId } = await studyWithWave(api));
  const rows: (string | number)[][] = [['id', 'score', 'tier', 'region']];
  const tiers = ['SMB', 'Enterprise'];
  for (let i = 0; i < 40; i++) rows.push([`r${i}`, i % 11, tiers[i % 2], i < 20 ? 'EU' : 'NA, East']);
  await api.gql(ImportRespondentsDocument, {
    input: { waveId, csv: csvOf(rows.map((r) => r.map((c) => (String(c).includes(',') ? `"${c}"` : c)))) },
  });
  // An older completed analysis, a newer one, and a running one started after both: the export takes the newest completed.
  await seedAnalysis(api, api.a.id, studyId, waveId, {
    finishedAt: '2026-01-01T00:00:00Z',
    themes: [{ key: 'old', label: 'Old', scope: 'detractor', prevalence: [{ band: 'detractor', count: 1, n: 2 }], quotes: [] }],
  });
  analysisId = await seedAnalysis(api, api.a.id, studyId, waveId, {
    finishedAt: '2026-02-01T00:00:00Z',
    themes: [
      {
        key: 'reliability.outages',
        label: 'Outages, again',
        scope: 'cross-band',
        prevalence: [
          { band: 'detractor', count: 12, n: 20 },
          { band: 'passive', count: 3, n: 10 },
          { band: 'promoter', count: 0, n: 0 },
        ],
        quotes: [
          { band: 'detractor', quote: TRICKY },
          { band: 'passive', quote: '=HYPERLINK("http://evil.example","click")' },
        ],
      },
      {
        key: 'pricing.value',
        label: 'Price vs value',
        scope: 'detractor',
        prevalence: [{ band: 'detractor', count: 5, n: 20 }],
        quotes: [{ band: 'detractor', quote: 'Too expensive for what we get.' }],
      },
    ],
  });
  await seedAnalysis(api, api.a.id, studyId, waveId, { status: 'running', total: 40, coded: 3 });
});
afterAll(() => api.stop());

describe('successful exports', () => {
  it('themes.csv: one record per theme and band from the latest completed analysis, with Wilson intervals', async () => {
    const res = await get(`/export/themes.csv?waveId=${waveId}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="themes-${waveId}.csv"`);
    const rows = await table(res);
    expect(rows.map((r) => [r.scope, r.rank, r.theme_key, r.label, r.band, r.sessions, r.band_sessions])).toEqual([
      ['cross-band', '1', 'reliability.outages', 'Outages, again', 'detractor', '12', '20'],
      ['cross-band', '1', 'reliability.outages', 'Outages, again', 'passive', '3', '10'],
      ['cross-band', '1', 'reliability.outages', 'Outages, again', 'promoter', '0', '0'],
      ['detractor', '2', 'pricing.value', 'Price vs value', 'detractor', '5', '20'],
    ]);
    const ci = wilsonInterval(12, 20);
    expect(rows[0]).toMatchObject({
      wave_id: waveId,
      analysis_id: analysisId,
      drivers: 'reliability.outages;support.responsiveness',
      share: '0.6',
      ci_low: String(Number(ci.low.toFixed(4))),
      ci_high: String(Number(ci.high.toFixed(4))),
    });
    expect(rows[2]).toMatchObject({ share: '', ci_low: '0', ci_high: '1' }); // n = 0: no share, all of [0, 1]
  });

  it('quotes.csv: verbatim quotes survive commas, quotes and newlines; formulas are neutralised', async () => {
    const res = await get(`/export/quotes.csv?waveId=${waveId}`);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="quotes-${waveId}.csv"`);
    const text = await res.text();
    expect(text.split('\r\n')[0]).toBe(
      'wave_id,analysis_id,theme_id,scope,theme_rank,theme_key,theme_label,quote_rank,band,quote,' +
        'session_id,turn_seq,start_offset,end_offset',
    );
    const rows: Record<string, string>[] = parse(text, { columns: true });
    expect(rows.map((r) => [r.theme_key, r.quote_rank, r.band, r.quote])).toEqual([
      ['reliability.outages', '1', 'detractor', TRICKY],
      ['reliability.outages', '2', 'passive', '\'=HYPERLINK("http://evil.example","click")'],
      ['pricing.value', '1', 'detractor', 'Too expensive for what we get.'],
    ]);
    expect(rows[0]).toMatchObject({ analysis_id: analysisId, turn_seq: '1', start_offset: '0', end_offset: String(TRICKY.length) });
  });

  it('segment-nps.csv: the overall row, then one per group, as the segmentNps query computes them', async () => {
    const res = await get(`/export/segment-nps.csv?studyId=${studyId}&groupBy=tier,region&waveId=${waveId}`);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="segment-nps-${waveId}.csv"`);
    const rows = await table(res);
    const nps = dataOf(await api.gql(SegmentNpsDocument, { studyId, waveId, groupBy: ['tier', 'region'] })).segmentNps;
    expect(rows[0]).toMatchObject({ segment: 'All respondents', tier: '', region: '', respondents: String(nps.overall.n) });
    const cell = (x: number | null) => (x === null ? '' : String(Number(x.toFixed(2)))); // an empty cell for no value, as the CSV writes it
    expect(rows.slice(1)).toEqual(
      nps.segments.map((s) => ({
        segment: s.label,
        tier: s.key[0].value ?? '',
        region: s.key[1].value ?? '',
        respondents: String(s.n),
        promoters: String(s.promoters),
        passives: String(s.passives),
        detractors: String(s.detractors),
        nps: cell(s.nps),
        ci_low: cell(s.ciLow),
        ci_high: cell(s.ciHigh),
        small_sample: String(s.smallSample),
      })),
    );
    expect(rows.map((r) => r.region)).toContain('NA, East');
  });

  it('a wave without a completed analysis exports the header only', async () => {
    const { waveId: fresh } = await studyWithWave(api, api.a.keys.admin, 'No analysis yet');
    const res = await get(`/export/themes.csv?waveId=${fresh}`);
    expect(res.status).toBe(200);
    // The file starts with a UTF-8 byte-order mark (fetch's text() strips it) so spreadsheets read accents right.
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe(
      'wave_id,analysis_id,theme_id,scope,rank,theme_key,label,drivers,band,' +
        'sessions,band_sessions,share,ci_low,ci_high,sentiment_score,description\r\n',
    );
  });

  it('streams large exports in cursor batches', async () => {
    const { studyId: s, waveId: w } = await studyWithWave(api, api.a.keys.admin, 'Big export');
    const quotes = Array.from({ length: 2600 }, (_, i) => ({ band: 'detractor', quote: `Quote ${i}, "verbatim"` }));
    await seedAnalysis(api, api.a.id, s, w, { themes: [{ key: 'k', label: 'K', scope: 'detractor', prevalence: [], quotes }] });
    const rows = await table(await get(`/export/quotes.csv?waveId=${w}`));
    expect(rows).toHaveLength(2600);
    expect(rows.at(-1)).toMatchObject({ quote_rank: '2600', quote: 'Quote 2599, "verbatim"' });
  });
});

describe('failing exports', () => {
  const errorOf = async (res: Response) => ({ status: res.status, ...((await res.json()) as { errors: GqlError[] }).errors[0] });

  it('401 without a key or with an unknown one', async () => {
    expect(await errorOf(await get(`/export/themes.csv?waveId=${waveId}`, null))).toEqual({
      status: 401,
      message: 'An API key is required: send "Authorization: Bearer <key>".',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(await errorOf(await get(`/export/themes.csv?waveId=${waveId}`, 'ldr_not-a-real-key-0000000000000'))).toMatchObject({
      status: 401,
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('403 for a key that may not read (ingest)', async () => {
    expect(await errorOf(await get(`/export/quotes.csv?waveId=${waveId}`, api.a.keys.ingest))).toEqual({
      status: 403,
      message: 'A ingest key may not read data.',
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it("404 for another workspace's wave or study, as GraphQL says", async () => {
    const other = await studyWithWave(api, api.b.keys.admin, 'B');
    expect(await errorOf(await get(`/export/themes.csv?waveId=${other.waveId}`))).toEqual({
      status: 404,
      message: `Wave ${other.waveId} was not found`,
      extensions: { code: 'WAVE_NOT_FOUND', id: other.waveId },
    });
    expect(await errorOf(await get(`/export/segment-nps.csv?studyId=${other.studyId}&groupBy=tier`))).toMatchObject({
      status: 404,
      extensions: { code: 'STUDY_NOT_FOUND' },
    });
    expect(await errorOf(await get(`/export/quotes.csv?waveId=not-a-uuid`))).toMatchObject({
      status: 404,
      extensions: { code: 'WAVE_NOT_FOUND' },
    });
  });

  it('400 for missing parameters and invalid groupBy', async () => {
    expect(await errorOf(await get('/export/themes.csv'))).toEqual({
      status: 400,
      message: 'The waveId query parameter is required',
      extensions: { code: 'BAD_USER_INPUT', parameter: 'waveId' },
    });
    expect(await errorOf(await get(`/export/segment-nps.csv?studyId=${studyId}&groupBy=tier,tier`))).toMatchObject({
      status: 400,
      extensions: { code: 'INVALID_GROUP_BY' },
    });
    expect(await errorOf(await get(`/export/segment-nps.csv?studyId=${studyId}&groupBy=${encodeURIComponent('x;drop')}`))).toMatchObject({
      status: 400,
      extensions: { code: 'INVALID_GROUP_BY' },
    });
  });
});
