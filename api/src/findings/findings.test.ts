import { adjustPValues, compareProportions, wilsonInterval } from '@ladder/contracts/stats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, dataOf, startTestApi, type TestApi } from '../test-support/api-harness.js';
import { csvOf, studyWithWave } from '../test-support/fixtures.js';
import {
  CompetitorsDocument,
  DriverPrevalenceDocument,
  ImportRespondentsDocument,
  StatedToRootDocument,
  ThemePrevalenceDocument,
} from '../test-support/gql/graphql.js';
import { insertAnalysis, insertCoding, insertSession } from '../test-support/insights-fixtures.js';

let api: TestApi;
let target: { studyId: string; waveId: string };
let emptyWave: string;

/**
 * 40 coded detractors, 20 Enterprise and 20 SMB. Enterprise: 16 state onboarding (root trust for 12,
 * the same onboarding for 4); SMB: 16 state pricing (root pricing for all). Themes: "Onboarding"
 * holds the 16 Enterprise onboarding interviews and 2 SMB ones; "Pricing" holds the 16 SMB pricing
 * interviews and 2 Enterprise ones.
 */
beforeAll(async () => {
  api = await startTestApi();
  target = await studyWithWave(api);
  const rows: (string | number)[][] = [['id', 'score', 'segment']];
  for (let i = 0; i < 40; i++) rows.push([`f-${i}`, 3, i < 20 ? 'Enterprise' : 'SMB']);
  dataOf(await api.gql(ImportRespondentsDocument, { input: { waveId: target.waveId, csv: csvOf(rows) } }));
  const respondents: { id: string; external_id: string }[] = await api.db.query(
    `SELECT id, external_id FROM respondent WHERE wave_id = $1 ORDER BY (substring(external_id from 3))::int`,
    [target.waveId],
  );
  const sessions: string[] = [];
  for (const [i, r] of respondents.entries()) {
    const sessionId = await insertSession(api, api.a.id, r.id, target.waveId, ['Answer.']);
    sessions.push(sessionId);
    const enterprise = i < 20;
    const stated = enterprise ? (i < 16 ? 'onboarding' : 'support') : i < 36 ? 'pricing_value' : 'support';
    const root = enterprise ? (i < 12 ? 'trust' : stated) : stated;
    await insertCoding(api, {
      workspaceId: api.a.id,
      studyId: target.studyId,
      waveId: target.waveId,
      sessionId,
      taxonomyVersion: 1,
      band: 'detractor',
      stated,
      root,
      excerpts: [],
    });
  }
  const analysis = await insertAnalysis(api, {
    workspaceId: api.a.id,
    studyId: target.studyId,
    waveId: target.waveId,
    taxonomyVersion: 1,
    themes: [
      { key: 'onboarding', label: 'Onboarding', driverKeys: ['onboarding'], prevalence: [{ band: 'detractor', count: 18, n: 40 }] },
      { key: 'pricing', label: 'Pricing', driverKeys: ['pricing_value'], prevalence: [{ band: 'detractor', count: 18, n: 40 }] },
    ],
  });
  const members = (theme: string, indexes: number[]) =>
    api.db.query(`INSERT INTO theme_session (theme_id, workspace_id, session_id, band) SELECT $1, $2, unnest($3::uuid[]), 'detractor'`, [
      analysis.themeIds.get(theme),
      api.a.id,
      indexes.map((i) => sessions[i]),
    ]);
  await members('onboarding', [...Array(16).keys(), 20, 21]);
  await members('pricing', [...Array(16).keys()].map((i) => 20 + i).concat([0, 1]));
  emptyWave = (await studyWithWave(api, api.a.keys.admin, 'Not analysed')).waveId;
  // Competitors: every coding names Acme (the fixture's); Enterprise 0-5 also Zendesk, 6 writes "zendesk"; SMB 20-21 mention
  // a competitor without naming one.
  await api.db.query(`UPDATE wave SET status = 'fielding', launched_at = now() WHERE id = $1`, [target.waveId]);
  await api.db.query(`UPDATE transcript_coding SET competitors = '{Zendesk,Acme}' WHERE session_id = ANY($1::uuid[])`, [
    sessions.slice(0, 6),
  ]);
  await api.db.query(`UPDATE transcript_coding SET competitors = '{zendesk}' WHERE session_id = $1`, [sessions[6]]);
  await api.db.query(`UPDATE transcript_coding SET competitors = '{}', competitor_mentioned = true WHERE session_id = ANY($1::uuid[])`, [
    [sessions[20], sessions[21]],
  ]);
  await api.db.query(
    `INSERT INTO coded_excerpt (workspace_id, coding_id, session_id, turn_id, turn_seq, start_offset, end_offset, quote, driver_key,
       category_key, role, sentiment, sentiment_score, competitors)
     SELECT c.workspace_id, c.id, c.session_id, t.id, t.seq, 0, 7, 'Answer.', 'competitive', 'market', 'supporting', 'negative', -0.5,
            '{Zendesk}'
     FROM transcript_coding c JOIN turn t ON t.session_id = c.session_id AND t.role = 'respondent' WHERE c.session_id = ANY($1::uuid[])`,
    [sessions.slice(0, 2)],
  );
});
afterAll(() => api.stop());

