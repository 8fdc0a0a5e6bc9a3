import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { Client, Connection, WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import type { TemporalDevServerHandle } from '@ladder/devstack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  INTERVIEW_WORKFLOW,
  MAX_MESSAGE_LENGTH,
  interviewWorkflowId,
  respondUpdate,
  stateQuery,
  type InterviewTiming,
  type InterviewWorkflowInput,
  type RespondResult,
} from '@ladder/contracts';
import { startFakeMistral, type FakeMistral } from '../testing/index.js';
import { recordedHistoryJSON, TEST_PAYLOAD_KEYS, testDataConverter } from '../test-support/payloads.js';
import { insertSession, startTestDatabase, startTestTemporal, stopTestDatabase, type TestDatabase } from '../test-support/environment.js';
import { createLadderWorker, type LadderWorker } from '../worker.js';
import { detectLanguage } from '../moderator/language.js';

let db: TestDatabase;
let temporal: TemporalDevServerHandle;
let fake: FakeMistral;
const workers: { ladder: LadderWorker; running: Promise<void> }[] = [];
let client: Client;
const offlineQueue = `test-offline-${randomUUID()}`;
const mistralQueue = `test-mistral-${randomUUID()}`;

beforeAll(async () => {
  [db, temporal, fake] = await Promise.all([startTestDatabase(), startTestTemporal(), startFakeMistral({ seed: 7 })]);
  for (const [taskQueue, llm] of [
    [offlineQueue, null],
    [
      mistralQueue,
      {
        apiKey: 'test-key',
        serverUrl: fake.url,
        model: 'mistral-small-latest',
        timeoutMs: 400,
        pricing: { inputPerMillion: 0.1, outputPerMillion: 0.3 },
      },
    ],
  ] as const) {
    const ladder = await createLadderWorker({
      databaseUrl: db.url,
      temporalAddress: temporal.address,
      taskQueue,
      llm,
      payloadKeys: TEST_PAYLOAD_KEYS,
    });
    workers.push({ ladder, running: ladder.worker.run() });
  }
  client = new Client({ connection: await Connection.connect({ address: temporal.address }), dataConverter: testDataConverter });
});
afterAll(async () => {
  for (const { ladder } of workers) ladder.worker.shutdown();
  for (const { ladder, running } of workers) {
    await running;
    await ladder.pool.end();
    await ladder.connection.close();
  }
  await client?.connection.close();
  await fake?.close();
  await temporal?.stop();
  await stopTestDatabase(db);
});

const LONG: InterviewTiming = { invitationTtlMs: 3_600_000, idleReminderMs: 3_600_000, abandonAfterMs: 7_200_000 };

/** A detractor whose answers go from the stated reason down to a trust rupture, in the respondent's language. */
const ANSWERS: Record<'en' | 'fr', string[]> = {
  en: [
    'Honestly the product does not work the way we were told it would during the sales process last spring.',
    'Last week the quarterly export failed three times and my team spent two full days rebuilding the numbers by hand.',
    'It means my analysts stop trusting the dashboards, so every figure gets double-checked in spreadsheets before a board meeting.',
    'We lose about a day every month, and the board meeting slipped twice because of the export problems.',
    'My CFO now questions every number I bring, which puts my credibility with the leadership team at risk.',
    'It matters because I championed this purchase, and I feel the vendor let me down after the demo promised things that never shipped.',
    'Above all it is about trust: I need a partner who keeps promises, my reputation depends on it.',
    'We looked at Acme Analytics; they would need reliable exports and honest account management.',
    'Fix the exports and tell us the truth about the roadmap.',
    'No, that covers it.',
    'Thanks.',
  ],
  fr: [
    "Le produit ne fonctionne pas comme on nous l'avait promis pendant la démonstration commerciale au printemps dernier.",
    "La semaine dernière, l'export trimestriel a échoué trois fois et mon équipe a passé deux jours à refaire les chiffres à la main.",
    'Mes analystes ne font plus confiance aux tableaux de bord, donc chaque chiffre est revérifié dans des tableurs avant le comité.',
    'Nous perdons environ une journée par mois, et le comité de direction a été repoussé deux fois à cause des exports.',
    'Mon directeur financier remet maintenant en question chaque chiffre, ce qui met ma crédibilité en jeu auprès de la direction.',
    "C'est important parce que j'ai porté cet achat, " +
      "et je me sens trahi par l'éditeur après une démo qui promettait des choses jamais livrées.",
    "Au fond c'est une question de confiance : j'ai besoin d'un partenaire qui tient ses promesses, ma réputation en dépend.",
    'Nous avons regardé Acme Analytics ; il leur faudrait des exports fiables et une gestion de compte honnête.',
    'Réparer les exports et nous dire la vérité sur la feuille de route.',
    "Non, c'est tout.",
    'Merci.',
  ],
};

