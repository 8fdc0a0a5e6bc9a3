import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, startTestApi, type TestApi } from '../test-support/api-harness.js';
import { csvOf, studyWithWave } from '../test-support/fixtures.js';
import { DriverPrevalenceDocument, ImportRespondentsDocument, ThemePrevalenceDocument } from '../test-support/gql/graphql.js';
import { insertAnalysis, insertCoding, insertSession } from '../test-support/insights-fixtures.js';

/**
 * The `bi` views as a BI tool reads them: connected as a login role mapped to one workspace (bi_reader), against the
 * API's findings on the same data.
 *
 * Workspace A, wave Q1, 23 respondents, all coded, attributes tier and region:
 * - Enterprise (10): 6 detractors (stated onboarding, root trust), 3 passives and 1 promoter (support, support);
 * - SMB (10): 2 detractors, 5 passives, 3 promoters (pricing_value, pricing_value);
 * - Startup (3): 3 detractors (pricing_value, root trust): under the default minimum n of 5.
 * Themes: "Onboarding" holds the Enterprise detractors, "Pricing" every SMB and Startup interview.
 * Workspace B: 6 Enterprise detractors, coded, one theme.
 */
const BANDS = { detractor: 3, passive: 7, promoter: 9 } as const;
type Band = keyof typeof BANDS;
const PEOPLE: { tier: string; band: Band; stated: string; root: string; themes: string[] }[] = [
  ...Array.from({ length: 6 }, () => ({
    tier: 'Enterprise',
    band: 'detractor' as Band,
    stated: 'onboarding',
    root: 'trust',
    themes: ['onboarding'],
  })),
  ...Array.from({ length: 3 }, () => ({ tier: 'Enterprise', band: 'passive' as Band, stated: 'support', root: 'support', themes: [] })),
  { tier: 'Enterprise', band: 'promoter', stated: 'support', root: 'support', themes: [] },
  ...(['detractor', 'detractor', 'passive', 'passive', 'passive', 'passive', 'passive', 'promoter', 'promoter', 'promoter'] as Band[]).map(
    (band) => ({ tier: 'SMB', band, stated: 'pricing_value', root: 'pricing_value', themes: ['pricing'] }),
  ),
  ...Array.from({ length: 3 }, () => ({
    tier: 'Startup',
    band: 'detractor' as Band,
    stated: 'pricing_value',
    root: 'trust',
    themes: ['pricing'],
  })),
];

let api: TestApi;
let waveA: string;
let waveB: string;
const readers: pg.Client[] = [];
let readerA: pg.Client;
let readerB: pg.Client;
let unmapped: pg.Client;
let roleA: string;

/** Fills a wave: respondents imported with their attributes, then sessions, codings and an analysis as the worker writes them. */
async function field(workspaceId: string, key: string, people: typeof PEOPLE, themes: { key: string; label: string }[]) {
  const { studyId, waveId } = await studyWithWave(api, key);
  const rows = [['id', 'score', 'tier', 'region'], ...people.map((p, i) => [`p-${i}`, BANDS[p.band], p.tier, i % 2 ? 'eu' : 'us'])];
  dataOf(await api.gql(ImportRespondentsDocument, { input: { waveId, csv: csvOf(rows) } }, key));
  const ids: { id: string }[] = await api.db.query(
    `SELECT id FROM respondent WHERE wave_id = $1 ORDER BY (substring(external_id from 3))::int`,
    [waveId],
  );
  const sessions: string[] = [];
  for (const [i, p] of people.entries()) {
    const sessionId = await insertSession(api, workspaceId, ids[i].id, waveId, ['Answer.']);
    sessions.push(sessionId);
    await insertCoding(api, {
      workspaceId,
      studyId,
      waveId,
      sessionId,
      taxonomyVersion: 1,
      band: p.band,
      stated: p.stated,
      root: p.root,
      excerpts: [],
    });
  }
  const prevalence = (theme: string) =>
    (Object.keys(BANDS) as Band[]).map((band) => {
      const inBand = people.filter((p) => p.band === band);
      return { band, n: inBand.length, count: inBand.filter((p) => p.themes.includes(theme)).length };
    });
  const analysis = await insertAnalysis(api, {
    workspaceId,
    studyId,
    waveId,
    taxonomyVersion: 1,
    themes: themes.map((t) => ({ ...t, driverKeys: [t.key], prevalence: prevalence(t.key) })),
  });
  for (const [i, p] of people.entries()) {
    for (const theme of p.themes) {
      await api.db.query(`INSERT INTO theme_session (theme_id, workspace_id, session_id, band) VALUES ($1, $2, $3, $4)`, [
        analysis.themeIds.get(theme),
        workspaceId,
        sessions[i],
        p.band,
      ]);
    }
  }
  return waveId;
}

