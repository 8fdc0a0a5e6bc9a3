import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, dataOf, startTestApi, type TestApi } from '../test-support/api-harness.js';
import {
  CompareWavesDocument,
  NpsTrendCountsDocument,
  NpsTrendDocument,
  RollingNpsDocument,
  ThemeTrendDocument,
} from '../test-support/gql/graphql.js';
import { insightsStudy, type InsightsStudy } from '../test-support/insights-fixtures.js';
import { adjustPValues, compareNps, compareProportions, significanceFlag } from '@ladder/contracts/stats';

let api: TestApi;
let s: InsightsStudy;

beforeAll(async () => {
  api = await startTestApi();
  s = await insightsStudy(api);
});
afterAll(() => api.stop());

describe('successful comparisons and trends', () => {
  const comparesTwoWaves =
    'compares two waves: NPS with its z-test, and each theme per band matched by key or translated top driver, BH over the table';
  it(comparesTwoWaves, async () => {
    const r = await api.gql(CompareWavesDocument, { studyId: s.studyId, baseWaveId: s.q1, waveId: s.q2 });
    expect(r.errors).toBeUndefined();
    const c = dataOf(r).compareWaves;
    expect(c.baseWave).toEqual({ name: 'Q1', analysisId: s.q1Analysis.id });
    const nps = compareNps({ promoters: 10, passives: 10, detractors: 20 }, { promoters: 20, passives: 10, detractors: 10 });
    expect(c.nps).toEqual({
      base: { nps: -25, n: 40 },
      current: { nps: 25, n: 40 },
      difference: 50,
      low: nps.low,
      high: nps.high,
      pValue: nps.pValue,
      significant: true,
      flag: significanceFlag(nps.pValue),
      smallSample: false,
    });
    expect(c.themes.map((t) => [t.key, t.band, t.matchedBy, t.test])).toEqual([
      ['waiting-for-support', 'DETRACTOR', 'TOP_DRIVER', 'TWO_PROPORTION_Z'],
      ['waiting-for-support', 'PASSIVE', 'TOP_DRIVER', 'FISHER_EXACT'],
      ['pricing', 'DETRACTOR', 'KEY', 'TWO_PROPORTION_Z'],
      ['onboarding', 'DETRACTOR', 'NONE', null],
    ]);
    const tests = [compareProportions(60, 100, 16, 80), compareProportions(2, 10, 1, 10), compareProportions(15, 100, 40, 80)];
    const adjusted = adjustPValues(tests.map((t) => t.pValue!));
    tests.forEach((t, i) =>
      expect(c.themes[i]).toMatchObject({
        difference: t.difference,
        low: t.low,
        high: t.high,
        pValue: t.pValue,
        adjustedPValue: adjusted[i],
        flag: significanceFlag(adjusted[i]),
      }),
    );
    expect(c.themes[0]).toMatchObject({
      difference: expect.closeTo(-0.4, 10),
      flag: '***',
      base: { count: 60, n: 100, share: 0.6 },
      current: { count: 16, n: 80, share: 0.2 },
    });
    expect(c.themes[1]).toMatchObject({ flag: '', smallSample: true });
    expect(c.themes[3]).toMatchObject({
      base: null,
      current: { count: 4, n: 80 },
      difference: null,
      pValue: null,
      flag: '',
      scope: 'DETRACTOR',
    });
    const detractors = await api.gql(CompareWavesDocument, { studyId: s.studyId, baseWaveId: s.q1, waveId: s.q2, band: 'DETRACTOR' });
    expect(detractors.data?.compareWaves.themes.map((t) => t.adjustedPValue)).toEqual([
      ...adjustPValues([tests[0].pValue!, tests[2].pValue!]),
      null,
    ]);
  });

  it('follows themes and drivers across waves, with changes from the previous wave', async () => {
    const r = await api.gql(ThemeTrendDocument, { studyId: s.studyId });
    expect(r.errors).toBeUndefined();
    const t = dataOf(r).themeTrend;
    expect(t.waves).toEqual([
      { name: 'Q1', analysisId: s.q1Analysis.id },
      { name: 'Q2', analysisId: s.q2Analysis.id },
    ]);
    expect(
      t.themes.map((x) => [x.key, x.driverKeys, x.points.map((p) => `${p.band}:${p.estimate.count}/${p.estimate.n}:${p.matchedBy}`)]),
    ).toEqual([
      [
        'waiting-for-support',
        ['support_speed', 'trust'],
        ['DETRACTOR:60/100:NONE', 'DETRACTOR:16/80:TOP_DRIVER', 'PASSIVE:2/10:NONE', 'PASSIVE:1/10:TOP_DRIVER'],
      ],
      ['pricing', ['pricing_value'], ['DETRACTOR:15/100:NONE', 'DETRACTOR:40/80:KEY']],
      ['onboarding', ['onboarding'], ['DETRACTOR:4/80:NONE']],
    ]);
    const [support, pricing] = [compareProportions(60, 100, 16, 80), compareProportions(15, 100, 40, 80)];
    const q = adjustPValues([support.pValue!, pricing.pValue!]);
    expect(t.themes[0].points[0].vsPrevious).toBeNull();
    expect(t.themes[0].points[1].vsPrevious).toMatchObject({
      pValue: support.pValue,
      adjustedPValue: q[0],
      test: 'TWO_PROPORTION_Z',
      flag: '***',
    });
    expect(t.themes[1].points[1].vsPrevious).toMatchObject({ pValue: pricing.pValue, adjustedPValue: q[1] });
    // Each interview counts once, by its newest coding; v1 "support" became both support drivers.
    const drivers = Object.fromEntries(
      t.drivers.map((d) => [d.key, [d.label, ...d.points.map((p) => `${p.estimate.count}/${p.estimate.n}`)]]),
    );
    expect(drivers).toEqual({
      support_quality: ['Support quality', '2/3', '1/2'],
      support_speed: ['Support speed', '1/3', '1/2'],
      pricing_value: ['Pricing and value', '2/3', '0/2'],
    });
    expect(t.drivers[0].points[1].vsPrevious?.pValue).toBe(compareProportions(2, 3, 1, 2).pValue);
  });

  it('gives NPS per wave overall and per segment, with the change from the previous wave', async () => {
    const r = await api.gql(NpsTrendDocument, { studyId: s.studyId, groupBy: ['tier'] });
    expect(r.errors).toBeUndefined();
    const [q1, q2] = dataOf(r).npsTrend.waves;
    expect(q1).toMatchObject({ waveName: 'Q1', overall: { nps: -25, n: 40, smallSample: false }, vsPrevious: null });
    expect(q1.segments).toEqual([
      { label: 'tier=gold', n: 20, nps: -25 },
      { label: 'tier=silver', n: 20, nps: -25 },
    ]);
    expect(q2).toMatchObject({
      waveName: 'Q2',
      overall: { nps: 25 },
      vsPrevious: {
        difference: 50,
        flag: significanceFlag(
          compareNps({ promoters: 10, passives: 10, detractors: 20 }, { promoters: 20, passives: 10, detractors: 10 }).pValue,
        ),
      },
    });
    const filtered = await api.gql(NpsTrendCountsDocument, {
      studyId: s.studyId,
      filter: { attributes: [{ attribute: 'region', values: ['eu'] }] },
    });
    expect(filtered.data?.npsTrend.waves).toEqual([
      { overall: { n: 20 }, segments: [] },
      { overall: { n: 20 }, segments: [] },
    ]);
  });

  it('gives rolling NPS windows over response dates, the same window ends for every segment', async () => {
    const r = await api.gql(RollingNpsDocument, { studyId: s.studyId, days: 30, step: 'WEEK', groupBy: ['band'] });
    expect(r.errors).toBeUndefined();
    const windows = dataOf(r).rollingNps.overall.windows;
    expect(windows[0]).toEqual({ start: '2025-12-18T00:00:00.000Z', end: '2026-01-16T00:00:00.000Z', n: 40, nps: -25, smallSample: false });
    expect(windows[windows.length - 1]).toMatchObject({ end: '2026-04-10T00:00:00.000Z', n: 40, nps: 25 });
    expect(windows[6]).toMatchObject({ end: '2026-02-27T00:00:00.000Z', n: 0, nps: null, smallSample: true });
    const segments = dataOf(r).rollingNps.segments;
    expect(segments.map((x) => x.label)).toEqual(['band=detractor', 'band=passive', 'band=promoter']);
    expect(segments.every((x) => x.windows.length === windows.length)).toBe(true);
    expect(segments[0].windows[0]).toEqual({ end: '2026-01-16T00:00:00.000Z', n: 20 });
  });
});

