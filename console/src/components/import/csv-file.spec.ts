import { describe, expect, it } from 'vitest';
import { countDataRows, CsvFileError, formatBytes, MAX_CSV_BYTES, readCsvFile } from './csv-file';

describe('countDataRows', () => {
  it('counts the rows under the header, with or without a final line break, CRLF included', () => {
    expect(countDataRows('id,score\na,1\nb,2\n')).toBe(2);
    expect(countDataRows('id,score\r\na,1\r\nb,2')).toBe(2);
    expect(countDataRows('id,score\n\n')).toBe(0);
    expect(countDataRows('')).toBe(0);
  });
});

describe('readCsvFile', () => {
  it('reads the file as text in the browser', async () => {
    const file = new File(['id,score\na,1\n'], 'wave.csv', { type: 'text/csv' });
    expect(await readCsvFile(file)).toEqual({ name: 'wave.csv', size: 13, text: 'id,score\na,1\n', rows: 1 });
  });
  it('refuses a file above the limit without reading it', async () => {
    const file = new File(['id,score\n'], 'huge.csv');
    Object.defineProperty(file, 'size', { value: MAX_CSV_BYTES + 1 });
    await expect(readCsvFile(file)).rejects.toThrow(CsvFileError);
    await expect(readCsvFile(file)).rejects.toThrow(/huge\.csv is 50\.0 MB; files up to 50\.0 MB/);
  });
});

describe('formatBytes', () => {
  it('uses B, KB and MB', () => {
    expect([formatBytes(900), formatBytes(2048), formatBytes(3 * 1024 * 1024)]).toEqual(['900 B', '2.0 KB', '3.0 MB']);
  });
});
