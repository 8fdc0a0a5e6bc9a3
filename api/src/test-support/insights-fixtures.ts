import type { Band } from '@ladder/contracts';
import { randomUUID } from 'node:crypto';
import { dataOf, type TestApi } from './api-harness.js';
import { CreateStudyDocument, CreateWaveDocument, ImportRespondentsDocument } from './gql/graphql.js';

export interface ExcerptSpec {
  driverKey: string;
  categoryKey: string;
  quote: string;
  role?: 'stated' | 'root' | 'supporting';
  sentimentScore?: number;
}

export interface ThemeSpec {
  key: string;
  label: string;
  scope?: 'cross-band' | Band;
  driverKeys: string[];
  prevalence: { band: Band; count: number; n: number }[];
  quotes?: { sessionId: string; quote: string; band: Band }[];
}

/** A completed interview of a respondent with one moderator question and the given answers. */
export async function insertSession(
  api: TestApi,
  workspaceId: string,
  respondentId: string,
  waveId: string,
  answers: string[],
): Promise<string> {
  const [{ id }] = await api.db.query(
    `INSERT INTO interview_session (workspace_id, respondent_id, wave_id, moderator, token_hash, workflow_id, status, completed_at)
     VALUES ($1, $2, $3, 'offline', $4, $4, 'completed', now()) RETURNING id`,
    [workspaceId, respondentId, waveId, `wf-${randomUUID()}`],
  );
  await api.db.query(
    `INSERT INTO turn (workspace_id, session_id, seq, role, text, phase) VALUES ($1, $2, 0, 'moderator', 'What happened?', 'context')`,
    [workspaceId, id],
  );
  for (const [i, text] of answers.entries()) {
    await api.db.query(
      `INSERT INTO turn (workspace_id, session_id, seq, role, text, phase) VALUES ($1, $2, $3, 'respondent', $4, 'surface')`,
      [workspaceId, id, i + 1, text],
    );
  }
  return id;
}

/** A coding of a session as the worker's coder writes it: each excerpt quotes the whole answer of turn i + 1. */
export async function insertCoding(
  api: TestApi,
  o: {
    workspaceId: string;
    studyId: string;
    waveId: string;
    sessionId: string;
    taxonomyVersion: number;
    band: Band;
    stated?: string;
    root?: string;
    excerpts: ExcerptSpec[];
  },
): Promise<string> {
  const [{ id: taxonomyId }] = await api.db.query(`SELECT id FROM driver_taxonomy WHERE study_id = $1 AND version = $2`, [
    o.studyId,
    o.taxonomyVersion,
  ]);
  const [{ id }] = await api.db.query(
    `INSERT INTO transcript_coding (workspace_id, study_id, wave_id, session_id, taxonomy_id, taxonomy_version, band, coder, stated_driver,
       root_driver, sentiment_score, competitors, competitor_mentioned)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'offline', $8, $9, -0.5, '{Acme}', true) RETURNING id`,
    [o.workspaceId, o.studyId, o.waveId, o.sessionId, taxonomyId, o.taxonomyVersion, o.band, o.stated ?? null, o.root ?? null],
  );
  for (const [i, e] of o.excerpts.entries()) {
    await api.db.query(
      `INSERT INTO coded_excerpt (workspace_id, coding_id, session_id, turn_id, turn_seq, start_offset, end_offset, quote, driver_key,
         category_key, role, sentiment, sentiment_score)
       SELECT $1, $2, $3, t.id, t.seq, 0, length($4), $4, $5, $6, $7, 'negative', $8 FROM turn t WHERE t.session_id = $3 AND t.seq = $9`,
      [o.workspaceId, id, o.sessionId, e.quote, e.driverKey, e.categoryKey, e.role ?? 'supporting', e.sentimentScore ?? -0.6, i + 1],
    );
  }
  return id;
}