describe('themePrevalence', () => {
  it('cuts theme prevalence by segment with Wilson intervals and tests each cell against the rest, adjusted across the table', async () => {
    const r = dataOf(await api.gql(ThemePrevalenceDocument, { waveId: target.waveId, groupBy: ['segment'] })).themePrevalence;
    expect(r).toMatchObject({ groupBy: ['segment'], n: 40, taxonomyVersion: 1 });
    expect(r.segments.map((s) => [s.label, s.n])).toEqual([
      ['segment=Enterprise', 20],
      ['segment=SMB', 20],
    ]);
    const cell = (segment: number, theme: string) => r.segments[segment].cells.find((c) => c.label === theme)!;
    expect([cell(0, 'Onboarding').count, cell(0, 'Pricing').count, cell(1, 'Onboarding').count, cell(1, 'Pricing').count]).toEqual([
      16, 2, 2, 16,
    ]);
    const wilson = wilsonInterval(16, 20);
    expect(cell(0, 'Onboarding')).toMatchObject({ share: 0.8, low: wilson.low, high: wilson.high, smallSample: true });
    // Enterprise vs the rest (SMB) on onboarding: 16/20 against 2/20.
    const vs = compareProportions(2, 20, 16, 20);
    expect(cell(0, 'Onboarding').versusRest).toMatchObject({ difference: vs.difference, low: vs.low, high: vs.high, pValue: vs.pValue });
    const all = r.segments.flatMap((s) => s.cells);
    const adjusted = adjustPValues(all.map((c) => c.versusRest.pValue));
    expect(all.map((c) => c.versusRest.adjustedP)).toEqual(adjusted);
    expect(cell(0, 'Onboarding').versusRest).toMatchObject({ significant: true, flag: '***' });
  });

  it('applies the filter, and answers an empty table for a wave without a completed analysis', async () => {
    const filtered = await api.gql(ThemePrevalenceDocument, {
      waveId: target.waveId,
      groupBy: [],
      filter: { attributes: [{ attribute: 'segment', values: ['SMB'] }] },
    });
    const [whole] = dataOf(filtered).themePrevalence.segments;
    expect(whole.n).toBe(20);
    expect(whole.cells.find((c) => c.label === 'Pricing')).toMatchObject({ count: 16, versusRest: { pValue: null } });
    expect(dataOf(await api.gql(ThemePrevalenceDocument, { waveId: emptyWave, groupBy: ['segment'] })).themePrevalence).toEqual({
      analysisId: null,
      taxonomyVersion: null,
      groupBy: ['segment'],
      n: 0,
      segments: [],
    });
  });

  it('refuses a bad groupBy and an unknown wave, and keeps other workspaces out', async () => {
    expect(codeOf(await api.gql(ThemePrevalenceDocument, { waveId: target.waveId, groupBy: ['segment', 'segment'] }))).toBe(
      'INVALID_GROUP_BY',
    );
    expect(codeOf(await api.gql(ThemePrevalenceDocument, { waveId: 'nope', groupBy: [] }))).toBe('WAVE_NOT_FOUND');
    expect(codeOf(await api.gql(ThemePrevalenceDocument, { waveId: target.waveId, groupBy: [] }, api.b.keys.admin))).toBe('WAVE_NOT_FOUND');
  });
});

