import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TranscriptCoding } from '@ladder/contracts/taxonomy';
import { codeTranscriptOffline } from '../coding/offline-coder.js';
import { insertSession, startTestDatabase, stopTestDatabase, type TestDatabase } from '../test-support/environment.js';
import { loadTaxonomy, saveCoding, type CodingTarget, type TaxonomyRow } from './coding-store.js';

let db: TestDatabase;

beforeAll(async () => {
  db = await startTestDatabase();
});
afterAll(() => stopTestDatabase(db));

/** A session whose respondent gave this one answer, with what saveCoding needs to store its coding. */
async function answered(answer: string): Promise<{ target: CodingTarget; taxonomy: TaxonomyRow }> {
  const { sessionId, workspaceId } = await insertSession(db.pool);
  const {
    rows: [s],
  } = await db.pool.query(`SELECT w.study_id, s.wave_id FROM interview_session s JOIN wave w ON w.id = s.wave_id WHERE s.id = $1`, [
    sessionId,
  ]);
  await db.pool.query(
    `INSERT INTO turn (workspace_id, session_id, seq, role, text, phase) VALUES ($1, $2, 0, 'moderator', 'Anything else?', 'comparative'),
       ($1, $2, 1, 'respondent', $3, 'comparative')`,
    [workspaceId, sessionId, answer],
  );
  const target = { sessionId, workspaceId, studyId: s.study_id, waveId: s.wave_id, band: 'detractor', language: 'en' };
  return { target, taxonomy: (await loadTaxonomy(db.pool, s.study_id))! };
}

const stored = async (sessionId: string) =>
  (await db.pool.query(`SELECT competitors, competitor_mentioned, root_note FROM transcript_coding WHERE session_id = $1`, [sessionId]))
    .rows[0];

describe('saveCoding', () => {
  it('stores a competitor mentioned without a name, and no root note', async () => {
    const answer = 'We might look at another vendor next year.';
    const { target, taxonomy } = await answered(answer);
    const coding = codeTranscriptOffline({
      transcript: [
        { seq: 0, role: 'moderator', text: 'Anything else?', phase: 'comparative', ladderLevel: 0 },
        { seq: 1, role: 'respondent', text: answer, phase: 'comparative', ladderLevel: 0 },
      ],
      taxonomy: taxonomy.content,
      taxonomyVersion: taxonomy.version,
      language: 'en',
    });
    expect(await saveCoding(db.pool, target, taxonomy, coding)).toBe(true);
    expect(await stored(target.sessionId)).toEqual({ competitors: [], competitor_mentioned: true, root_note: null });
  });

  it("stores the named competitors and the coding's root note", async () => {
    const { target, taxonomy } = await answered('We tried Quillpad, and my standing with leadership took the hit.');
    const coding: TranscriptCoding = {
      coder: 'offline',
      taxonomyVersion: taxonomy.version,
      excerpts: [],
      statedDriverKey: null,
      rootDriverKey: null,
      rootNote: 'No driver of the taxonomy is close to their standing with leadership',
      competitors: ['Quillpad'],
      competitorMentioned: true,
      sentimentScore: -0.2,
    };
    expect(await saveCoding(db.pool, target, taxonomy, coding)).toBe(true);
    expect(await stored(target.sessionId)).toEqual({
      competitors: ['Quillpad'],
      competitor_mentioned: true,
      root_note: 'No driver of the taxonomy is close to their standing with leadership',
    });
  });
});
