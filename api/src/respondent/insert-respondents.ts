import type { EntityManager } from 'typeorm';

export interface NewRespondent {
  externalId: string;
  score: number;
  email: string | null;
  language: string | null;
  attributes: Record<string, string>;
}

/** Inserts a batch of respondents and their contact rows in one statement (arrays, not N rows). */
export async function insertRespondents(em: EntityManager, workspaceId: string, waveId: string, rows: NewRespondent[]): Promise<void> {
  await em.query(
    `WITH input AS (
       SELECT * FROM unnest($3::text[], $4::smallint[], $5::jsonb[], $6::text[], $7::text[])
         AS t(external_id, score, attributes, language, email)
     ), inserted AS (
       INSERT INTO respondent (workspace_id, wave_id, external_id, score, attributes, language)
       SELECT $1, $2, external_id, score, attributes, language FROM input
       RETURNING id, external_id
     )
     INSERT INTO respondent_contact (respondent_id, workspace_id, email)
     SELECT inserted.id, $1, input.email FROM inserted JOIN input USING (external_id)
     WHERE input.email IS NOT NULL`,
    [workspaceId, waveId, rows.map((r) => r.externalId), rows.map((r) => r.score),
      rows.map((r) => JSON.stringify(r.attributes)), rows.map((r) => r.language), rows.map((r) => r.email)],
  );
}
