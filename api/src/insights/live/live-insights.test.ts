import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, startTestApi, type TestApi } from '../../test-support/api-harness.js';
import { seedAnalysis } from '../../test-support/analysis-rows.js';
import { csvOf, studyWithWave } from '../../test-support/fixtures.js';
import {
  CreateWaveDocument,
  ImportRespondentsDocument,
  SegmentNpsChangedDocument,
  ThemeTrendsDocument,
  WaveAnalysisProgressDocument,
  type TypedDocumentString,
} from '../../test-support/gql/graphql.js';
import {
  openSocket,
  subscribe as subscribeTo,
  type RawSocket,
  type Subscription,
  type SubscriptionResult,
} from '../../test-support/ws-client.js';

let api: TestApi;
let studyId: string;
let waveId: string;
let notifier: pg.Client;
const sockets: RawSocket[] = [];

beforeAll(async () => {
  api = await startTestApi();
  ({ studyId, waveId } = await studyWithWave(api));
  await api.gql(ImportRespondentsDocument, {
    input: {
      waveId,
      csv: csvOf([
        ['id', 'score', 'tier'],
        ['a', 10, 'SMB'],
        ['b', 3, 'Enterprise'],
        ['c', 8, 'SMB'],
      ]),
    },
  });
  // A connection of its own, as the worker process has: the API only sees what crosses Postgres.
  notifier = new pg.Client({ connectionString: api.databaseUrl });
  await notifier.connect();
});
afterAll(async () => {
  for (const s of sockets) s.ws.close();
  await notifier?.end();
  await api?.stop();
});

const notify = (event: Record<string, unknown>) => notifier.query(`SELECT pg_notify('ladder_events', $1)`, [JSON.stringify(event)]);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function subscribe<R, V>(document: TypedDocumentString<R, V>, variables: V, key = api.a.keys.viewer): Promise<Subscription<R>> {
  const s = await subscribeTo(api.wsUrl, key, document, variables);
  sockets.push(s.socket);
  await sleep(200); // the subscription is registered before the events
  return s;
}

/** The `next` payloads received once `done` holds for them. */
async function waitFor<R>(
  s: Subscription<R>,
  done: (payloads: SubscriptionResult<R>[]) => boolean,
  timeoutMs = 5000,
): Promise<SubscriptionResult<R>[]> {
  const deadline = Date.now() + timeoutMs;
  while (!done(s.results())) {
    if (Date.now() > deadline) throw new Error(`timed out; got ${JSON.stringify(s.socket.messages)}`);
    await sleep(25);
  }
  return s.results();
}