describe('failing comparisons and trends', () => {
  it('names what is missing or wrong', async () => {
    const same = await api.gql(CompareWavesDocument, { studyId: s.studyId, baseWaveId: s.q1, waveId: s.q1 });
    expect(same.errors?.[0]).toMatchObject({
      message: 'baseWaveId and waveId name the same wave: compare two different waves',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const wave = await api.gql(CompareWavesDocument, { studyId: s.studyId, baseWaveId: s.q1, waveId: 'x' });
    expect(wave.errors?.[0]).toMatchObject({ message: 'Wave x was not found', extensions: { code: 'WAVE_NOT_FOUND' } });
    expect(codeOf(await api.gql(ThemeTrendDocument, { studyId: '00000000-0000-0000-0000-000000000000' }))).toBe('STUDY_NOT_FOUND');
    const groupBy = await api.gql(NpsTrendDocument, { studyId: s.studyId, groupBy: ['tier', 'tier'] });
    expect(groupBy.errors?.[0]).toMatchObject({ message: 'groupBy lists an entry twice', extensions: { code: 'INVALID_GROUP_BY' } });
    const days = await api.gql(RollingNpsDocument, { studyId: s.studyId, days: 0 });
    expect(codeOf(days)).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql(ThemeTrendDocument, { studyId: s.studyId }, api.a.keys.ingest))).toBe('FORBIDDEN');
  });
});
