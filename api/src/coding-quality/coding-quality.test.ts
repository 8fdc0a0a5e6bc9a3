import { freePort, startTemporalDevServer, type TemporalDevServerHandle } from '@ladder/devstack';
import { codingAgreementRunWorkflowId } from '@ladder/contracts';
import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, dataOf, startTestApi, type GqlResult, type TestApi } from '../test-support/api-harness.js';
import { csvOf, studyWithWave } from '../test-support/fixtures.js';
import {
  CodingAgreementDocument,
  CodingAgreementHistoryDocument,
  CodingAgreementSettingsDocument,
  ConfirmCodingDocument,
  CorrectCodingDocument,
  GoldenSetDocument,
  ImportRespondentsDocument,
  InterviewSessionCorrectionDocument,
  RemoveFromGoldenSetDocument,
  RunCodingAgreementDocument,
  UpdateCodingAgreementSettingsDocument,
} from '../test-support/gql/graphql.js';
import { insertCoding, insertSession } from '../test-support/insights-fixtures.js';

let api: TestApi;
let temporal: TemporalDevServerHandle;
let studyId: string;
let waveId: string;
let taxonomyId: string;
const sessions: string[] = [];

const ANSWERS = ['Support never answers my tickets.', 'We pay too much for what we get.'];

/** A machine coding of session i, as the worker writes it (a re-code deletes the old one and writes this). */
async function machineCoding(sessionId: string, stated: string, root: string) {
  await api.db.query(`DELETE FROM transcript_coding WHERE session_id = $1`, [sessionId]);
  await insertCoding(api, {
    workspaceId: api.a.id,
    studyId,
    waveId,
    sessionId,
    taxonomyVersion: 1,
    band: 'detractor',
    stated,
    root,
    excerpts: [
      { driverKey: stated, categoryKey: 'experience', quote: ANSWERS[0], role: 'stated' },
      { driverKey: root, categoryKey: 'commercial', quote: ANSWERS[1], role: 'root' },
    ],
  });
}

const fieldOf = (r: GqlResult<unknown>) => r.errors?.[0].extensions.field;

beforeAll(async () => {
  temporal = await startTemporalDevServer({ port: await freePort() });
  api = await startTestApi({ temporalAddress: temporal.address });
  ({ studyId, waveId } = await studyWithWave(api, api.a.keys.admin, 'Coding quality'));
  const csv = csvOf([['id', 'score'], ...[1, 2, 3, 4].map((i) => [`q-${i}`, 3])]);
  await api.gql(ImportRespondentsDocument, { input: { waveId, csv } });
  const respondents: { id: string }[] = await api.db.query(`SELECT id FROM respondent WHERE wave_id = $1 ORDER BY external_id`, [waveId]);
  for (const r of respondents) sessions.push(await insertSession(api, api.a.id, r.id, waveId, ANSWERS));
  for (const s of sessions) await machineCoding(s, 'support', 'pricing_value');
  [{ id: taxonomyId }] = await api.db.query(`SELECT id FROM driver_taxonomy WHERE study_id = $1 AND version = 1`, [studyId]);
});
afterAll(async () => {
  await api?.stop();
  await temporal?.stop();
});

