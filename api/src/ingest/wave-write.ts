import { EVENTS_CHANNEL, type InsightsChangedEvent } from '@ladder/contracts';
import type { EntityManager } from 'typeorm';
import { markAlertsDue } from '../alert/alert-due.js';
import { LadderError, notFound } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import { WaveStatus } from '../common/enums.js';

/**
 * First key of the per-wave write lock (a transaction-scoped advisory lock; the second key is a
 * hash of the wave id). Every writer of a wave's respondents takes it: the ingest API, webhooks and
 * the CSV import. Serialized per wave, an ingest's "new, changed or unchanged" read sees every
 * earlier commit, and the segment cube's fold at commit never meets another fold of the same wave
 * (their decrements lock cube rows in no set order, so two at once could deadlock).
 */
export const WAVE_WRITE_LOCK = 0x4c414452;

export interface TargetWave {
  id: string;
  studyId: string;
  status: WaveStatus;
  preview: boolean;
}

/**
 * The wave responses are written to, in the caller's workspace, with its write lock held until
 * the transaction ends. Another workspace's wave is "not found"; so is a hidden preview wave
 * unless `allowPreview` (the CSV import has always accepted it); a closed wave takes no responses.
 * `checkOnly` (a dry run, which writes nothing) checks the same and takes no lock.
 */
export async function lockTargetWave(
  em: EntityManager,
  target: { workspaceId: string; waveId: string },
  options: { allowPreview?: boolean; checkOnly?: boolean } = {},
): Promise<TargetWave> {
  const lock = options.checkOnly ? '' : ', pg_advisory_xact_lock($3, hashtext(id::text))';
  const rows: { id: string; study_id: string; status: WaveStatus; preview: boolean }[] = isUuid(target.waveId)
    ? await em.query(
        `SELECT id, study_id, status, preview${lock} FROM wave WHERE id = $1 AND workspace_id = $2`,
        options.checkOnly ? [target.waveId, target.workspaceId] : [target.waveId, target.workspaceId, WAVE_WRITE_LOCK],
      )
    : [];
  const wave = rows[0];
  if (!wave || (wave.preview && !options.allowPreview)) throw notFound('WAVE_NOT_FOUND', 'Wave', target.waveId);
  if (wave.status === WaveStatus.CLOSED) {
    throw new LadderError('WAVE_CLOSED', `Wave ${target.waveId} is closed: it takes no more responses`, { id: target.waveId });
  }
  return { id: wave.id, studyId: wave.study_id, status: wave.status, preview: wave.preview };
}

/**
 * Tells every API instance (live segment NPS) that the wave's respondents changed, and marks the
 * study's alert rules due. NOTIFY inside the transaction is delivered at commit and dropped on
 * rollback, so listeners never read early. Preview waves are never counted, so they notify nobody.
 */
export async function notifyRespondentsChanged(em: EntityManager, wave: TargetWave, workspaceId: string): Promise<void> {
  if (wave.preview) return;
  const event: InsightsChangedEvent = {
    type: 'insights.changed',
    workspaceId,
    studyId: wave.studyId,
    waveId: wave.id,
    what: 'respondents',
  };
  await em.query('SELECT pg_notify($1, $2)', [EVENTS_CHANNEL, JSON.stringify(event)]);
  await markAlertsDue(em, { workspaceId, studyId: wave.studyId });
}
