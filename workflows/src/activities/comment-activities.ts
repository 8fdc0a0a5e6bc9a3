import { createHash } from 'node:crypto';
import type { InsightsChangedEvent } from '@ladder/contracts';
import type pg from 'pg';
import { codeComment, type CommentCoding } from '../coding/comment-coder.js';
import type { MistralChat } from '../llm/mistral-chat.js';
import { detectLanguage, offlineLanguage } from '../moderator/language.js';
import { loadTaxonomy, type TaxonomyRow } from './coding-store.js';
import { inTransaction, notifyEvent } from './db.js';

/** Survey comments coded like an interview excerpt (stated driver, sentiment), before any interview. */
export interface CommentActivities {
  /** Codes up to `limit` queued comments; `more` when the queue still holds some. */
  codePendingComments(input: { limit: number }): Promise<{ coded: number; more: boolean }>;
}

interface QueuedComment {
  respondent_id: string;
  workspace_id: string;
  wave_id: string;
  study_id: string;
  comment: string | null;
  language: string | null;
}

const commentHash = (comment: string) => createHash('sha256').update(comment, 'utf8').digest('hex');

/**
 * `llm` is accepted for symmetry with the other activity factories and left unused: comments are
 * coded offline (see coding/comment-coder.ts for why).
 */
export function createCommentActivities(deps: { pool: pg.Pool; llm: MistralChat | null }): CommentActivities {
  const { pool } = deps;
  return {
    /**
     * Takes a slice of the queue (SKIP LOCKED: two dispatchers never code the same comment), codes it
     * and writes the codings in the transaction that removes the slice from the queue, so a crash
     * leaves the slice queued and a retry codes it again (the upsert makes that harmless).
     */
    async codePendingComments({ limit }) {
      return inTransaction(pool, async (client) => {
        const { rows } = await client.query<QueuedComment>(
          `WITH slice AS (
             SELECT respondent_id FROM comment_coding_queue ORDER BY queued_at LIMIT $1 FOR UPDATE SKIP LOCKED
           ), taken AS (
             DELETE FROM comment_coding_queue q USING slice WHERE q.respondent_id = slice.respondent_id RETURNING q.respondent_id
           )
           SELECT r.id AS respondent_id, r.workspace_id, r.wave_id, w.study_id, r.comment, r.language
           FROM taken JOIN respondent r ON r.id = taken.respondent_id JOIN wave w ON w.id = r.wave_id`,
          [limit],
        );
        const taxonomies = new Map<string, TaxonomyRow | null>();
        const coded: { row: QueuedComment & { comment: string }; coding: CommentCoding }[] = [];
        for (const row of rows) {
          if (!row.comment) continue; // cleared since it was queued
          if (!taxonomies.has(row.study_id)) taxonomies.set(row.study_id, await loadTaxonomy(pool, row.study_id));
          const taxonomy = taxonomies.get(row.study_id);
          if (!taxonomy) continue;
          const language = offlineLanguage(row.language ?? detectLanguage(row.comment) ?? 'en');
          coded.push({
            row: { ...row, comment: row.comment },
            coding: codeComment(row.comment, taxonomy.content, taxonomy.version, language),
          });
        }
        if (coded.length) {
          await client.query(
            `INSERT INTO respondent_comment_coding (respondent_id, workspace_id, wave_id, comment_hash, driver_key, sentiment, quote, coder)
             SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
             ON CONFLICT (respondent_id) DO UPDATE SET comment_hash = excluded.comment_hash, driver_key = excluded.driver_key,
               sentiment = excluded.sentiment, quote = excluded.quote, coder = excluded.coder, coded_at = now()`,
            [
              coded.map((c) => c.row.respondent_id),
              coded.map((c) => c.row.workspace_id),
              coded.map((c) => c.row.wave_id),
              coded.map((c) => commentHash(c.row.comment)),
              coded.map((c) => c.coding.driverKey),
              coded.map((c) => c.coding.sentiment),
              coded.map((c) => c.coding.quote),
              coded.map((c) => c.coding.coder),
            ],
          );
        }
        const waves = new Map(coded.map((c) => [c.row.wave_id, c.row]));
        for (const row of waves.values()) {
          const event: InsightsChangedEvent = {
            type: 'insights.changed',
            workspaceId: row.workspace_id,
            studyId: row.study_id,
            waveId: row.wave_id,
            what: 'coding',
          };
          await notifyEvent(client, event);
        }
        const { rows: left } = await client.query(`SELECT EXISTS (SELECT 1 FROM comment_coding_queue) AS more`);
        return { coded: coded.length, more: Boolean(left[0]?.more) };
      });
    },
  };
}
