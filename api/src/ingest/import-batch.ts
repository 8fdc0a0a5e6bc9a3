import type { ResponseSource } from '@ladder/contracts';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../common/context.js';

/**
 * The lineage row of an import that writes in several statements (the CSV import's batches of
 * 1,000): opened first so every respondent can name it, its counts set once the file is done.
 * `ingestResponses` writes its row in the same statement as the respondents (upsert-responses.ts).
 */
export async function openImportBatch(
  em: EntityManager,
  target: { workspaceId: string; waveId: string },
  lineage: { source: ResponseSource; apiKeyId: string | null },
): Promise<string> {
  const [{ id }]: { id: string }[] = await em.query(
    `INSERT INTO import_batch (workspace_id, wave_id, source, api_key_id) VALUES ($1, $2, $3, $4) RETURNING id`,
    [target.workspaceId, target.waveId, lineage.source, lineage.apiKeyId],
  );
  return id;
}

export async function closeImportBatch(
  em: EntityManager,
  batchId: string,
  counts: { inserted: number; updated: number; unchanged: number },
) {
  await em.query(`UPDATE import_batch SET inserted = $2, updated = $3, unchanged = $4 WHERE id = $1`, [
    batchId,
    counts.inserted,
    counts.updated,
    counts.unchanged,
  ]);
}

/** The API key behind a request, for lineage (keys are the only principals that write). */
export const apiKeyIdOf = (principal: Principal): string | null => (principal.kind === 'api-key' ? principal.keyId : null);
