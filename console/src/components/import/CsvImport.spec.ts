import { enableAutoUnmount, flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubGraphQL } from '../live/fake-fetch';
import CsvImport from './CsvImport.vue';

const BAD = 'id,score,email\nA-1,4,a1@example.com\nA-2,11,a2@example.com\n';
const GOOD = 'id,score,email\nA-1,4,a1@example.com\nA-2,10,a2@example.com\n';
const result = (
  importedCount: number,
  errors: { row: number; column: string | null; code: string; message: string }[],
  dryRun: boolean,
) => ({
  data: { importRespondents: { ok: errors.length === 0, dryRun, importedCount, errorCount: errors.length, errors } },
});
const SCORE_ERROR = { row: 3, column: 'score', code: 'INVALID_SCORE', message: 'Row 3: score "11" is not a whole number from 0 to 10' };

afterEach(() => vi.unstubAllGlobals());
enableAutoUnmount(afterEach);

/** FileReader answers in a later task than promises: wait until the file has been read. */
async function afterReading(w: VueWrapper) {
  await vi.waitFor(() => expect(w.text()).not.toContain('Reading the file'));
  await flushPromises();
}

async function choose(w: VueWrapper, text: string, name = 'wave.csv') {
  const input = w.get('[data-testid="csv-file"]');
  Object.defineProperty(input.element, 'files', { value: [new File([text], name, { type: 'text/csv' })], configurable: true });
  await input.trigger('change');
  await afterReading(w);
}
const importRequests = (sent: { operation: string; variables: Record<string, unknown> }[]) =>
  sent.filter((s) => s.operation === 'ImportRespondents').map((s) => s.variables.input as { csv: string; dryRun: boolean; waveId: string });

describe('CsvImport', () => {
  it('lists the problems of a dry run and cannot import a file with errors', async () => {
    const sent = stubGraphQL({ ImportRespondents: (v) => result(0, [SCORE_ERROR], (v.input as { dryRun: boolean }).dryRun) });
    const w = mount(CsvImport, { props: { waveId: 'w1' } });
    await choose(w, BAD);
    expect(importRequests(sent)).toEqual([{ waveId: 'w1', csv: BAD, dryRun: true }]);
    const cells = w.findAll('[data-testid="csv-error-row"] td').map((td) => td.text());
    expect(cells).toEqual(['3', 'score', 'INVALID_SCORE', SCORE_ERROR.message]);
    expect(w.get('[data-testid="csv-errors"]').text()).toContain('1 problem in wave.csv: nothing was imported');
    const button = w.get('[data-testid="csv-import-button"]');
    expect(button.attributes('disabled')).toBeDefined();
    await button.trigger('click');
    await flushPromises();
    expect(importRequests(sent).filter((r) => !r.dryRun)).toEqual([]);
    expect(w.emitted('imported')).toBeUndefined();
  });

  it('says how many problems were left out of the list', async () => {
    stubGraphQL({
      ImportRespondents: {
        data: { importRespondents: { ok: false, dryRun: true, importedCount: 0, errorCount: 250, errors: [SCORE_ERROR] } },
      },
    });
    const w = mount(CsvImport, { props: { waveId: 'w1' } });
    await choose(w, BAD);
    expect(w.get('[data-testid="csv-errors"]').text()).toMatch(/250 problems.*The first 1 are listed; 249 more were found/s);
  });

  it('imports exactly the text it checked, then reports the count', async () => {
    const sent = stubGraphQL({ ImportRespondents: (v) => result(2, [], (v.input as { dryRun: boolean }).dryRun) });
    const w = mount(CsvImport, { props: { waveId: 'w1' } });
    await choose(w, GOOD);
    expect(w.get('[data-testid="csv-ready"]').text()).toContain('2 respondents ready to import');
    const button = w.get('[data-testid="csv-import-button"]');
    expect(button.text()).toBe('Import 2 respondents');
    await button.trigger('click');
    await flushPromises();
    expect(importRequests(sent)).toEqual([
      { waveId: 'w1', csv: GOOD, dryRun: true },
      { waveId: 'w1', csv: GOOD, dryRun: false },
    ]);
    expect(w.emitted('imported')).toEqual([[2]]);
    expect(w.get('[data-testid="csv-imported"]').text()).toContain('Imported 2 respondents from wave.csv');
    expect(w.find('[data-testid="csv-import-button"]').exists()).toBe(false);
  });

  it('shows the errors when the import itself is refused (ids taken meanwhile)', async () => {
    const taken = { row: 2, column: 'id', code: 'DUPLICATE_ID', message: 'Row 2: id "A-1" is already imported in this wave' };
    stubGraphQL({ ImportRespondents: (v) => ((v.input as { dryRun: boolean }).dryRun ? result(2, [], true) : result(0, [taken], false)) });
    const w = mount(CsvImport, { props: { waveId: 'w1' } });
    await choose(w, GOOD);
    await w.get('[data-testid="csv-import-button"]').trigger('click');
    await flushPromises();
    expect(w.get('[data-testid="csv-error-row"]').text()).toContain('DUPLICATE_ID');
    expect(w.emitted('imported')).toBeUndefined();
  });

  it('shows a progress state while the check runs, and drops its answer when the wave changes', async () => {
    let answer: (r: Response) => void = () => {};
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>((resolve) => (answer = resolve))),
    );
    const w = mount(CsvImport, { props: { waveId: 'w1' } });
    await choose(w, GOOD, 'big.csv');
    expect(w.get('[data-testid="csv-progress"]').text()).toMatch(/Checking big\.csv \(.* B, about 2 rows\): nothing is written yet/);
    expect(w.get<HTMLInputElement>('[data-testid="csv-file"]').element.disabled).toBe(true);
    await w.setProps({ waveId: 'w2' });
    answer(new Response(JSON.stringify(result(2, [], true))));
    await flushPromises();
    expect(w.find('[data-testid="csv-progress"]').exists()).toBe(false);
    expect(w.find('[data-testid="csv-ready"]').exists()).toBe(false);
  });

  it('refuses a file that is too large before sending anything', async () => {
    const sent = stubGraphQL({});
    const w = mount(CsvImport, { props: { waveId: 'w1' } });
    const input = w.get('[data-testid="csv-file"]');
    const file = new File(['id,score\n'], 'huge.csv');
    Object.defineProperty(file, 'size', { value: 80 * 1024 * 1024 });
    Object.defineProperty(input.element, 'files', { value: [file] });
    await input.trigger('change');
    await afterReading(w);
    expect(w.get('[data-testid="csv-error"]').text()).toContain('huge.csv is 80.0 MB');
    expect(sent).toEqual([]);
  });
});