async function start(taskQueue: string, language: string | null, timing: InterviewTiming = LONG, score = 3) {
  const { sessionId, workspaceId } = await insertSession(db.pool, score, language);
  const input: InterviewWorkflowInput = { sessionId, workspaceId, band: 'detractor', language, timing };
  const handle = await client.workflow.start(INTERVIEW_WORKFLOW, { taskQueue, workflowId: interviewWorkflowId(sessionId), args: [input] });
  return { sessionId, handle };
}

/** The local activities a workflow ran, by name, from its history's markers. */
async function localActivitiesOf(handle: WorkflowHandle): Promise<string[]> {
  const history = await handle.fetchHistory();
  return (history.events ?? [])
    .filter((e) => e.markerRecordedEventAttributes?.markerName === 'core_local_activity')
    .map((e) => {
      const data = e.markerRecordedEventAttributes?.details?.data?.payloads?.[0]?.data;
      return data ? ((JSON.parse(Buffer.from(data).toString()) as { activity_type?: string }).activity_type ?? '?') : '?';
    });
}

async function converse(handle: WorkflowHandle, answers: string[]): Promise<RespondResult[]> {
  const replies: RespondResult[] = [];
  for (let i = 0; replies.at(-1)?.status !== 'completed'; i++) {
    replies.push(await handle.executeUpdate(respondUpdate, { args: [{ text: answers[Math.min(i, answers.length - 1)] }] }));
    expect(i).toBeLessThan(40);
  }
  return replies;
}

const turnsOf = async (sessionId: string) =>
  (
    await db.pool.query(
      `SELECT seq, role, text, phase, ladder_level, action, author, leading_caught, prompt_tokens, cost_usd, fallback_reason
   FROM turn WHERE session_id = $1 ORDER BY seq`,
      [sessionId],
    )
  ).rows;
const sessionRow = async (sessionId: string) => (await db.pool.query(`SELECT * FROM interview_session WHERE id = $1`, [sessionId])).rows[0];