/** A login role in ladder_bi_reader, mapped to a workspace unless none is given, and a connection as it. */
async function reader(workspaceId: string | null): Promise<{ role: string; client: pg.Client }> {
  const role = `ladder_bi_test_${randomBytes(5).toString('hex')}`;
  const password = randomBytes(12).toString('hex');
  await api.db.query(`CREATE ROLE ${role} LOGIN PASSWORD '${password}' IN ROLE ladder_bi_reader`);
  if (workspaceId) await api.db.query(`INSERT INTO bi_reader (role_name, workspace_id) VALUES ($1, $2)`, [role, workspaceId]);
  const url = new URL(api.databaseUrl);
  url.username = role;
  url.password = password;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  readers.push(client);
  return { role, client };
}

const VIEWS = [
  'segment_nps_by_day',
  'segment_nps_by_wave',
  'segment_nps_by_attribute',
  'theme_prevalence_by_wave',
  'theme_prevalence_by_segment',
  'driver_prevalence_by_segment',
];

const rowsOf = async (client: pg.Client, sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows;
const setMinN = (role: string, minN: number) => api.db.query(`UPDATE bi_reader SET min_n = $2 WHERE role_name = $1`, [role, minN]);

beforeAll(async () => {
  api = await startTestApi();
  waveA = await field(api.a.id, api.a.keys.admin, PEOPLE, [
    { key: 'onboarding', label: 'Onboarding' },
    { key: 'pricing', label: 'Pricing' },
  ]);
  waveB = await field(api.b.id, api.b.keys.admin, PEOPLE.slice(0, 6), [{ key: 'onboarding', label: 'Onboarding' }]);
  await api.db.query(`UPDATE wave SET name = 'Acquisition of Acme' WHERE id = $1`, [waveB]);
  ({ role: roleA, client: readerA } = await reader(api.a.id));
  ({ client: readerB } = await reader(api.b.id));
  ({ client: unmapped } = await reader(null));
});
afterAll(async () => {
  for (const client of readers) await client.end();
  await api?.stop();
});

describe('a BI reader per workspace', () => {
  it("reads its own workspace's rows in every view, and nothing of another workspace", async () => {
    for (const view of VIEWS) {
      const a = await rowsOf(readerA, `SELECT DISTINCT workspace_id, wave_id FROM bi.${view}`);
      expect(a, view).toEqual([{ workspace_id: api.a.id, wave_id: waveA }]);
      const b = await rowsOf(readerB, `SELECT DISTINCT workspace_id, wave_id FROM bi.${view}`);
      expect(b, view).toEqual([{ workspace_id: api.b.id, wave_id: waveB }]);
      expect(await rowsOf(unmapped, `SELECT * FROM bi.${view}`), view).toEqual([]);
    }
  });

  it('cannot reach the base tables, the mapping, or another reader', async () => {
    for (const table of ['respondent', 'theme_session', 'transcript_coding', 'respondent_cube', 'bi_reader']) {
      await expect(readerA.query(`SELECT * FROM ${table}`), table).rejects.toThrow(/permission denied/);
    }
    await expect(readerA.query(`INSERT INTO bi_reader (role_name, workspace_id) VALUES (current_user, $1)`, [api.b.id])).rejects.toThrow(
      /permission denied/,
    );
    await expect(readerA.query(`UPDATE bi_reader SET min_n = 1`)).rejects.toThrow(/permission denied/);
    const [other] = await rowsOf(readerB, `SELECT current_user AS role`);
    await expect(readerA.query(`SET ROLE ${other.role}`)).rejects.toThrow(/permission denied/);
  });

  it("evaluates a reader's own conditions after the workspace filter (security_barrier views)", async () => {
    // Evaluated on the wave rows before the workspace filter, this condition would fail on workspace B's wave and print its name;
    // a reader may steer the planner to scan every wave first.
    await readerA.query(`SET enable_nestloop = off`);
    await readerA.query(`SET enable_mergejoin = off`);
    for (const view of VIEWS) {
      const sql = `SELECT count(*)::int AS n FROM bi.${view} WHERE wave_name = 'Q1' OR wave_name::int = 1`;
      const [{ n }] = await rowsOf(readerA, sql);
      expect(n, view).toBeGreaterThan(0);
    }
    await readerA.query(`RESET ALL`);
  });
});

describe('segment NPS by attribute', () => {
  it('gives each attribute value its respondents and NPS, and suppresses a value under the minimum n', async () => {
    const rows = await rowsOf(
      readerA,
      `SELECT value, respondents::int, promoters::int, passives::int, detractors::int, nps::float, suppressed
       FROM bi.segment_nps_by_attribute WHERE attribute = 'tier' ORDER BY value`,
    );
    expect(rows).toEqual([
      { value: 'Enterprise', respondents: 10, promoters: 1, passives: 3, detractors: 6, nps: -50, suppressed: false },
      { value: 'SMB', respondents: 10, promoters: 3, passives: 5, detractors: 2, nps: 10, suppressed: false },
      { value: 'Startup', respondents: null, promoters: null, passives: null, detractors: null, nps: null, suppressed: true },
    ]);
    const regions = await rowsOf(
      readerA,
      `SELECT value, respondents::int FROM bi.segment_nps_by_attribute WHERE attribute = 'region' ORDER BY value`,
    );
    expect(regions).toEqual([
      { value: 'eu', respondents: 11 },
      { value: 'us', respondents: 12 },
    ]);
    await setMinN(roleA, 3);
    try {
      const [startup] = await rowsOf(
        readerA,
        `SELECT respondents::int, nps::float, suppressed FROM bi.segment_nps_by_attribute WHERE value = 'Startup'`,
      );
      expect(startup).toEqual({ respondents: 3, nps: -100, suppressed: false });
    } finally {
      await setMinN(roleA, 5);
    }
  });
});

describe('theme and driver prevalence by segment', () => {
  it('suppresses the band cells of the stored theme prevalence under the minimum n', async () => {
    const rows = await rowsOf(
      readerA,
      `SELECT theme_key, band, sessions, band_sessions, share::float, suppressed FROM bi.theme_prevalence_by_wave
       WHERE theme_key = 'onboarding' ORDER BY band`,
    );
    expect(rows).toEqual([
      { theme_key: 'onboarding', band: 'detractor', sessions: 6, band_sessions: 11, share: 0.5455, suppressed: false },
      { theme_key: 'onboarding', band: 'passive', sessions: 0, band_sessions: 8, share: 0, suppressed: false },
      { theme_key: 'onboarding', band: 'promoter', sessions: null, band_sessions: null, share: null, suppressed: true },
    ]);
  });

  it('suppresses segments under the minimum n: a value, and a band within a value', async () => {
    const rows = await rowsOf(
      readerA,
      `SELECT band, value, sessions::int, segment_sessions::int, share::float, suppressed FROM bi.theme_prevalence_by_segment
       WHERE theme_key = 'pricing' AND attribute = 'tier' AND (band IS NULL OR value = 'Enterprise') ORDER BY value, band NULLS FIRST`,
    );
    expect(rows).toEqual([
      { band: null, value: 'Enterprise', sessions: 0, segment_sessions: 10, share: 0, suppressed: false },
      { band: 'detractor', value: 'Enterprise', sessions: 0, segment_sessions: 6, share: 0, suppressed: false },
      { band: 'passive', value: 'Enterprise', sessions: null, segment_sessions: null, share: null, suppressed: true },
      { band: 'promoter', value: 'Enterprise', sessions: null, segment_sessions: null, share: null, suppressed: true },
      { band: null, value: 'SMB', sessions: 10, segment_sessions: 10, share: 1, suppressed: false },
      { band: null, value: 'Startup', sessions: null, segment_sessions: null, share: null, suppressed: true },
    ]);
  });

  it("counts themes and drivers as the API's findings do, for the whole wave, by band, by attribute and by both", async () => {
    await setMinN(roleA, 1);
    try {
      const cuts: { groupBy: string[]; where: string }[] = [
        { groupBy: [], where: 'attribute IS NULL AND band IS NULL' },
        { groupBy: ['band'], where: 'attribute IS NULL AND band IS NOT NULL' },
        { groupBy: ['tier'], where: `attribute = 'tier' AND band IS NULL` },
        { groupBy: ['band', 'region'], where: `attribute = 'region' AND band IS NOT NULL` },
      ];
      const segmentOf = (groupBy: string[], row: { band: string | null; value: string | null }) =>
        groupBy.map((g) => (g === 'band' ? row.band : row.value)).join('|');
      for (const { groupBy, where } of cuts) {
        const themes = dataOf(await api.gql(ThemePrevalenceDocument, { waveId: waveA, groupBy })).themePrevalence;
        const expected = themes.segments.flatMap((s) =>
          s.cells.map((c) => ({ segment: s.key.map((k) => k.value).join('|'), finding: c.label, count: c.count, n: c.n })),
        );
        const viewed = await rowsOf(readerA, `SELECT * FROM bi.theme_prevalence_by_segment WHERE ${where}`);
        expect(
          viewed.map((r) => ({
            segment: segmentOf(groupBy, r),
            finding: r.theme_label,
            count: Number(r.sessions),
            n: Number(r.segment_sessions),
          })),
          groupBy.join(','),
        ).toEqual(expect.arrayContaining(expected));
        expect(viewed).toHaveLength(expected.length);
        for (const role of ['STATED', 'ROOT', 'EITHER'] as const) {
          const drivers = dataOf(await api.gql(DriverPrevalenceDocument, { waveId: waveA, groupBy, role })).driverPrevalence;
          const expectedDrivers = drivers.segments.flatMap((s) =>
            s.cells.map((c) => ({ segment: s.key.map((k) => k.value).join('|'), finding: c.key, label: c.label, count: c.count, n: c.n })),
          );
          const viewedDrivers = await rowsOf(readerA, `SELECT * FROM bi.driver_prevalence_by_segment WHERE ${where} AND driver_role = $1`, [
            role.toLowerCase(),
          ]);
          const shown = viewedDrivers.map((r) => ({
            segment: segmentOf(groupBy, r),
            finding: r.driver_key,
            label: r.driver_label,
            count: Number(r.sessions),
            n: Number(r.segment_sessions),
          }));
          expect(shown, `${role} by ${groupBy.join(',')}`).toEqual(expect.arrayContaining(expectedDrivers));
          expect(shown).toHaveLength(expectedDrivers.length);
        }
      }
    } finally {
      await setMinN(roleA, 5);
    }
  });
});
