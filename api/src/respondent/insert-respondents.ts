import type { ResponseSource } from '@ladder/contracts';
import type { EntityManager } from 'typeorm';

export interface NewRespondent {
  externalId: string;
  score: number;
  email: string | null;
  language: string | null;
  attributes: Record<string, string>;
  /** When the NPS answer was given; null or absent: now (the transaction's start). */
  respondedAt?: Date | null;
  /** The survey's free-text answer. */
  comment?: string | null;
}

/** Where a batch of respondents came from; without it the columns keep their defaults (source csv, no batch). */
export interface RespondentLineage {
  source: ResponseSource;
  importBatchId: string | null;
}

/**
 * Inserts a batch of respondents and their contact rows in one statement (arrays, not N rows) and
 * returns the new respondents' ids.
 */
export async function insertRespondents(
  em: EntityManager,
  workspaceId: string,
  waveId: string,
  rows: NewRespondent[],
  lineage?: RespondentLineage,
): Promise<string[]> {
  const [{ ids }]: { ids: string[] | null }[] = await em.query(
    `WITH input AS (
       SELECT * FROM unnest($3::text[], $4::smallint[], $5::jsonb[], $6::text[], $7::text[], $8::timestamptz[], $9::text[])
         AS t(external_id, score, attributes, language, email, responded_at, comment)
     ), inserted AS (
       INSERT INTO respondent (workspace_id, wave_id, external_id, score, attributes, language, responded_at, comment,
                               source, import_batch_id)
       SELECT $1, $2, external_id, score, attributes, language, coalesce(responded_at, now()), comment, coalesce($10, 'csv'), $11 FROM input
       RETURNING id, external_id
     ), contact AS (
       INSERT INTO respondent_contact (respondent_id, workspace_id, email)
       SELECT inserted.id, $1, input.email FROM inserted JOIN input USING (external_id)
       WHERE input.email IS NOT NULL
     )
     SELECT array_agg(id) AS ids FROM inserted`,
    [
      workspaceId,
      waveId,
      rows.map((r) => r.externalId),
      rows.map((r) => r.score),
      rows.map((r) => JSON.stringify(r.attributes)),
      rows.map((r) => r.language),
      rows.map((r) => r.email),
      rows.map((r) => r.respondedAt?.toISOString() ?? null),
      rows.map((r) => r.comment ?? null),
      lineage?.source ?? null,
      lineage?.importBatchId ?? null,
    ],
  );
  return ids ?? [];
}