describe('interview workflow on the Temporal dev server, offline moderator', () => {
  it('ladders through the phases to the target depth, one Update per answer, and records quality', async () => {
    const { sessionId, handle } = await start(offlineQueue, 'fr');
    await expect(handle.executeUpdate(respondUpdate, { args: [{ text: '   ' }] })).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
    await expect(handle.executeUpdate(respondUpdate, { args: [{ text: 'x'.repeat(MAX_MESSAGE_LENGTH + 1) }] })).rejects.toBeInstanceOf(
      WorkflowUpdateFailedError,
    );
    const first = await handle.executeUpdate(respondUpdate, { args: [{ text: ANSWERS.fr[0] }], updateId: 'u-1' });
    expect(first).toMatchObject({ status: 'active', turn: { seq: 2, role: 'moderator', author: 'offline' } });
    // The same Update id is applied once: same result, no new turns.
    expect(await handle.executeUpdate(respondUpdate, { args: [{ text: ANSWERS.fr[0] }], updateId: 'u-1' })).toEqual(first);

    const replies = [first, ...(await converse(handle, ANSWERS.fr.slice(1)))];
    await handle.result();
    await expect(handle.executeUpdate(respondUpdate, { args: [{ text: 'encore' }] })).rejects.toThrow();

    const turns = await turnsOf(sessionId);
    expect(turns.map((t) => t.seq)).toEqual([...Array(turns.length).keys()]);
    expect(turns[0]).toMatchObject({ action: 'open', phase: 'context' });
    expect(turns[0].text).toMatch(/expérience/);
    // The first answer already gives the reason (the surface phase's objective): laddering starts on it.
    expect(new Set(turns.filter((t) => t.role === 'moderator').map((t) => t.phase))).toEqual(
      new Set(['context', 'laddering', 'comparative', 'close']),
    );
    // The answers reveal level 5 by the time the moderator asked at level 4: laddering ends there.
    const deepestAsked = Math.max(...turns.map((t) => t.ladder_level));
    expect(deepestAsked).toBeGreaterThanOrEqual(4);
    expect(turns.at(-1)).toMatchObject({ role: 'moderator', action: 'close' });
    expect(replies.at(-1)?.status).toBe('completed');
    const session = await sessionRow(sessionId);
    expect(session.status).toBe('completed');
    expect(session.quality).toMatchObject({
      phasesCovered: expect.arrayContaining(['laddering', 'comparative']),
      fallbackTurns: 0,
      costUsd: 0,
    });
    expect(session.quality.ladderDepth).toBeGreaterThanOrEqual(5);
    expect(session.quality.probeDepth).toBe(deepestAsked);
    expect(session.quality.probesReusingWords).toBeGreaterThan(0);
    expect(await handle.query(stateQuery)).toMatchObject({ status: 'completed', moderator: 'offline', fallbacks: 0 });
    // One local activity per answer (the answer and the question together), besides opening and completing.
    expect(await localActivitiesOf(handle)).toEqual(['beginInterview', ...replies.map(() => 'answerOffline'), 'completeSession']);
    // The finished transcript was coded against the study's taxonomy, with verbatim quotes.
    const { rows: codings } = await db.pool.query(
      `SELECT c.coder, c.stated_driver, c.root_driver, count(e.*)::int AS excerpts
      FROM transcript_coding c LEFT JOIN coded_excerpt e ON e.coding_id = c.id WHERE c.session_id = $1 GROUP BY c.id`,
      [sessionId],
    );
    expect(codings).toHaveLength(1);
    expect(codings[0]).toMatchObject({ coder: 'offline', stated_driver: expect.any(String), root_driver: expect.any(String) });
    expect(codings[0].excerpts).toBeGreaterThan(2);
    // `npm run record-histories` keeps this run's history for the replay test (histories/).
    if (process.env.LADDER_RECORD_HISTORIES) {
      writeFileSync(
        new URL('./histories/interview-v3-completed-fr.json', import.meta.url),
        await recordedHistoryJSON(await handle.fetchHistory()),
      );
    }
  });

  it('detects the language of a respondent without one, and raises an escalation with the verbatim quote', async () => {
    const { sessionId, handle } = await start(offlineQueue, null);
    const reply = await handle.executeUpdate(respondUpdate, {
      args: [{ text: 'Franchement, nous allons résilier le contrat à la fin du trimestre. Le support ne répond jamais à nos demandes.' }],
    });
    expect(reply.turn.text).not.toEqual('');
    const session = await sessionRow(sessionId);
    expect({ language: session.language, source: session.language_source }).toEqual({ language: 'fr', source: 'detected' });
    const { rows } = await db.pool.query(`SELECT reason, quote, detected_by, status FROM escalation WHERE session_id = $1`, [sessionId]);
    expect(rows).toEqual([
      {
        reason: 'churn_risk',
        quote: 'Franchement, nous allons résilier le contrat à la fin du trimestre.',
        detected_by: 'offline',
        status: 'open',
      },
    ]);
    await handle.terminate('test done');
  });
});