describe('segmentNpsChanged', () => {
  it('pushes the new segment NPS when a CSV import commits', async () => {
    const s = await subscribe(SegmentNpsChangedDocument, { studyId, groupBy: ['tier'] });
    await api.gql(ImportRespondentsDocument, {
      input: {
        waveId,
        csv: csvOf([
          ['id', 'score', 'tier'],
          ['d', 9, 'Mid'],
          ['e', 9, 'Mid'],
        ]),
      },
    });
    const [update] = await waitFor(s, (p) => p.length >= 1);
    expect(update.data?.segmentNpsChanged).toEqual({
      groupBy: ['tier'],
      overall: { n: 5, promoters: 3, nps: 40 },
      segments: [
        { label: 'tier=Enterprise', n: 1 },
        { label: 'tier=Mid', n: 2 },
        { label: 'tier=SMB', n: 2 },
      ],
    });
  });

  it('coalesces a burst of codings notified by another process: bounded messages, the last state delivered', async () => {
    const s = await subscribe(SegmentNpsChangedDocument, { studyId, groupBy: ['tier'] });
    const started = Date.now();
    const BURST = 300;
    for (let i = 0; i < BURST; i++) {
      // Each notification follows a committed change, as the worker's are.
      await notifier.query(
        `INSERT INTO respondent (workspace_id, wave_id, external_id, score, attributes) VALUES ($1, $2, $3, 10, '{"tier": "SMB"}')`,
        [api.a.id, waveId, `burst-${i}`],
      );
      await notify({ type: 'insights.changed', workspaceId: api.a.id, studyId, waveId, what: 'coding' });
    }
    const burstMs = Date.now() - started;
    const payloads = await waitFor(s, (p) => p.at(-1)?.data?.segmentNpsChanged.overall.n === 5 + BURST);
    await sleep(1300); // nothing else is pending
    const times = s.socket.messages.filter((m) => m.type === 'next').length;
    expect(times).toBe(payloads.length);
    // One leading message, then at most one per started second of the burst (and its trailing edge).
    expect(payloads.length).toBeGreaterThanOrEqual(1);
    expect(payloads.length).toBeLessThanOrEqual(Math.ceil(burstMs / 1000) + 1);
    expect(payloads.at(-1)?.data?.segmentNpsChanged.overall).toEqual({ n: 305, promoters: 303, nps: 99.02 });
  });

  it('ignores events of another workspace, even one naming this study', async () => {
    const s = await subscribe(SegmentNpsChangedDocument, { studyId, groupBy: ['tier'] });
    await notify({ type: 'insights.changed', workspaceId: api.b.id, studyId, waveId, what: 'respondents' });
    await sleep(500);
    expect(s.results()).toEqual([]);
  });
  it('subscribers of one operation share its execution and its JSON; each keeps its own id, selection, variables and role', async () => {
    const viewer = await subscribe(SegmentNpsChangedDocument, { studyId, groupBy: ['tier'] });
    const admin = await subscribe(SegmentNpsChangedDocument, { studyId, groupBy: ['tier'] }, api.a.keys.admin);
    // Two more operations on one socket: a smaller selection under an id that looks like the server's placeholder, and other variables.
    const raw = await openSocket(api.wsUrl);
    sockets.push(raw);
    raw.send({ type: 'connection_init', payload: { authorization: `Bearer ${api.a.keys.viewer}` } });
    await raw.next('connection_ack');
    const tricky = '{"__ladderSharedPayload":0}}';
    const small = 'subscription Small($s: ID!) { segmentNpsChanged(studyId: $s, groupBy: ["tier"]) { overall { n } } }';
    raw.send({ id: tricky, type: 'subscribe', payload: { query: small, variables: { s: studyId } } });
    const byBand = { studyId, groupBy: ['band'] };
    raw.send({ id: 'by-band', type: 'subscribe', payload: { query: SegmentNpsChangedDocument.toString(), variables: byBand } });
    await sleep(200);

    await notifier.query(
      `INSERT INTO respondent (workspace_id, wave_id, external_id, score, attributes) VALUES ($1, $2, 'shared-1', 0, '{"tier": "Mid"}')`,
      [api.a.id, waveId],
    );
    await notify({ type: 'insights.changed', workspaceId: api.a.id, studyId, waveId, what: 'respondents' });
    const { rows } = await notifier.query(`SELECT count(*)::int AS n FROM respondent WHERE wave_id = $1`, [waveId]);
    const total: number = rows[0].n;
    const [fromViewer] = await waitFor(viewer, (p) => p.at(-1)?.data?.segmentNpsChanged.overall.n === total);
    const [fromAdmin] = await waitFor(admin, (p) => p.at(-1)?.data?.segmentNpsChanged.overall.n === total);
    expect(fromAdmin).toEqual(fromViewer);
    expect(fromViewer.data?.segmentNpsChanged.segments.map((s) => s.label)).toContain('tier=Mid');

    const nextOf = (id: string) => raw.messages.filter((m) => m.type === 'next' && m.id === id).map((m) => m.payload);
    const deadline = Date.now() + 5000;
    while ((!nextOf(tricky).length || !nextOf('by-band').length) && Date.now() < deadline) await sleep(25);
    expect(nextOf(tricky).at(-1)).toEqual({ data: { segmentNpsChanged: { overall: { n: total } } } });
    expect(nextOf('by-band').at(-1)).toMatchObject({
      data: { segmentNpsChanged: { groupBy: ['band'], overall: { n: total }, segments: [{ label: 'band=detractor' }, {}, {}] } },
    });
    // Completing one operation leaves the others running.
    raw.send({ id: 'by-band', type: 'complete' });
    await sleep(100);
    await notify({ type: 'insights.changed', workspaceId: api.a.id, studyId, waveId, what: 'respondents' });
    await waitFor(viewer, (p) => p.length >= 2);
    await sleep(300);
    expect(nextOf('by-band')).toHaveLength(1);
    expect(nextOf(tricky).length).toBeGreaterThanOrEqual(1);
  });
});

