import type { ResponseSource } from '@ladder/contracts';
import type { EntityManager } from 'typeorm';
import type { ValidResponse } from './ingest-response.js';

/** Which optional fields a response carried (absent ones keep the stored value). */
const PRESENT = { email: 1, language: 2, attributes: 4, comment: 8 } as const;

/**
 * The statement of `upsertResponses` (below): one round trip whatever the number of responses and
 * of calls. `$3..$6` describe the calls (one `import_batch` row each), `$7..$17` the responses,
 * each tagged with its call's position (`call_no`, 1-based like WITH ORDINALITY), batch and source.
 * (Tagged rather than joined to `calls`: the planner cannot size that join of two unnests and chose
 * a nested loop over the wave's respondents per response, ten times slower at 1,000 responses.)
 */
const UPSERT_SQL = `WITH calls AS (
   SELECT * FROM unnest($3::uuid[], $4::text[], $5::uuid[], $6::text[])
     WITH ORDINALITY AS t(batch_id, source, api_key_id, delivery_id, call_no)
 ), input AS (
   SELECT * FROM unnest($7::text[], $8::smallint[], $9::jsonb[], $10::text[], $11::text[], $12::timestamptz[], $13::text[], $14::int[],
                        $15::int[], $16::uuid[], $17::text[])
     AS t(external_id, score, attributes, language, email, responded_at, comment, present, call_no, batch_id, source)
 ), merged AS (
   SELECT i.external_id, i.score, i.call_no, i.batch_id, i.source, e.*, r.id IS NULL AS is_new,
          r.id IS NOT NULL AND (i.score, e.attributes, e.language, e.email, e.comment, e.responded_at)
            IS DISTINCT FROM (r.score, r.attributes, r.language, c.email, r.comment, r.responded_at) AS is_changed
   FROM input i
   LEFT JOIN respondent r ON r.workspace_id = $1 AND r.wave_id = $2 AND r.external_id = i.external_id
   LEFT JOIN respondent_contact c ON c.respondent_id = r.id
   CROSS JOIN LATERAL (SELECT
     CASE WHEN i.present & ${PRESENT.attributes} <> 0 THEN i.attributes ELSE coalesce(r.attributes, '{}'::jsonb) END AS attributes,
     CASE WHEN i.present & ${PRESENT.language} <> 0 THEN i.language ELSE r.language END AS language,
     CASE WHEN i.present & ${PRESENT.email} <> 0 THEN i.email ELSE c.email END AS email,
     CASE WHEN i.present & ${PRESENT.comment} <> 0 THEN i.comment ELSE r.comment END AS comment,
     coalesce(i.responded_at, r.responded_at, now()) AS responded_at) e
 ), batch AS (
   INSERT INTO import_batch (id, workspace_id, wave_id, source, api_key_id, delivery_id, inserted, updated, unchanged)
   SELECT calls.batch_id, $1, $2, calls.source, calls.api_key_id, calls.delivery_id,
          count(m.external_id) FILTER (WHERE m.is_new), count(m.external_id) FILTER (WHERE m.is_changed),
          count(m.external_id) FILTER (WHERE NOT m.is_new AND NOT m.is_changed)
   FROM calls LEFT JOIN merged m USING (call_no)
   GROUP BY calls.call_no, calls.batch_id, calls.source, calls.api_key_id, calls.delivery_id
   RETURNING id, inserted, updated, unchanged
 ), written AS (
   INSERT INTO respondent AS r (workspace_id, wave_id, external_id, score, attributes, language, responded_at, comment,
                                source, import_batch_id, received_at, updated_at)
   SELECT $1, $2, external_id, score, attributes, language, responded_at, comment, source, batch_id, now(), now()
   FROM merged WHERE is_new OR is_changed ORDER BY external_id
   ON CONFLICT (workspace_id, wave_id, external_id) DO UPDATE SET
     score = excluded.score, attributes = excluded.attributes, language = excluded.language, responded_at = excluded.responded_at,
     comment = excluded.comment, source = excluded.source, import_batch_id = excluded.import_batch_id,
     received_at = excluded.received_at, updated_at = excluded.updated_at
   RETURNING r.id, r.external_id, r.import_batch_id, r.xmax = 0 AS inserted
 ), contact AS (
   INSERT INTO respondent_contact AS c (respondent_id, workspace_id, email)
   SELECT w.id, $1, m.email FROM written w JOIN merged m USING (external_id) WHERE m.email IS NOT NULL
   ON CONFLICT (respondent_id) DO UPDATE SET email = excluded.email WHERE c.email IS DISTINCT FROM excluded.email
 ), cleared AS (
   DELETE FROM respondent_contact c USING written w, merged m
   WHERE m.external_id = w.external_id AND c.respondent_id = w.id AND m.email IS NULL
 )
 SELECT b.id, b.inserted, b.updated, b.unchanged,
        (SELECT array_agg(w.id) FROM written w WHERE w.inserted AND w.import_batch_id = b.id) AS inserted_ids
 FROM batch b`;

