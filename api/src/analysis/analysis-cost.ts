import { requireWorkspace, type RequestContext } from '../common/context.js';
import type { AnalysisCost, WaveAnalysis } from './analysis.types.js';

/**
 * An analysis's model costs in one statement: the moderator's turns and the codings of the
 * interviews coded under its taxonomy version, and its own theme synthesis. Per interview is the
 * total over the coded interviews, so it says what one analysed interview costs end to end.
 */
export async function analysisCost(ctx: RequestContext, analysis: WaveAnalysis): Promise<AnalysisCost> {
  const workspaceId = requireWorkspace(ctx, 'read');
  const [row]: {
    interviews: number;
    moderation: string;
    coding: string;
    synthesis: string;
    synthesis_model: string | null;
    synthesis_prompt_version: string | null;
  }[] = await ctx.db.query(
    `WITH coded AS (
       SELECT c.session_id, c.cost_usd FROM transcript_coding c
       WHERE c.workspace_id = $1 AND c.wave_id = $2 AND c.taxonomy_id = $3
     )
     SELECT (SELECT count(*)::int FROM coded) AS interviews,
            (SELECT coalesce(sum(t.cost_usd), 0) FROM turn t WHERE t.workspace_id = $1 AND t.session_id IN (SELECT session_id FROM coded))
              AS moderation,
            (SELECT coalesce(sum(cost_usd), 0) FROM coded) AS coding,
            a.synthesis_cost_usd AS synthesis, a.synthesis_model, a.synthesis_prompt_version
     FROM wave_analysis a WHERE a.id = $4 AND a.workspace_id = $1`,
    [workspaceId, analysis.waveId, analysis.taxonomyId, analysis.id],
  );
  const usd = (x: string | number | undefined) => Math.round(Number(x ?? 0) * 1e6) / 1e6;
  const moderationUsd = usd(row?.moderation);
  const codingUsd = usd(row?.coding);
  const synthesisUsd = usd(row?.synthesis);
  const totalUsd = usd(moderationUsd + codingUsd + synthesisUsd);
  const interviews = row?.interviews ?? 0;
  return {
    interviews,
    moderationUsd,
    codingUsd,
    synthesisUsd,
    totalUsd,
    perInterviewUsd: interviews ? usd(totalUsd / interviews) : null,
    synthesisModel: row?.synthesis_model ?? null,
    synthesisPromptVersion: row?.synthesis_prompt_version ?? null,
  };
}
