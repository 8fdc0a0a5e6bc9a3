import { SESSION_QUALITY_KEYS } from '@ladder/contracts';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { insertSession, startTestDatabase, stopTestDatabase, type TestDatabase } from '../test-support/environment.js';
import { chatOnFakeMistral, closeFakeMistrals } from '../testing/index.js';
import { createActivities } from './index.js';

let db: TestDatabase;
let listener: pg.Client;
const events: { sessionId: string; seq: number | null; status: string }[] = [];

beforeAll(async () => {
  db = await startTestDatabase();
  listener = new pg.Client({ connectionString: db.url });
  await listener.connect();
  listener.on('notification', (m) => events.push(JSON.parse(m.payload!)));
  await listener.query('LISTEN ladder_events');
});
afterAll(async () => {
  await listener?.end();
  await stopTestDatabase(db);
});

const settle = () => new Promise((r) => setTimeout(r, 200));

describe('interview activities', () => {
  it('write each turn once, however often they run, and notify once per write', async () => {
    const { sessionId } = await insertSession(db.pool, 2);
    const a = createActivities({ pool: db.pool });
    const opening = await a.openInterview({ sessionId });
    expect(await a.openInterview({ sessionId })).toEqual(opening);
    const turn = { seq: 1, role: 'respondent' as const, text: 'Support is slow to answer', phase: 'context', ladderLevel: 0 };
    const first = await a.recordTurn({ sessionId, turn });
    const again = await a.recordTurn({ sessionId, turn: { ...turn, text: 'a retry never overwrites' } });
    expect(again).toEqual(first);
    const reply = await a.nextModeratorTurn({ sessionId, seq: 2 });
    expect(await a.nextModeratorTurn({ sessionId, seq: 2 })).toEqual(reply);
    await settle();
    const { rows } = await db.pool.query(`SELECT seq, role FROM turn WHERE session_id = $1 ORDER BY seq`, [sessionId]);
    expect(rows).toEqual([
      { seq: 0, role: 'moderator' },
      { seq: 1, role: 'respondent' },
      { seq: 2, role: 'moderator' },
    ]);
    expect(events.filter((e) => e.sessionId === sessionId).map((e) => e.seq)).toEqual([0, 1, 2]);
    const [{ status }] = (await db.pool.query(`SELECT status FROM interview_session WHERE id = $1`, [sessionId])).rows;
    expect(status).toBe('active');
  });

  it('activate the session with one event when the answer was stored but the status not moved', async () => {
    const { sessionId, workspaceId } = await insertSession(db.pool, 7);
    await db.pool.query(
      `INSERT INTO turn (workspace_id, session_id, seq, role, text, phase) VALUES ($1, $2, 1, 'respondent', 'stored earlier', 'context')`,
      [workspaceId, sessionId],
    );
    const a = createActivities({ pool: db.pool });
    const turn = { seq: 1, role: 'respondent' as const, text: 'a retry never overwrites', phase: 'context', ladderLevel: 0 };
    expect(await a.recordTurn({ sessionId, turn })).toMatchObject({ seq: 1, text: 'stored earlier' });
    await a.recordTurn({ sessionId, turn });
    await settle();
    expect(events.filter((e) => e.sessionId === sessionId)).toEqual([expect.objectContaining({ seq: 1, status: 'active' })]);
    const [{ status, started_at }] = (await db.pool.query(`SELECT status, started_at FROM interview_session WHERE id = $1`, [sessionId]))
      .rows;
    expect({ status, started: started_at instanceof Date }).toEqual({ status: 'active', started: true });
  });

  it('complete a session once, with one event', async () => {
    const { sessionId } = await insertSession(db.pool, 9);
    const a = createActivities({ pool: db.pool });
    await a.completeSession({ sessionId });
    await a.completeSession({ sessionId });
    await settle();
    expect(events.filter((e) => e.sessionId === sessionId).map((e) => e.status)).toEqual(['completed']);
  });

  it('store an answer once with its signals, and raise each escalation once per session, with one event each', async () => {
    const { sessionId } = await insertSession(db.pool, 1);
    const a = createActivities({ pool: db.pool });
    await a.beginInterview({ sessionId });
    const text = 'We will not renew the contract in March. The outage last week is still not fixed.';
    const first = await a.recordAnswer({ sessionId, seq: 1, text, phase: 'context', ladderLevel: 0 });
    expect(await a.recordAnswer({ sessionId, seq: 1, text, phase: 'context', ladderLevel: 0 })).toEqual(first);
    // A later answer with the same reason does not raise it again.
    await a.recordAnswer({ sessionId, seq: 3, text: 'Honestly we plan to cancel.', phase: 'surface', ladderLevel: 0 });
    await settle();
    const { rows } = await db.pool.query(`SELECT reason, quote FROM escalation WHERE session_id = $1 ORDER BY reason`, [sessionId]);
    expect(rows).toEqual([
      { reason: 'churn_risk', quote: 'We will not renew the contract in March.' },
      { reason: 'unresolved_incident', quote: 'The outage last week is still not fixed.' },
    ]);
    expect(events.filter((e) => (e as unknown as { type: string }).type === 'escalation.raised' && e.sessionId === sessionId)).toHaveLength(
      2,
    );
    const [{ signals }] = (await db.pool.query(`SELECT signals FROM turn WHERE session_id = $1 AND seq = 1`, [sessionId])).rows;
    expect(signals).toMatchObject({ timeline: true, thin: false });
  });

  it("give each raised escalation to the study's default owner and queue their email, never for a guide preview", async () => {
    const owned = async (preview: boolean) => {
      const { sessionId } = await insertSession(db.pool, 1);
      const {
        rows: [s],
      } = await db.pool.query(
        `SELECT w.id AS wave, w.study_id AS study FROM interview_session s JOIN wave w ON w.id = s.wave_id WHERE s.id = $1`,
        [sessionId],
      );
      await db.pool.query(`UPDATE study SET escalation_owner_email = 'night@acme.example' WHERE id = $1`, [s.study]);
      await db.pool.query(`UPDATE wave SET preview = $2 WHERE id = $1`, [s.wave, preview]);
      const a = createActivities({ pool: db.pool });
      await a.beginInterview({ sessionId });
      const text = 'We will not renew the contract in March.';
      await a.recordAnswer({ sessionId, seq: 1, text, phase: 'context', ladderLevel: 0 });
      await a.recordAnswer({ sessionId, seq: 1, text, phase: 'context', ladderLevel: 0 });
      const { rows: escalations } = await db.pool.query(`SELECT id, owner_email FROM escalation WHERE session_id = $1`, [sessionId]);
      const { rows: emails } = await db.pool.query(
        `SELECT email, kind, title, body, link FROM owner_notification WHERE subject_id = ANY($1::uuid[])`,
        [escalations.map((e) => e.id)],
      );
      return { study: s.study as string, sessionId, escalations, emails };
    };
    const live = await owned(false);
    expect(live.escalations).toEqual([{ id: expect.any(String), owner_email: 'night@acme.example' }]);
    expect(live.emails).toEqual([
      {
        email: 'night@acme.example',
        kind: 'escalation.raised',
        title: 'New escalation in your study: churn risk',
        body: expect.stringMatching(/^Status: open\nRaised: \d{4}-\d\d-\d\d \d\d:\d\d UTC$/),
        link: `/studies/${live.study}/interviews/${live.sessionId}`,
      },
    ]);
    expect(JSON.stringify(live.emails)).not.toContain('renew');
    const preview = await owned(true);
    expect(preview.escalations).toEqual([{ id: expect.any(String), owner_email: null }]);
    expect(preview.emails).toEqual([]);
  });

  it("raise distress only for the respondent's own, and for an unclear one once the check-in confirms it", async () => {
    const { sessionId } = await insertSession(db.pool, 2);
    const a = createActivities({ pool: db.pool });
    await a.beginInterview({ sessionId });
    const answer = async (seq: number, text: string) => {
      await a.recordAnswer({ sessionId, seq, text, phase: 'context', ladderLevel: 0 });
      return (await a.storeModeratorTurn({ sessionId, seq: seq + 1, draft: null, fallbackReason: null })).turn;
    };
    const distress = async () =>
      (await db.pool.query(`SELECT quote FROM escalation WHERE session_id = $1 AND reason = 'distress'`, [sessionId])).rows;
    await answer(1, 'Our dispatchers re-enter every job by hand, and two of them told me they are burnt out.');
    expect(await distress()).toEqual([]);
    const checkIn = await answer(3, 'Every evening goes into re-entry now. Overwhelmed, frankly.');
    expect(checkIn.text).toBe('That sounds like a lot. How are you doing yourself?');
    expect(await distress()).toEqual([]);
    const close = await answer(5, 'Honestly? Exhausted.');
    expect(close.phase).toBe('close');
    expect(await distress()).toEqual([{ quote: 'Exhausted.' }]);
  });

  it('store a moderator turn once whoever drafted it, and record the fallback reason', async () => {
    const { sessionId } = await insertSession(db.pool, 3);
    const a = createActivities({ pool: db.pool });
    await a.beginInterview({ sessionId });
    await a.recordAnswer({
      sessionId,
      seq: 1,
      text: 'The reporting module is painfully slow every Monday morning.',
      phase: 'context',
      ladderLevel: 0,
    });
    const reply = await a.storeModeratorTurn({ sessionId, seq: 2, draft: null, fallbackReason: 'LLM_SERVER: 500' });
    expect(await a.storeModeratorTurn({ sessionId, seq: 2, draft: null, fallbackReason: null })).toEqual(reply);
    expect(reply.turn).toMatchObject({ seq: 2, author: 'offline_fallback', role: 'moderator' });
    const [row] = (await db.pool.query(`SELECT fallback_reason FROM turn WHERE session_id = $1 AND seq = 2`, [sessionId])).rows;
    expect(row.fallback_reason).toBe('LLM_SERVER: 500');
    const [{ quality }] = (await db.pool.query(`SELECT quality FROM interview_session WHERE id = $1`, [sessionId])).rows;
    expect(quality).toMatchObject({ moderatorTurns: 2, respondentTurns: 1, fallbackTurns: 1 });
    // The API reads the stored object as SessionQualityRow: every key, numbers where it says so.
    expect(Object.keys(quality).sort()).toEqual([...SESSION_QUALITY_KEYS].sort());
    for (const key of SESSION_QUALITY_KEYS) if (key !== 'phasesCovered') expect(typeof quality[key]).toBe('number');
  });

  it("reuse the answer's session and transcript for the turn's next steps: the same turns as reading them again", async () => {
    const answers = ['Vienna, and I want to leave: the reports are slow.', 'We lost a week on the board export.', 'My VP was embarrassed.'];
    const { chat } = await chatOnFakeMistral();
    try {
      const interview = async (fresh: boolean) => {
        const { sessionId } = await insertSession(db.pool, 2, null);
        const shared = createActivities({ pool: db.pool, llm: chat });
        const step = () => (fresh ? createActivities({ pool: db.pool, llm: chat }) : shared);
        await step().beginInterview({ sessionId });
        const queries = vi.spyOn(db.pool, 'query');
        for (const [i, text] of answers.entries()) {
          const seq = 2 * i + 1;
          await step().recordAnswer({ sessionId, seq, text, phase: 'context', ladderLevel: 0 });
          // The Mistral path for the first two turns, the offline one (a fallback) for the last.
          const draft = i < 2 ? await step().draftWithLlm({ sessionId, seq: seq + 1 }) : null;
          await step().storeModeratorTurn({ sessionId, seq: seq + 1, draft, fallbackReason: draft ? null : 'LLM_SERVER: 500' });
        }
        const statements = queries.mock.calls.length;
        queries.mockRestore();
        const { rows } = await db.pool.query(
          `SELECT seq, role, text, phase, ladder_level, action, author, signals, reused_words FROM turn WHERE session_id = $1 ORDER BY seq`,
          [sessionId],
        );
        const [{ language, language_source }] = (
          await db.pool.query(`SELECT language, language_source FROM interview_session WHERE id = $1`, [sessionId])
        ).rows;
        return { rows, language, language_source, statements };
      };
      const reused = await interview(false);
      const reread = await interview(true);
      expect(reused.rows).toEqual(reread.rows);
      expect(reused.rows).toHaveLength(7);
      expect([reused.language, reused.language_source]).toEqual([reread.language, reread.language_source]);
      // Per turn: the session read once instead of three times, the transcript once instead of twice.
      expect(reused.statements).toBeLessThan(reread.statements);
    } finally {
      await closeFakeMistrals();
    }
  });

  it("draft with the LLM from the redacted transcript: the respondent's name from the attributes never reaches the model", async () => {
    const { sessionId } = await insertSession(db.pool, 2);
    await db.pool.query(
      `UPDATE respondent SET attributes = '{"First Name": "Zoraida", "last_name": "Quintero-Vidal"}'
       WHERE id = (SELECT respondent_id FROM interview_session WHERE id = $1)`,
      [sessionId],
    );
    const { server, chat } = await chatOnFakeMistral();
    try {
      const a = createActivities({ pool: db.pool, llm: chat });
      await a.beginInterview({ sessionId });
      const text = 'Zoraida Quintero-Vidal here (zq@acme.example): the reports are slow. Quintero-Vidal out.';
      await a.recordAnswer({ sessionId, seq: 1, text, phase: 'context', ladderLevel: 0 });
      await a.draftWithLlm({ sessionId, seq: 2 });
      const sent = JSON.stringify(server.lastChatRequest);
      expect(sent).toContain('[name] here ([email]): the reports are slow. [name] out.');
      expect(sent).not.toMatch(/Zoraida|Quintero|zq@acme/);
    } finally {
      await closeFakeMistrals();
    }
  });

  it('store the level each answer revealed: ladderDepth is the deepest revealed, probeDepth the deepest asked', async () => {
    const { sessionId } = await insertSession(db.pool, 3);
    const a = createActivities({ pool: db.pool });
    await a.beginInterview({ sessionId });
    const answers = [
      'Honestly the rollout has been painful, we are five months in and still not live in two regions.',
      'It means my team works weekends before every go-live.',
      'I championed this purchase internally and it is my name on the slide when we are behind.',
    ];
    for (const [i, text] of answers.entries()) {
      await a.recordAnswer({ sessionId, seq: 2 * i + 1, text, phase: 'laddering', ladderLevel: 0 });
      await a.storeModeratorTurn({ sessionId, seq: 2 * i + 2, draft: null, fallbackReason: null });
    }
    const { rows } = await db.pool.query(
      `SELECT seq, signals->'level' AS level FROM turn WHERE session_id = $1 AND role = 'respondent' ORDER BY seq`,
      [sessionId],
    );
    expect(rows.map((r) => r.level)).toEqual([1, 2, 3]);
    const [{ quality }] = (await db.pool.query(`SELECT quality FROM interview_session WHERE id = $1`, [sessionId])).rows;
    const { rows: asked } = await db.pool.query(
      `SELECT max(ladder_level)::int AS deepest FROM turn WHERE session_id = $1 AND role = 'moderator'`,
      [sessionId],
    );
    expect(quality.ladderDepth).toBe(3);
    expect(quality.probeDepth).toBe(asked[0].deepest);
    expect(quality.probeDepth).toBeGreaterThan(0);

    // The model's reading of the latest answer is merged into its signals: a deeper level wins; a phrase not in the answer is dropped.
    await a.recordAnswer({ sessionId, seq: 7, text: 'Mostly the dashboards, to be fair.', phase: 'laddering', ladderLevel: 0 });
    const draft = {
      text: 'What is at stake for you there?',
      phase: 'laddering' as const,
      ladderLevel: 4,
      action: 'probe' as const,
      reusedWords: false,
      leadingCaught: 0,
      leadingFindings: [],
      escalations: [],
      reading: { level: 5, phrase: null },
      model: 'mistral-small-latest',
      promptTokens: 10,
      completionTokens: 5,
      costUsd: 0,
      latencyMs: 1,
    };
    await a.storeModeratorTurn({ sessionId, seq: 8, draft, fallbackReason: null });
    const [answer7] = (await db.pool.query(`SELECT signals FROM turn WHERE session_id = $1 AND seq = 7`, [sessionId])).rows;
    expect(answer7.signals).toMatchObject({ level: 0, modelLevel: 5 });
    expect(answer7.signals).not.toHaveProperty('modelPhrase');
    const [{ quality: after }] = (await db.pool.query(`SELECT quality FROM interview_session WHERE id = $1`, [sessionId])).rows;
    expect(after).toMatchObject({ ladderDepth: 5, probeDepth: 4 });
  });

  it('refuse to draft without an LLM (not retryable, so the workflow falls back at once), and queue one reminder', async () => {
    const { sessionId } = await insertSession(db.pool, 5);
    const a = createActivities({ pool: db.pool });
    await expect(a.draftWithLlm({ sessionId, seq: 2 })).rejects.toMatchObject({ nonRetryable: true, type: 'LLM_NOT_CONFIGURED' });
    await a.remindRespondent({ sessionId });
    await a.remindRespondent({ sessionId });
    const { rows } = await db.pool.query(`SELECT kind FROM session_notification WHERE session_id = $1`, [sessionId]);
    expect(rows).toEqual([{ kind: 'idle_reminder' }]);
  });

  it('fail without retry when the session does not exist', async () => {
    const a = createActivities({ pool: db.pool });
    await expect(a.openInterview({ sessionId: '00000000-0000-0000-0000-000000000000' })).rejects.toMatchObject({
      nonRetryable: true,
      type: 'SESSION_NOT_FOUND',
    });
  });
});