describe('themeTrends', () => {
  it('says which waves have new themes, folding the waves changed within one second into one message', async () => {
    const s = await subscribe(ThemeTrendsDocument, { studyId });
    const theme = (key: string) => ({
      key,
      label: key,
      scope: 'detractor' as const,
      prevalence: [{ band: 'detractor' as const, count: 1, n: 2 }],
      quotes: [],
    });
    const first = await seedAnalysis(api, api.a.id, studyId, waveId, { themes: [theme('a'), theme('b')] });
    await notify({ type: 'insights.changed', workspaceId: api.a.id, studyId, waveId, what: 'themes' });
    const [leading] = await waitFor(s, (p) => p.length === 1);
    expect(leading.data?.themeTrends).toEqual({
      studyId,
      waves: [{ waveId, analysisId: first, status: 'COMPLETED', themeCount: 2, finishedAt: expect.any(String) }],
    });

    const wave2 = dataOf(await api.gql(CreateWaveDocument, { input: { studyId, name: 'Q2' } })).createWave.id;
    const second = await seedAnalysis(api, api.a.id, studyId, wave2, { themes: [theme('c')] });
    const rerun = await seedAnalysis(api, api.a.id, studyId, waveId, { status: 'running', total: 3 });
    await notify({ type: 'insights.changed', workspaceId: api.a.id, studyId, waveId: wave2, what: 'themes' });
    await notify({ type: 'insights.changed', workspaceId: api.a.id, studyId, waveId, what: 'themes' });
    const [, trailing] = await waitFor(s, (p) => p.length === 2);
    const waves = [...dataOf(trailing).themeTrends.waves].sort((x, y) => (x.waveId === waveId ? -1 : y.waveId === waveId ? 1 : 0));
    expect(waves).toEqual([
      { waveId, analysisId: rerun, status: 'RUNNING', themeCount: 0, finishedAt: null },
      { waveId: wave2, analysisId: second, status: 'COMPLETED', themeCount: 1, finishedAt: expect.any(String) },
    ]);
  });
});

describe('waveAnalysisProgress', () => {
  it('follows the coding of a wave at most once a second and ends on the final state', async () => {
    const { studyId: study, waveId: wave } = await studyWithWave(api, api.a.keys.admin, 'Progress');
    const analysisId = await seedAnalysis(api, api.a.id, study, wave, { status: 'running', total: 40 });
    const s = await subscribe(WaveAnalysisProgressDocument, { waveId: wave });
    const event = { type: 'analysis.progress', workspaceId: api.a.id, studyId: study, waveId: wave, analysisId };
    for (let coded = 4; coded <= 40; coded += 4) {
      await notifier.query(`UPDATE wave_analysis SET coded = $2 WHERE id = $1`, [analysisId, coded]);
      await notify(event);
    }
    await notifier.query(`UPDATE wave_analysis SET status = 'completed', finished_at = now() WHERE id = $1`, [analysisId]);
    await notify(event);
    const payloads = await waitFor(s, (p) => p.at(-1)?.data?.waveAnalysisProgress.status === 'COMPLETED');
    expect(payloads.length).toBeLessThanOrEqual(3);
    expect(payloads[0].data?.waveAnalysisProgress).toMatchObject({ waveId: wave, analysisId, total: 40 });
    expect(payloads.at(-1)?.data?.waveAnalysisProgress).toEqual({
      waveId: wave,
      analysisId,
      status: 'COMPLETED',
      total: 40,
      coded: 40,
      progress: 1,
    });
  });
});

describe('auth', () => {
  async function firstError<R, V>(document: TypedDocumentString<R, V>, variables: V, key: string) {
    const s = await subscribeTo(api.wsUrl, key, document, variables);
    sockets.push(s.socket);
    return (await s.next()).errors?.[0];
  }

  it('needs a key that may read, checks groupBy as segmentNps does, and hides other workspaces', async () => {
    const tiers = { studyId, groupBy: ['tier'] };
    expect((await firstError(SegmentNpsChangedDocument, tiers, api.a.keys.ingest))?.extensions.code).toBe('FORBIDDEN');
    const bad = await firstError(SegmentNpsChangedDocument, { studyId, groupBy: ['tier', 'tier'] }, api.a.keys.viewer);
    expect(bad).toMatchObject({ message: 'groupBy lists an entry twice', extensions: { code: 'INVALID_GROUP_BY' } });
    expect((await firstError(SegmentNpsChangedDocument, tiers, api.b.keys.admin))?.extensions.code).toBe('STUDY_NOT_FOUND');
    expect((await firstError(ThemeTrendsDocument, { studyId: 'nope' }, api.a.keys.viewer))?.extensions.code).toBe('STUDY_NOT_FOUND');
    expect((await firstError(WaveAnalysisProgressDocument, { waveId }, api.b.keys.viewer))?.extensions.code).toBe('WAVE_NOT_FOUND');
  });
});
