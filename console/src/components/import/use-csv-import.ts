import { computed, ref, watch } from 'vue';
import { messageFor, request } from '../../api/client';
import { ImportRespondentsDocument, type ImportRespondentsMutation } from '../../gql/graphql';
import { CsvFileError, readCsvFile, type CsvFile } from './csv-file';

export type ImportResult = ImportRespondentsMutation['importRespondents'];
/** reading the file, checking it (dry run), checked (errors or ready), importing, imported. */
export type ImportPhase = 'idle' | 'reading' | 'checking' | 'checked' | 'importing' | 'imported';

/**
 * CSV import in two steps: a dry run lists every problem before anything is written, then the same
 * text (kept in memory, so what is imported is exactly what was checked, even if the file changes
 * on disk) is imported for real. The import is all or nothing on the API side too.
 */
export function useCsvImport(waveId: () => string, onImported: (count: number) => void) {
  const phase = ref<ImportPhase>('idle');
  const file = ref<CsvFile | null>(null);
  const result = ref<ImportResult | null>(null);
  const error = ref('');
  // A newer file or wave makes the answers to older requests stale.
  let generation = 0;

  function reset() {
    generation++;
    phase.value = 'idle';
    file.value = null;
    result.value = null;
    error.value = '';
  }

  async function send(csv: string, dryRun: boolean): Promise<ImportResult | null> {
    const mine = generation;
    try {
      const answer = (await request(ImportRespondentsDocument, { input: { waveId: waveId(), csv, dryRun } })).importRespondents;
      return mine === generation ? answer : null;
    } catch (e) {
      if (mine === generation) {
        error.value = messageFor(e);
        phase.value = dryRun ? 'idle' : 'checked';
      }
      return null;
    }
  }

  async function choose(chosen: File | null | undefined) {
    reset();
    if (!chosen) return;
    const mine = generation;
    phase.value = 'reading';
    try {
      const read = await readCsvFile(chosen);
      if (mine !== generation) return;
      file.value = read;
    } catch (e) {
      if (mine !== generation) return;
      error.value = e instanceof CsvFileError ? e.message : `${chosen.name} could not be read.`;
      phase.value = 'idle';
      return;
    }
    phase.value = 'checking';
    const checked = await send(file.value.text, true);
    if (!checked) return;
    result.value = checked;
    phase.value = 'checked';
  }

  async function importNow() {
    if (!file.value || !canImport.value) return;
    phase.value = 'importing';
    error.value = '';
    const done = await send(file.value.text, false);
    if (!done) return;
    result.value = done;
    if (!done.ok) {
      // Someone imported the same ids meanwhile: the API wrote nothing and says why.
      phase.value = 'checked';
      return;
    }
    phase.value = 'imported';
    onImported(done.importedCount);
  }

  const canImport = computed(() => phase.value === 'checked' && !!result.value?.ok && result.value.importedCount > 0);
  const busy = computed(() => phase.value === 'reading' || phase.value === 'checking' || phase.value === 'importing');
  watch(waveId, reset);
  return { phase, file, result, error, canImport, busy, choose, importNow, reset };
}