/** A wave analysis with its themes, prevalence, quotes and actions, as the synthesizer writes them. */
export async function insertAnalysis(
  api: TestApi,
  o: {
    workspaceId: string;
    studyId: string;
    waveId: string;
    taxonomyVersion?: number;
    status?: 'running' | 'completed' | 'failed';
    total?: number;
    coded?: number;
    themes?: ThemeSpec[];
    actions?: {
      title: string;
      impactPoints: number;
      themeKeys: string[];
      /** The interval and its words (issue 18); left out, the columns stay null as for an analysis made before them. */
      impact?: { low: number; high: number; n: number; smallSample: boolean; action: string; evidence: string };
    }[];
    finishedAt?: string;
    startedAt?: string;
  },
): Promise<{ id: string; themeIds: Map<string, string>; quoteIds: string[] }> {
  const [{ id: taxonomyId }] = await api.db.query(
    `SELECT id FROM driver_taxonomy WHERE study_id = $1 AND ($2::int IS NULL OR version = $2) ORDER BY version DESC LIMIT 1`,
    [o.studyId, o.taxonomyVersion ?? null],
  );
  const status = o.status ?? 'completed';
  const [{ id }] = await api.db.query(
    `INSERT INTO wave_analysis (workspace_id, study_id, wave_id, taxonomy_id, status, synthesizer, total, coded, workflow_id, summary,
       started_at, finished_at)
     VALUES ($1, $2, $3, $4, $5, 'offline', $6, $7, $8, $9, coalesce($10::timestamptz, now()), $11) RETURNING id`,
    [
      o.workspaceId,
      o.studyId,
      o.waveId,
      taxonomyId,
      status,
      o.total ?? 0,
      o.coded ?? 0,
      `wave-analysis-${randomUUID()}`,
      status === 'completed' ? 'Support is the main issue.' : null,
      o.startedAt ?? null,
      status === 'running' ? null : (o.finishedAt ?? new Date().toISOString()),
    ],
  );
  const themeIds = new Map<string, string>();
  const quoteIds: string[] = [];
  for (const [rank, t] of (o.themes ?? []).entries()) {
    const [{ id: themeId }] = await api.db.query(
      `INSERT INTO theme (workspace_id, analysis_id, wave_id, key, label, description, scope, driver_keys, sentiment_score, rank)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, -0.4, $9) RETURNING id`,
      [o.workspaceId, id, o.waveId, t.key, t.label, `About ${t.label}`, t.scope ?? 'cross-band', t.driverKeys, rank + 1],
    );
    themeIds.set(t.key, themeId);
    for (const p of t.prevalence) {
      await api.db.query(`INSERT INTO theme_prevalence (theme_id, workspace_id, band, count, n) VALUES ($1, $2, $3, $4, $5)`, [
        themeId,
        o.workspaceId,
        p.band,
        p.count,
        p.n,
      ]);
    }
    for (const [i, q] of (t.quotes ?? []).entries()) {
      const [{ id: quoteId }] = await api.db.query(
        `INSERT INTO theme_quote (workspace_id, theme_id, session_id, turn_seq, start_offset, end_offset, quote, band, rank)
         VALUES ($1, $2, $3, 1, 0, length($4), $4, $5, $6) RETURNING id`,
        [o.workspaceId, themeId, q.sessionId, q.quote, q.band, i + 1],
      );
      quoteIds.push(quoteId);
    }
  }
  for (const [rank, a] of (o.actions ?? []).entries()) {
    const themes = a.themeKeys.map((k) => themeIds.get(k));
    await api.db.query(
      `INSERT INTO summary_action (workspace_id, analysis_id, rank, title, rationale, impact_points, impact_explanation, theme_ids,
         quote_ids, impact_low, impact_high, impact_n, small_sample, action, evidence, writer)
       VALUES ($1, $2, $3, $4, 'Because detractors say so.', $5, 'Up to this many points.', $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        o.workspaceId,
        id,
        rank + 1,
        a.title,
        a.impactPoints,
        themes,
        quoteIds.slice(0, 1),
        a.impact?.low ?? null,
        a.impact?.high ?? null,
        a.impact?.n ?? null,
        a.impact?.smallSample ?? null,
        a.impact?.action ?? null,
        a.impact?.evidence ?? null,
        a.impact ? 'template' : null,
      ],
    );
  }
  return { id, themeIds, quoteIds };
}

/** Imports respondents into a wave; returns their ids by external id. */
export async function respondentIds(api: TestApi, waveId: string): Promise<Map<string, string>> {
  const rows: { id: string; external_id: string }[] = await api.db.query(`SELECT id, external_id FROM respondent WHERE wave_id = $1`, [
    waveId,
  ]);
  return new Map(rows.map((r) => [r.external_id, r.id]));
}

export interface InsightsStudy {
  studyId: string;
  q1: string;
  q2: string;
  q1Analysis: { id: string; themeIds: Map<string, string>; quoteIds: string[] };
  q2Analysis: { id: string; themeIds: Map<string, string>; quoteIds: string[] };
  sessions: string[];
}

/** 40 respondents of a wave: detractors, passives, promoters, alternating tier gold/silver and region eu/us. */
function waveCsv(prefix: string, detractors: number, passives: number, promoters: number): string {
  const scores = [...Array(detractors).fill(3), ...Array(passives).fill(7), ...Array(promoters).fill(9)] as number[];
  return (
    ['id,score,tier,region', ...scores.map((s, i) => `${prefix}-${i},${s},${i % 2 ? 'silver' : 'gold'},${i % 4 < 2 ? 'eu' : 'us'}`)].join(
      '\n',
    ) + '\n'
  );
}

/**
 * A study fielded twice, with the worker's rows written directly:
 * - Q1 (NPS -25: 20 detractors, 10 passives, 10 promoters, answered 2026-01-10) analysed under
 *   taxonomy v1: themes support-tickets [support] and pricing [pricing_value];
 * - taxonomy v2 splits support into support_speed and support_quality (crosswalk);
 * - Q2 (NPS +25: 10 / 10 / 20, answered 2026-04-10) analysed under v2: waiting-for-support
 *   [support_speed] (same theme by top driver), pricing (same key), onboarding (new, detractor scope);
 * - codings: Q1 sessions s0 (support), s1 (support + pricing_value), s2 (pricing_value) under v1,
 *   s0 again under v2 (support_quality); Q2 sessions s3 (support_speed), s4 (support_quality) under v2.
 */
export async function insightsStudy(
  api: TestApi,
  key = api.a.keys.admin,
  workspaceId = api.a.id,
  name = 'Insights',
): Promise<InsightsStudy> {
  const studyId = dataOf(await api.gql(CreateStudyDocument, { input: { name } }, key)).createStudy.id;
  const wave = async (n: string) => dataOf(await api.gql(CreateWaveDocument, { input: { studyId, name: n } }, key)).createWave.id;
  const [q1, q2] = [await wave('Q1'), await wave('Q2')];
  await api.gql(ImportRespondentsDocument, { input: { waveId: q1, csv: waveCsv('a', 20, 10, 10) } }, key);
  await api.gql(ImportRespondentsDocument, { input: { waveId: q2, csv: waveCsv('b', 10, 10, 20) } }, key);
  await api.db.query(`UPDATE wave SET status = 'fielding', launched_at = $2 WHERE id = $1`, [q1, '2026-01-01T00:00:00Z']);
  await api.db.query(`UPDATE wave SET status = 'fielding', launched_at = $2 WHERE id = $1`, [q2, '2026-04-01T00:00:00Z']);
  await api.db.query(`UPDATE respondent SET responded_at = $2 WHERE wave_id = $1`, [q1, '2026-01-10T12:00:00Z']);
  await api.db.query(`UPDATE respondent SET responded_at = $2 WHERE wave_id = $1`, [q2, '2026-04-10T12:00:00Z']);
  const [{ content }] = await api.db.query(`SELECT content FROM driver_taxonomy WHERE study_id = $1`, [studyId]);
  const experience = content.categories.find((c: { key: string }) => c.key === 'experience');
  experience.drivers = experience.drivers
    .filter((d: { key: string }) => d.key !== 'support')
    .concat([
      { key: 'support_speed', label: 'Support speed', description: '', examples: [] },
      { key: 'support_quality', label: 'Support quality', description: '', examples: [] },
    ]);
  await api.db.query(`INSERT INTO driver_taxonomy (workspace_id, study_id, version, content, crosswalk) VALUES ($1, $2, 2, $3, $4)`, [
    workspaceId,
    studyId,
    JSON.stringify(content),
    JSON.stringify({ support: ['support_speed', 'support_quality'] }),
  ]);

  const r1 = await respondentIds(api, q1);
  const r2 = await respondentIds(api, q2);
  const answers = ['Tickets sit for days.', 'It is too expensive for what we use.'];
  const sessions = [
    await insertSession(api, workspaceId, r1.get('a-0')!, q1, answers),
    await insertSession(api, workspaceId, r1.get('a-1')!, q1, answers),
    await insertSession(api, workspaceId, r1.get('a-2')!, q1, answers),
    await insertSession(api, workspaceId, r2.get('b-0')!, q2, answers),
    await insertSession(api, workspaceId, r2.get('b-1')!, q2, answers),
  ];
  const support = { driverKey: 'support', categoryKey: 'experience', quote: answers[0], role: 'root' as const };
  const pricing = { driverKey: 'pricing_value', categoryKey: 'commercial', quote: answers[1], role: 'stated' as const };
  const coding = (i: number, waveId: string, taxonomyVersion: number, excerpts: ExcerptSpec[]) =>
    insertCoding(api, {
      workspaceId,
      studyId,
      waveId,
      sessionId: sessions[i],
      taxonomyVersion,
      band: 'detractor',
      excerpts,
      stated: excerpts.find((e) => e.role === 'stated')?.driverKey,
      root: excerpts.find((e) => e.role === 'root')?.driverKey,
    });
  await coding(0, q1, 1, [support]);
  await coding(1, q1, 1, [support, pricing]);
  await coding(2, q1, 1, [{ ...pricing, quote: answers[0] }]);
  await coding(0, q1, 2, [{ ...support, driverKey: 'support_quality' }]);
  await coding(3, q2, 2, [{ ...support, driverKey: 'support_speed' }]);
  await coding(4, q2, 2, [{ ...support, driverKey: 'support_quality' }]);

  const q1Analysis = await insertAnalysis(api, {
    workspaceId,
    studyId,
    waveId: q1,
    taxonomyVersion: 1,
    total: 3,
    coded: 3,
    finishedAt: '2026-02-01T00:00:00Z',
    startedAt: '2026-02-01T00:00:00Z',
    themes: [
      {
        key: 'support-tickets',
        label: 'Support tickets',
        driverKeys: ['support'],
        prevalence: [
          { band: 'detractor', count: 60, n: 100 },
          { band: 'passive', count: 2, n: 10 },
        ],
        quotes: [{ sessionId: sessions[0], quote: answers[0], band: 'detractor' }],
      },
      { key: 'pricing', label: 'Pricing', driverKeys: ['pricing_value'], prevalence: [{ band: 'detractor', count: 15, n: 100 }] },
    ],
    actions: [{ title: 'Answer tickets faster', impactPoints: 9.5, themeKeys: ['support-tickets'] }],
  });
  const q2Analysis = await insertAnalysis(api, {
    workspaceId,
    studyId,
    waveId: q2,
    taxonomyVersion: 2,
    total: 2,
    coded: 2,
    finishedAt: '2026-05-01T00:00:00Z',
    startedAt: '2026-05-01T00:00:00Z',
    themes: [
      {
        key: 'waiting-for-support',
        label: 'Waiting for support',
        driverKeys: ['support_speed', 'trust'],
        prevalence: [
          { band: 'detractor', count: 16, n: 80 },
          { band: 'passive', count: 1, n: 10 },
        ],
        quotes: [
          { sessionId: sessions[3], quote: answers[0], band: 'detractor' },
          { sessionId: sessions[4], quote: answers[0], band: 'passive' },
        ],
      },
      {
        key: 'pricing',
        label: 'Pricing',
        driverKeys: ['pricing_value'],
        prevalence: [{ band: 'detractor', count: 40, n: 80 }],
        quotes: [{ sessionId: sessions[4], quote: answers[1], band: 'detractor' }],
      },
      {
        key: 'onboarding',
        label: 'Onboarding',
        scope: 'detractor',
        driverKeys: ['onboarding'],
        prevalence: [{ band: 'detractor', count: 4, n: 80 }],
      },
    ],
    actions: [
      {
        title: 'Fix pricing tiers',
        impactPoints: 12.5,
        themeKeys: ['pricing'],
        impact: {
          low: 4.1,
          high: 20.9,
          n: 90,
          smallSample: false,
          action: 'Fix pricing tiers',
          evidence: '12 of 80 detractors mention pricing',
        },
      },
      { title: 'Staff the support queue', impactPoints: 4, themeKeys: ['waiting-for-support', 'pricing'] },
    ],
  });
  return { studyId, q1, q2, q1Analysis, q2Analysis, sessions };
}