describe('successful corrections and golden sets', () => {
  it("stores an analyst's coding beside the machine coding, with verbatim spans and who made it", async () => {
    const input = {
      sessionId: sessions[0],
      statedDriver: 'pricing_value',
      rootDriver: 'trust',
      excerpts: [{ turnSeq: 1, start: 0, end: 7, driverKey: 'support', role: 'SUPPORTING' as const }],
      note: 'The price comes first.',
    };
    const c = dataOf(await api.gql(CorrectCodingDocument, { input }, api.a.keys.analyst)).correctCoding;
    const [{ id: analystKeyId }] = await api.db.query(`SELECT id FROM api_key WHERE workspace_id = $1 AND role = 'analyst'`, [api.a.id]);
    expect(c).toMatchObject({
      sessionId: sessions[0],
      waveId,
      taxonomyVersionId: taxonomyId,
      taxonomyVersion: 1,
      source: 'CORRECTED',
      inGoldenSet: true,
      statedDriver: { key: 'pricing_value', label: expect.any(String) },
      rootDriver: { key: 'trust' },
      excerpts: [{ turnSeq: 1, start: 0, end: 7, quote: 'Support', driverKey: 'support', categoryKey: 'experience', role: 'SUPPORTING' }],
      note: 'The price comes first.',
      byKeyId: analystKeyId,
      by: 'analyst',
    });
    const served = dataOf(await api.gql(InterviewSessionCorrectionDocument, { id: sessions[0] })).interviewSession!.coding!;
    expect(served.statedDriver?.key).toBe('support');
    expect(served.inGoldenSet).toBe(true);
    expect(served.correction).toMatchObject({ id: c.id, statedDriver: { key: 'pricing_value' }, rootDriver: { key: 'trust' } });
  });

  it('keeps the correction, and serves it, when the session is re-coded', async () => {
    await machineCoding(sessions[0], 'onboarding', 'billing');
    const served = dataOf(await api.gql(InterviewSessionCorrectionDocument, { id: sessions[0] })).interviewSession!.coding!;
    expect(served.statedDriver?.key).toBe('onboarding');
    expect(served.correction).toMatchObject({
      statedDriver: { key: 'pricing_value' },
      rootDriver: { key: 'trust' },
      excerpts: [{ quote: 'Support', driverKey: 'support' }],
    });
    const golden = dataOf(await api.gql(GoldenSetDocument, { taxonomyVersionId: taxonomyId })).goldenSet;
    expect(golden.map((g) => [g.sessionId, g.source, g.statedDriver?.key])).toEqual([[sessions[0], 'CORRECTED', 'pricing_value']]);
  });

  it('records a person signed in to the console as the author, and serves the correction to them', async () => {
    const session = api.a.sessions.analyst;
    const input = { sessionId: sessions[3], statedDriver: 'billing' };
    const c = dataOf(await api.gql(CorrectCodingDocument, { input }, session)).correctCoding;
    expect([c.by, c.byKeyId]).toEqual(['analyst@workspace-a.example', null]);
    const [{ created_by }] = await api.db.query(`SELECT created_by FROM coding_correction WHERE id = $1`, [c.id]);
    expect(created_by).toBe(`user:${api.a.users.analyst}`);
    const served = dataOf(await api.gql(InterviewSessionCorrectionDocument, { id: sessions[3] }, session)).interviewSession!.coding!;
    expect(served.correction?.statedDriver?.key).toBe('billing');
    await api.db.query(`DELETE FROM coding_correction WHERE id = $1`, [c.id]);
  });

  it("keeps the machine coding's values for fields left out, and clears the root driver on request", async () => {
    const kept = dataOf(await api.gql(CorrectCodingDocument, { input: { sessionId: sessions[1], rootDriver: 'trust' } })).correctCoding;
    expect([kept.statedDriver?.key, kept.rootDriver?.key, kept.excerpts.map((e) => e.quote)]).toEqual(['support', 'trust', ANSWERS]);
    const cleared = dataOf(
      await api.gql(CorrectCodingDocument, { input: { sessionId: sessions[1], taxonomyVersionId: taxonomyId, noRootDriver: true } }),
    ).correctCoding;
    expect([cleared.id, cleared.statedDriver?.key, cleared.rootDriver]).toEqual([kept.id, 'support', null]);
  });

  it('confirms a machine coding as it is then, and takes sessions out of the golden set', async () => {
    const confirmed = dataOf(await api.gql(ConfirmCodingDocument, { sessionId: sessions[2] })).confirmCoding;
    expect(confirmed).toMatchObject({ source: 'CONFIRMED', inGoldenSet: true, statedDriver: { key: 'support' } });
    await machineCoding(sessions[2], 'reliability', 'reliability');
    const golden = async () =>
      dataOf(await api.gql(GoldenSetDocument, { taxonomyVersionId: taxonomyId })).goldenSet.map((g) => [g.sessionId, g.statedDriver?.key]);
    expect(await golden()).toContainEqual([sessions[2], 'support']);
    // A confirmed coding is no correction.
    expect(dataOf(await api.gql(InterviewSessionCorrectionDocument, { id: sessions[2] })).interviewSession!.coding).toMatchObject({
      inGoldenSet: true,
      correction: null,
    });

    expect(dataOf(await api.gql(RemoveFromGoldenSetDocument, { sessionId: sessions[2] })).removeFromGoldenSet).toBe(true);
    expect(dataOf(await api.gql(RemoveFromGoldenSetDocument, { sessionId: sessions[2] })).removeFromGoldenSet).toBe(false);
    expect(dataOf(await api.gql(RemoveFromGoldenSetDocument, { sessionId: sessions[1] })).removeFromGoldenSet).toBe(true);
    expect((await golden()).map(([s]) => s).sort()).toEqual([sessions[0]]);
    // The correction outside the set is still served; confirming it puts it back as it was.
    const outside = dataOf(await api.gql(InterviewSessionCorrectionDocument, { id: sessions[1] })).interviewSession!.coding!;
    expect([outside.inGoldenSet, outside.correction?.rootDriver]).toEqual([false, null]);
    const back = dataOf(await api.gql(ConfirmCodingDocument, { sessionId: sessions[1] })).confirmCoding;
    expect([back.source, back.inGoldenSet, back.rootDriver]).toEqual(['CORRECTED', true, null]);
  });

  it('starts an agreement run on the worker with the workspace threshold, and reads completed runs and their history', async () => {
    const settings = dataOf(await api.gql(CodingAgreementSettingsDocument)).codingAgreementSettings;
    expect(settings).toEqual({ kappaThreshold: 0.7, ownerEmail: null });
    const updated = await api.gql(UpdateCodingAgreementSettingsDocument, {
      input: { kappaThreshold: 0.8, ownerEmail: ' Lead@Acme.example ' },
    });
    expect(dataOf(updated).updateCodingAgreementSettings).toEqual({ kappaThreshold: 0.8, ownerEmail: 'lead@acme.example' });

    const run = dataOf(await api.gql(RunCodingAgreementDocument, { taxonomyVersionId: taxonomyId, coder: 'OFFLINE' })).runCodingAgreement;
    expect(run).toMatchObject({ status: 'RUNNING', trigger: 'MANUAL', coder: 'OFFLINE', taxonomyVersion: 1, threshold: 0.8 });
    const client = new Client({ connection: await Connection.connect({ address: temporal.address }) });
    const described = await client.workflow.getHandle(codingAgreementRunWorkflowId(run.id)).describe();
    expect(described.type).toBe('codingAgreementRunWorkflow');
    await client.connection.close();

    expect(dataOf(await api.gql(CodingAgreementDocument, { taxonomyVersionId: taxonomyId, coder: 'OFFLINE' })).codingAgreement).toBeNull();
    // The worker's figures, as it writes them.
    await api.db.query(
      `UPDATE coding_agreement_run SET status = 'completed', n = 2, percent_agreement = 0.9, kappa = 0.5, below_threshold = true,
         model = NULL, prompt_version = 'offline-x', finished_at = now(),
         per_driver = '[{"driverKey": "support", "goldenCount": 2, "recodeCount": 1, "bothCount": 1, "percentAgreement": 0.5,
           "kappa": null}]'
       WHERE id = $1`,
      [run.id],
    );
    const latest = dataOf(await api.gql(CodingAgreementDocument, { taxonomyVersionId: taxonomyId, coder: 'OFFLINE' })).codingAgreement;
    expect(latest).toMatchObject({
      id: run.id,
      status: 'COMPLETED',
      n: 2,
      percentAgreement: 0.9,
      kappa: 0.5,
      threshold: 0.8,
      belowThreshold: true,
      promptVersion: 'offline-x',
      drivers: [
        {
          driver: { key: 'support', label: 'Support responsiveness and quality' },
          goldenCount: 2,
          recodeCount: 1,
          bothCount: 1,
          kappa: null,
        },
      ],
    });
    const history = dataOf(await api.gql(CodingAgreementHistoryDocument, { taxonomyVersionId: taxonomyId })).codingAgreementHistory;
    expect(history.map((h) => [h.id, h.trigger, h.belowThreshold])).toEqual([[run.id, 'MANUAL', true]]);
    const mistral = await api.gql(CodingAgreementHistoryDocument, { taxonomyVersionId: taxonomyId, coder: 'MISTRAL' });
    expect(dataOf(mistral).codingAgreementHistory).toEqual([]);
  });
});

