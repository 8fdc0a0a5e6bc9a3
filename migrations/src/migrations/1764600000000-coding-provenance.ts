import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What made each coding and what it cost (issue 13, "Coding you can trust"): the coder kind was
 * already kept; now the model, the prompt version (for the offline coder, its rules' version) and
 * the tokens, cost and calls of a model-made coding, failed attempts included. A wave analysis keeps
 * the same for its theme synthesis (embeddings and labels), so the cost per interview is complete.
 * Codings stored before say `unrecorded`.
 */
export class CodingProvenance1764600000000 implements MigrationInterface {
  name = 'CodingProvenance1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE transcript_coding ADD COLUMN model text, ADD COLUMN prompt_version text NOT NULL DEFAULT 'unrecorded',
      ADD COLUMN prompt_tokens integer NOT NULL DEFAULT 0, ADD COLUMN completion_tokens integer NOT NULL DEFAULT 0,
      ADD COLUMN cost_usd numeric(12, 6) NOT NULL DEFAULT 0, ADD COLUMN llm_calls integer NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE wave_analysis ADD COLUMN synthesis_model text, ADD COLUMN synthesis_prompt_version text,
      ADD COLUMN synthesis_prompt_tokens integer NOT NULL DEFAULT 0, ADD COLUMN synthesis_completion_tokens integer NOT NULL DEFAULT 0,
      ADD COLUMN synthesis_cost_usd numeric(12, 6) NOT NULL DEFAULT 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE wave_analysis DROP COLUMN synthesis_model, DROP COLUMN synthesis_prompt_version,
      DROP COLUMN synthesis_prompt_tokens, DROP COLUMN synthesis_completion_tokens, DROP COLUMN synthesis_cost_usd`);
    await q.query(`ALTER TABLE transcript_coding DROP COLUMN model, DROP COLUMN prompt_version, DROP COLUMN prompt_tokens,
      DROP COLUMN completion_tokens, DROP COLUMN cost_usd, DROP COLUMN llm_calls`);
  }
}
