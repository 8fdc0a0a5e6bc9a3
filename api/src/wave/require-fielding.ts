import { WaveStatus } from '../common/enums.js';
import { LadderError } from '../common/errors.js';
import type { Wave } from './wave.entity.js';

/** Interviews start and invitations go out only in a launched wave: WAVE_NOT_LAUNCHED otherwise (draft or closed). */
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
