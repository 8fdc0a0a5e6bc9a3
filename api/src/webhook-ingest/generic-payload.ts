import { MAX_INGEST_BATCH } from '@ladder/contracts';
import type { IngestItemError, IngestResponse } from '../ingest/ingest-response.js';

/**
 * The `generic` source's body: `{ "responses": [ ... ] }`, 1 to 1,000 responses in the shape of
 * `ingestResponses`. Here only the envelope and the field names are checked: a misspelt field
 * (`respondedat`) would otherwise be dropped without a word. Values (types, score range, email,
 * language, dates, duplicates) are checked by the ingest service, with the CSV import's codes.
 */

const FIELDS = new Set(['externalId', 'score', 'respondedAt', 'email', 'language', 'attributes', 'comment']);

export type GenericParse = { ok: true; responses: IngestResponse[] } | { ok: false; message: string; items: IngestItemError[] };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function itemErrors(value: unknown, index: number): IngestItemError[] {
  if (!isObject(value)) {
    return [{ index, field: null, code: 'INVALID_RESPONSE', message: `responses[${index}] is not an object` }];
  }
  return Object.keys(value)
    .filter((key) => !FIELDS.has(key))
    .map((key) => ({ index, field: key, code: 'UNKNOWN_FIELD', message: `responses[${index}]: "${key}" is not a response field` }));
}

export function parseGenericPayload(json: unknown): GenericParse {
  if (!isObject(json) || !Array.isArray(json.responses) || Object.keys(json).length !== 1) {
    return { ok: false, message: 'The body must be a JSON object { "responses": [ ... ] } and nothing else', items: [] };
  }
  const raw: unknown[] = json.responses;
  if (raw.length === 0) return { ok: false, message: 'responses is empty', items: [] };
  if (raw.length > MAX_INGEST_BATCH) {
    return { ok: false, message: `At most ${MAX_INGEST_BATCH} responses per delivery (this one has ${raw.length})`, items: [] };
  }
  const items = raw.flatMap(itemErrors);
  if (items.length) return { ok: false, message: `${items.length} problem(s) in the responses; nothing was ingested`, items };
  // The ingest service checks every value of these objects, whatever JSON type it holds.
  return { ok: true, responses: raw as IngestResponse[] };
}