/** The same detractor's story in German and in Spanish: a competitor named after a cue, a team (not the respondent) worn out. */
const ANSWERS_OTHER: Record<'de' | 'es', { answers: string[]; welcome: RegExp; quoteMark: RegExp; competitor: string }> = {
  de: {
    welcome: /^Vielen Dank, dass Sie sich die Zeit nehmen\. /,
    quoteMark: /„[^“]+“/,
    competitor: 'Wir evaluieren gerade Flowbase als Ersatz, weil die Exporte dort zuverlässig laufen.',
    answers: [
      'Ehrlich gesagt funktioniert das Produkt nicht so, wie es uns im Verkaufsgespräch im letzten Frühjahr versprochen wurde.',
      'Letzte Woche ist der Quartalsexport dreimal gescheitert, und mein Team hat zwei volle Tage lang die Zahlen von Hand nachgebaut.',
      'Meine Analysten vertrauen den Dashboards nicht mehr, also wird jede Zahl vor der Vorstandssitzung in Tabellen nachgeprüft.',
      'Wir verlieren jeden Monat etwa einen Tag, und mein Team ist inzwischen völlig überlastet.',
      'Mein Finanzchef stellt jetzt jede Zahl infrage, die ich mitbringe, ' +
        'und das gefährdet meine Glaubwürdigkeit bei der Geschäftsführung.',
      'Es ist mir wichtig, weil ich diesen Kauf durchgesetzt habe, und ich fühle mich vom Anbieter im Stich gelassen.',
      'Wir evaluieren gerade Flowbase als Ersatz, weil die Exporte dort zuverlässig laufen.',
      'Reparieren Sie die Exporte und sagen Sie uns die Wahrheit über die Roadmap.',
      'Nein, das war alles.',
      'Danke.',
    ],
  },
  es: {
    welcome: /^Gracias por dedicarnos su tiempo\. /,
    quoteMark: /«[^»]+»/,
    competitor: 'Estamos evaluando Flowbase como sustituto, porque allí las exportaciones funcionan.',
    answers: [
      'Sinceramente el producto no funciona como nos prometieron durante el proceso de venta la primavera pasada.',
      'La semana pasada la exportación trimestral falló tres veces y mi equipo pasó dos días enteros rehaciendo las cifras a mano.',
      'Mis analistas ya no confían en los paneles, así que cada cifra se revisa en hojas de cálculo antes del consejo.',
      'Perdemos más o menos un día cada mes, y mi equipo está agotado.',
      'Mi director financiero pone en duda cada cifra que presento, y eso pone en riesgo mi credibilidad ante la dirección.',
      'Me importa porque yo defendí esta compra, y siento que el proveedor me ha fallado.',
      'Estamos evaluando Flowbase como sustituto, porque allí las exportaciones funcionan.',
      'Que arreglen las exportaciones y nos digan la verdad sobre la hoja de ruta.',
      'No, eso es todo.',
      'Gracias.',
    ],
  },
};

describe('interview workflow on the Temporal dev server, offline moderator in German and Spanish', () => {
  it.each(['de', 'es'] as const)('interviews a %s respondent in their language through to the close', async (language) => {
    const story = ANSWERS_OTHER[language];
    const { sessionId, handle } = await start(offlineQueue, language);
    const replies = await converse(handle, story.answers);
    await handle.result();
    expect(replies.at(-1)?.status).toBe('completed');

    const turns = await turnsOf(sessionId);
    const questions = turns.filter((t) => t.role === 'moderator');
    expect(questions[0]).toMatchObject({ action: 'open', author: 'offline' });
    expect(questions[0].text).toMatch(story.welcome);
    expect(questions.at(-1)).toMatchObject({ action: 'close' });
    // Every question is the offline moderator's own, in the respondent's language: none falls back to English.
    for (const q of questions) expect({ text: q.text, english: detectLanguage(q.text) === 'en' }).toEqual({ text: q.text, english: false });
    expect(questions.some((q) => story.quoteMark.test(q.text))).toBe(true);
    const session = await sessionRow(sessionId);
    expect(session).toMatchObject({ status: 'completed', language });
    expect(session.quality.probesReusingWords).toBeGreaterThan(0);
    // The competitor named after a cue escalates with its sentence; the worn-out team is reported, not the respondent's distress.
    const { rows } = await db.pool.query(`SELECT reason, quote FROM escalation WHERE session_id = $1`, [sessionId]);
    expect(rows).toEqual([{ reason: 'competitor_evaluation', quote: story.competitor }]);
  });
});

