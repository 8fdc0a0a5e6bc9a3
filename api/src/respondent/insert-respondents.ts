import type { EntityManager } from 'typeorm';

export interface NewRespondent {
  externalId: string;
  score: number;
  email: string | null;
  language: string | null;
  attributes: Record<string, string>;
  /** When the NPS answer was given; null or absent: now (the transaction's start). */
  respondedAt?: Date | null;
}

/** Inserts a batch of respondents and their contact rows in one statement (arrays, not N rows). */
export async function insertRespondents(em: EntityManager, workspaceId: string, waveId: string, rows: NewRespondent[]): Promise<void> {
  await em.query(
    `WITH input AS (
       SELECT * FROM unnest($3::text[], $4::smallint[], $5::jsonb[], $6::text[], $7::text[], $8::timestamptz[])
         AS t(external_id, score, attributes, language, email, responded_at)
     ), inserted AS (
       INSERT INTO respondent (workspace_id, wave_id, external_id, score, attributes, language, responded_at)
       SELECT $1, $2, external_id, score, attributes, language, coalesce(responded_at, now()) FROM input
       RETURNING id, external_id
     )
     INSERT INTO respondent_contact (respondent_id, workspace_id, email)
     SELECT inserted.id, $1, input.email FROM inserted JOIN input USING (external_id)
     WHERE input.email IS NOT NULL`,
    [
      workspaceId,
      waveId,
      rows.map((r) => r.externalId),
      rows.map((r) => r.score),
      rows.map((r) => JSON.stringify(r.attributes)),
      rows.map((r) => r.language),
      rows.map((r) => r.email),
      rows.map((r) => r.respondedAt?.toISOString() ?? null),
    ],
  );
}
