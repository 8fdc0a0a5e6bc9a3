import type { EntityManager } from 'typeorm';
import { WaveStatus } from '../common/enums.js';
import { LadderError, notFound } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import { Wave } from '../wave/wave.entity.js';

/** A listed wave of the workspace (preview waves are never fielded by email), else WAVE_NOT_FOUND. */
export async function findFieldableWave(em: EntityManager, workspaceId: string, waveId: string): Promise<Wave> {
  const wave = isUuid(waveId) ? await em.getRepository(Wave).findOneBy({ id: waveId, workspaceId, preview: false }) : null;
  if (!wave) throw notFound('WAVE_NOT_FOUND', 'Wave', waveId);
  return wave;
}

/** Invitations go out only for launched waves, like startInterview's links (same code and message). */
export function requireFielding(wave: Wave): void {
  if (wave.status === WaveStatus.FIELDING) return;
  throw new LadderError(
    'WAVE_NOT_LAUNCHED',
    wave.status === WaveStatus.DRAFT
      ? `Wave "${wave.name}" is not launched yet: launch it (launchWave) to pin its guides, then start interviews`
      : `Wave "${wave.name}" is closed`,
    { waveId: wave.id, status: wave.status },
  );
}