describe('interview timers', () => {
  it('expire an invitation nobody answers', async () => {
    const { sessionId, handle } = await start(offlineQueue, 'en', {
      invitationTtlMs: 1500,
      idleReminderMs: 60_000,
      abandonAfterMs: 120_000,
    });
    expect(await handle.result()).toMatchObject({ status: 'expired' });
    expect((await sessionRow(sessionId)).status).toBe('expired');
    await expect(handle.executeUpdate(respondUpdate, { args: [{ text: 'too late' }] })).rejects.toThrow();
    expect((await turnsOf(sessionId)).map((t) => t.role)).toEqual(['moderator']);
  });

  it('queue one reminder when the respondent goes quiet, then abandon the interview and keep its transcript', async () => {
    const { sessionId, handle } = await start(offlineQueue, 'en', { invitationTtlMs: 60_000, idleReminderMs: 1500, abandonAfterMs: 3500 });
    await handle.executeUpdate(respondUpdate, { args: [{ text: ANSWERS.en[0] }] });
    expect(await handle.result()).toMatchObject({ status: 'abandoned', reminded: true });
    const session = await sessionRow(sessionId);
    expect(session.status).toBe('abandoned');
    expect(session.reminded_at).toBeInstanceOf(Date);
    const { rows } = await db.pool.query(`SELECT kind FROM session_notification WHERE session_id = $1`, [sessionId]);
    expect(rows).toEqual([{ kind: 'idle_reminder' }]);
    expect((await turnsOf(sessionId)).map((t) => t.role)).toEqual(['moderator', 'respondent', 'moderator']);
  });
});

describe('interview workflow with Mistral (local Mistral-protocol server)', () => {
  it('words the questions with Mistral, records tokens and cost per turn, and catches leading questions', async () => {
    fake.setOptions({ seed: 7, leadingShare: 0.5 });
    const { sessionId, handle } = await start(mistralQueue, 'en');
    const replies = await converse(handle, ANSWERS.en);
    // Two local activities per answer: storing it, then drafting and storing the question.
    expect(await localActivitiesOf(handle)).toEqual([
      'beginInterview',
      ...replies.flatMap(() => ['recordAnswer', 'draftAndStore']),
      'completeSession',
    ]);
    const turns = await turnsOf(sessionId);
    const drafted = turns.filter((t) => t.role === 'moderator' && t.seq > 0);
    expect(drafted.every((t) => t.author === 'mistral' && t.prompt_tokens > 0 && Number(t.cost_usd) > 0)).toBe(true);
    const caught = drafted.filter((t) => t.leading_caught > 0);
    expect(caught.length).toBeGreaterThan(0);
    expect(drafted.some((t) => /main problem/i.test(t.text))).toBe(false);
    const session = await sessionRow(sessionId);
    expect(session.moderator).toBe('mistral');
    expect(session.quality.leadingQuestionsCaught).toBe(caught.length);
    expect(session.quality.promptTokens).toBeGreaterThan(0);
  });

  it('falls back to the offline moderator, recorded per turn, when Mistral keeps failing, and recovers when it is back', async () => {
    fake.setOptions({ seed: 3, failures: { serverError: 1 } });
    const { sessionId, handle } = await start(mistralQueue, 'en');
    const first = await handle.executeUpdate(respondUpdate, { args: [{ text: ANSWERS.en[0] }] });
    expect(first.turn.author).toBe('offline_fallback');
    fake.setOptions({ seed: 3, failures: {} });
    const second = await handle.executeUpdate(respondUpdate, { args: [{ text: ANSWERS.en[1] }] });
    expect(second.turn.author).toBe('mistral');
    const turns = await turnsOf(sessionId);
    expect(turns[2]).toMatchObject({ author: 'offline_fallback', fallback_reason: expect.stringMatching(/^LLM_SERVER/) });
    expect(await handle.query(stateQuery)).toMatchObject({ fallbacks: 1, moderator: 'mistral' });
    await handle.terminate('test done');
  });
});