describe('driverPrevalence', () => {
  it('counts the stated, the root, or either driver by segment', async () => {
    const of = async (role: 'STATED' | 'ROOT' | 'EITHER') => {
      const r = dataOf(await api.gql(DriverPrevalenceDocument, { waveId: target.waveId, groupBy: ['segment'], role })).driverPrevalence;
      return Object.fromEntries(r.segments.map((s) => [s.label, Object.fromEntries(s.cells.map((c) => [c.key, c.count]))]));
    };
    // The table lists the drivers that occur in it (trust is never a stated reason here), in taxonomy order.
    expect((await of('STATED'))['segment=Enterprise']).toEqual({ onboarding: 16, pricing_value: 0, support: 4 });
    expect((await of('ROOT'))['segment=Enterprise']).toMatchObject({ trust: 12, onboarding: 4, support: 4 });
    // Either: an interview counts once for a driver it states and reaches.
    expect((await of('EITHER'))['segment=SMB']).toMatchObject({ pricing_value: 16, support: 4 });
  });
});

describe('statedToRoot', () => {
  it('shows where each stated driver leads, and how often the root differs', async () => {
    const r = dataOf(await api.gql(StatedToRootDocument, { waveId: target.waveId, groupBy: ['segment'] })).statedToRoot;
    const [enterprise, smb] = r.segments;
    expect(enterprise).toMatchObject({ label: 'segment=Enterprise', n: 20, withBoth: 20, differShare: 0.6 });
    expect(enterprise.cells[0]).toMatchObject({ stated: 'onboarding', root: 'trust', count: 12, share: 0.6 });
    expect(enterprise.cells[0].statedLabel).toBeTruthy();
    expect(smb).toMatchObject({ n: 20, differShare: 0 });
    const whole = dataOf(await api.gql(StatedToRootDocument, { waveId: target.waveId, groupBy: [] })).statedToRoot.segments;
    expect(whole).toHaveLength(1);
    expect(whole[0]).toMatchObject({ n: 40, differShare: 0.3 });
  });
});

describe('competitors', () => {
  it('names the competitors respondents named, by wave and segment, case-insensitively, with their quotes', async () => {
    const r = dataOf(await api.gql(CompetitorsDocument, { studyId: target.studyId, groupBy: ['segment'] })).competitors;
    expect(r.competitors.map((c) => [c.name, c.total])).toEqual([
      ['Acme', 37],
      ['Zendesk', 7],
    ]);
    const zendesk = r.competitors[1];
    expect(zendesk.byWave).toEqual([{ waveId: target.waveId, waveName: 'Q1', count: 7, n: 40, share: 0.175 }]);
    expect(zendesk.bySegment.map((s) => [s.label, s.count, s.n])).toEqual([
      ['segment=Enterprise', 7, 20],
      ['segment=SMB', 0, 20],
    ]);
    expect(zendesk.quotes).toHaveLength(2);
    expect(zendesk.quotes[0]).toMatchObject({ quote: 'Answer.', band: 'DETRACTOR', waveId: target.waveId });
    expect(r.unnamedMentions).toEqual([{ waveId: target.waveId, waveName: 'Q1', count: 2, n: 40, share: 0.05 }]);
    expect(codeOf(await api.gql(CompetitorsDocument, { studyId: target.studyId, groupBy: [] }, api.b.keys.admin))).toBe('STUDY_NOT_FOUND');
    const ingest = await api.gql(CompetitorsDocument, { studyId: target.studyId, groupBy: [] }, api.a.keys.ingest);
    expect(codeOf(ingest)).toBe('FORBIDDEN');
  });
});