describe('failing corrections and runs', () => {
  it('refuses drivers the taxonomy version does not have, naming the field', async () => {
    const root = await api.gql(CorrectCodingDocument, { input: { sessionId: sessions[3], rootDriver: 'vibes' } });
    expect([codeOf(root), fieldOf(root), root.errors?.[0].message]).toEqual([
      'DRIVER_NOT_IN_TAXONOMY',
      'rootDriver',
      '"vibes" is not a driver of taxonomy version 1',
    ]);
    const excerpts = [{ turnSeq: 1, start: 0, end: 7, driverKey: 'vibes', role: 'STATED' as const }];
    const inExcerpt = await api.gql(CorrectCodingDocument, { input: { sessionId: sessions[3], excerpts } });
    expect([codeOf(inExcerpt), fieldOf(inExcerpt)]).toEqual(['DRIVER_NOT_IN_TAXONOMY', 'excerpts.0.driverKey']);
  });

  it('refuses spans outside a respondent turn of the interview', async () => {
    const span = (turnSeq: number, start: number, end: number) => ({ turnSeq, start, end, driverKey: 'support', role: 'STATED' as const });
    const long = await api.gql(CorrectCodingDocument, { input: { sessionId: sessions[3], excerpts: [span(1, 0, 7), span(1, 30, 99)] } });
    expect([codeOf(long), fieldOf(long), long.errors?.[0].message]).toEqual([
      'EXCERPT_SPAN_INVALID',
      'excerpts.1.end',
      'Excerpt 2: the turn has 33 characters; the span ends at 99',
    ]);
    const moderator = await api.gql(CorrectCodingDocument, { input: { sessionId: sessions[3], excerpts: [span(0, 0, 4)] } });
    expect([codeOf(moderator), fieldOf(moderator)]).toEqual(['EXCERPT_SPAN_INVALID', 'excerpts.0.turnSeq']);
    const reversed = await api.gql(CorrectCodingDocument, { input: { sessionId: sessions[3], excerpts: [span(1, 5, 3)] } });
    expect([codeOf(reversed), fieldOf(reversed)]).toEqual(['EXCERPT_SPAN_INVALID', 'excerpts.0.end']);
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM coding_correction WHERE session_id = $1`, [sessions[3]]);
    expect(n).toBe(0);
  });

  it('lets viewers read the golden set but neither correct, confirm nor run', async () => {
    const viewer = api.a.keys.viewer;
    expect(codeOf(await api.gql(CorrectCodingDocument, { input: { sessionId: sessions[3], rootDriver: 'trust' } }, viewer))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await api.gql(ConfirmCodingDocument, { sessionId: sessions[3] }, viewer))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(RemoveFromGoldenSetDocument, { sessionId: sessions[0] }, viewer))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(RunCodingAgreementDocument, { taxonomyVersionId: taxonomyId, coder: 'OFFLINE' }, viewer))).toBe(
      'FORBIDDEN',
    );
    expect(dataOf(await api.gql(GoldenSetDocument, { taxonomyVersionId: taxonomyId }, viewer)).goldenSet.length).toBeGreaterThan(0);
    expect(codeOf(await api.gql(GoldenSetDocument, { taxonomyVersionId: taxonomyId }, api.a.keys.ingest))).toBe('FORBIDDEN');
  });

  it('needs a machine coding to confirm, a taxonomy of the same study, and a golden set to measure', async () => {
    await api.db.query(`DELETE FROM transcript_coding WHERE session_id = $1`, [sessions[3]]);
    expect(codeOf(await api.gql(ConfirmCodingDocument, { sessionId: sessions[3] }))).toBe('CODING_NOT_FOUND');
    const other = await studyWithWave(api, api.a.keys.admin, 'Other');
    const [{ id: otherTaxonomy }] = await api.db.query(`SELECT id FROM driver_taxonomy WHERE study_id = $1`, [other.studyId]);
    const elsewhere = await api.gql(ConfirmCodingDocument, { sessionId: sessions[0], taxonomyVersionId: otherTaxonomy });
    expect(codeOf(elsewhere)).toBe('TAXONOMY_NOT_FOUND');
    const empty = await api.gql(RunCodingAgreementDocument, { taxonomyVersionId: otherTaxonomy, coder: 'OFFLINE' });
    expect([codeOf(empty), fieldOf(empty)]).toEqual(['GOLDEN_SET_EMPTY', 'taxonomyVersionId']);
    const badEmail = await api.gql(UpdateCodingAgreementSettingsDocument, { input: { ownerEmail: 'not an address' } });
    expect([codeOf(badEmail), fieldOf(badEmail)]).toEqual(['BAD_USER_INPUT', 'ownerEmail']);
  });
});