export interface UpsertCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  /** Respondents this statement inserted (not those it updated), for fielding's invitations. */
  insertedIds: string[];
}

/** One call's responses and the lineage of its `import_batch` row. */
export interface UpsertCall {
  rows: readonly ValidResponse[];
  batch: { id: string; source: ResponseSource; apiKeyId: string | null; deliveryId: string | null };
}

/**
 * Writes calls' responses into a wave in a single statement, with one `import_batch` row per call:
 * each response is compared with the stored respondent (contact email included) and only new or
 * changed ones are written, so the same payload twice writes no respondent (not even updated_at)
 * and fires no trigger row. Written rows take their call's lineage (source, batch, received now).
 * Returns each call's counts, in the order of `calls`.
 *
 * The comparison reads before it writes: callers hold the wave's write lock (`lockTargetWave`),
 * so no other writer of the wave commits in between. ON CONFLICT still guards the unique key.
 * An external id appears at most once across the calls (one statement cannot write a row twice).
 * Rows are written in external id order, so two writers that did meet would lock in one order.
 */
export async function upsertResponses(
  em: EntityManager,
  target: { workspaceId: string; waveId: string },
  calls: readonly UpsertCall[],
): Promise<UpsertCounts[]> {
  const present = (r: ValidResponse) =>
    (r.email !== undefined ? PRESENT.email : 0) |
    (r.language !== undefined ? PRESENT.language : 0) |
    (r.attributes !== undefined ? PRESENT.attributes : 0) |
    (r.comment !== undefined ? PRESENT.comment : 0);
  const rows = calls.flatMap((call, c) => call.rows.map((row) => ({ row, callNo: c + 1, batch: call.batch })));
  const result: { id: string; inserted: number; updated: number; unchanged: number; inserted_ids: string[] | null }[] = await em.query(
    UPSERT_SQL,
    [
      target.workspaceId,
      target.waveId,
      calls.map((c) => c.batch.id),
      calls.map((c) => c.batch.source),
      calls.map((c) => c.batch.apiKeyId),
      calls.map((c) => c.batch.deliveryId),
      rows.map(({ row }) => row.externalId),
      rows.map(({ row }) => row.score),
      rows.map(({ row }) => JSON.stringify(row.attributes ?? {})),
      rows.map(({ row }) => row.language ?? null),
      rows.map(({ row }) => row.email ?? null),
      rows.map(({ row }) => row.respondedAt?.toISOString() ?? null),
      rows.map(({ row }) => row.comment ?? null),
      rows.map(({ row }) => present(row)),
      rows.map(({ callNo }) => callNo),
      rows.map(({ batch }) => batch.id),
      rows.map(({ batch }) => batch.source),
    ],
  );
  const byBatch = new Map(result.map((r) => [r.id, r]));
  return calls.map(({ batch }) => {
    const r = byBatch.get(batch.id)!;
    return { inserted: r.inserted, updated: r.updated, unchanged: r.unchanged, insertedIds: r.inserted_ids ?? [] };
  });
}
