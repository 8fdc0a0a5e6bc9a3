/**
 * The API takes at most 64 MB of JSON per request; a CSV grows a little when JSON-escaped (every
 * line break and quote doubles), so files stay well below that.
 */
export const MAX_CSV_BYTES = 50 * 1024 * 1024;

export interface CsvFile {
  name: string;
  size: number;
  text: string;
  /** Data rows, counted by line breaks: a quoted field spanning lines makes it an estimate. */
  rows: number;
}

/** A file the console refuses before sending anything, with the sentence to show. */
export class CsvFileError extends Error {}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function countDataRows(text: string): number {
  const body = text.replace(/(\r?\n)+$/, '');
  if (!body) return 0;
  let lines = 1;
  for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) lines++;
  return lines - 1;
}

/** Reads a chosen file as text in the browser; nothing leaves the page until the dry run. Its content is the API's to judge. */
export async function readCsvFile(file: File): Promise<CsvFile> {
  if (file.size > MAX_CSV_BYTES) {
    throw new CsvFileError(
      `${file.name} is ${formatBytes(file.size)}; files up to ${formatBytes(MAX_CSV_BYTES)} can be imported here. ` +
        'Split it, or send the responses through ingestResponses.',
    );
  }
  const text = await new Promise<string>((resolve, reject) => {
    // FileReader rather than Blob.text(): the same in every browser, and in the specs' DOM.
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new CsvFileError(`${file.name} could not be read.`));
    reader.readAsText(file);
  });
  return { name: file.name, size: file.size, text, rows: countDataRows(text) };
}
