import type { EntityManager } from 'typeorm';
import { notFound } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import { Wave } from '../wave/wave.entity.js';

/** A listed wave of the workspace (preview waves are never fielded by email), else WAVE_NOT_FOUND. */
export async function findFieldableWave(em: EntityManager, workspaceId: string, waveId: string): Promise<Wave> {
  const wave = isUuid(waveId) ? await em.getRepository(Wave).findOneBy({ id: waveId, workspaceId, preview: false }) : null;
  if (!wave) throw notFound('WAVE_NOT_FOUND', 'Wave', waveId);
  return wave;
}
