import { requireWorkspace, type RequestContext } from '../common/context.js';
import type { Wave } from '../wave/wave.entity.js';
import { toStoredRules } from './fielding-rules.js';
import type { UpdateWaveFieldingInput } from './fielding-rules.types.js';
import { findFieldableWave } from './wave-scope.js';

/**
 * Replaces a wave's fielding rules (one row per wave). Allowed before launch, so a wave can be
 * set up first; rules apply to responses that arrive afterwards, never to the ones already there
 * (inviteRespondents reaches those).
 */
export async function updateWaveFielding(ctx: RequestContext, input: UpdateWaveFieldingInput): Promise<Wave> {
  const workspaceId = requireWorkspace(ctx, 'write');
  const wave = await findFieldableWave(ctx.db.manager, workspaceId, input.waveId);
  const r = toStoredRules(input);
  await ctx.db.query(
    `INSERT INTO wave_fielding (wave_id, workspace_id, auto_invite, bands, sample_rate, max_per_day, delay_minutes,
       quiet_start, quiet_end, timezone, from_name, reply_to)
     VALUES ($1, $2, $3, $4::text[], $5, $6, $7, $8::time, $9::time, $10, $11, $12)
     ON CONFLICT (wave_id) DO UPDATE SET auto_invite = EXCLUDED.auto_invite, bands = EXCLUDED.bands, sample_rate = EXCLUDED.sample_rate,
       max_per_day = EXCLUDED.max_per_day, delay_minutes = EXCLUDED.delay_minutes, quiet_start = EXCLUDED.quiet_start,
       quiet_end = EXCLUDED.quiet_end, timezone = EXCLUDED.timezone, from_name = EXCLUDED.from_name, reply_to = EXCLUDED.reply_to,
       updated_at = now()`,
    [
      wave.id,
      workspaceId,
      r.autoInvite,
      r.bands,
      r.sampleRate,
      r.maxPerDay,
      r.delayMinutes,
      r.quietStart,
      r.quietEnd,
      r.timezone,
      r.fromName,
      r.replyTo,
    ],
  );
  return wave;
}
