import { MAX_INGEST_BATCH } from '@ladder/contracts';
import { z } from 'zod';
import type { IngestItemError, WebhookResponse } from './webhook-response.js';

/**
 * The `generic` source's body: `{ "responses": [ ... ] }`, 1 to 1,000 responses in the shape of
 * `ingestResponses`. Only JSON types are checked here, item by item, so one bad item is reported
 * with its index; values (score range, email, language, dates, duplicates) are checked by the
 * ingest service with the same codes as the CSV import.
 */

const scalar = z.union([z.string(), z.number(), z.boolean()]).transform(String);

const itemSchema = z.strictObject({
  externalId: z.string(),
  score: z.number(),
  respondedAt: z.string().nullish(),
  email: z.string().nullish(),
  language: z.string().nullish(),
  attributes: z.record(z.string(), scalar).nullish(),
  comment: z.string().nullish(),
});

const envelopeSchema = z.strictObject({ responses: z.array(z.unknown()) });

/** The code of a JSON type problem in one field, named like the CSV import's where one fits. */
const FIELD_CODES: Record<string, string> = {
  score: 'INVALID_SCORE',
  respondedAt: 'INVALID_DATE',
  email: 'INVALID_EMAIL',
  language: 'INVALID_LANGUAGE',
};

export type GenericParse = { ok: true; responses: WebhookResponse[] } | { ok: false; message: string; items: IngestItemError[] };

function itemErrors(index: number, issues: z.core.$ZodIssue[]): IngestItemError[] {
  return issues.flatMap((issue): IngestItemError[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        index,
        field: key,
        code: 'UNKNOWN_FIELD',
        message: `Response ${index}: "${key}" is not a response field`,
      }));
    }
    const field = issue.path.map(String).join('.') || null;
    const top = String(issue.path[0] ?? '');
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    const code = missing ? 'MISSING_VALUE' : (FIELD_CODES[top] ?? 'INVALID_VALUE');
    const message = missing
      ? `Response ${index} has no ${field}`
      : `Response ${index}: ${field ?? 'the response'} ${issue.message.toLowerCase()}`;
    return [{ index, field, code, message }];
  });
}

export function parseGenericPayload(json: unknown): GenericParse {
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) return { ok: false, message: 'The body must be a JSON object { "responses": [ ... ] }', items: [] };
  const raw = envelope.data.responses;
  if (raw.length === 0) return { ok: false, message: 'responses is empty', items: [] };
  if (raw.length > MAX_INGEST_BATCH) {
    return { ok: false, message: `At most ${MAX_INGEST_BATCH} responses per delivery (this one has ${raw.length})`, items: [] };
  }
  const responses: WebhookResponse[] = [];
  const items: IngestItemError[] = [];
  raw.forEach((value, index) => {
    const parsed = itemSchema.safeParse(value, { reportInput: true });
    if (parsed.success) responses.push(parsed.data);
    else items.push(...itemErrors(index, parsed.error.issues));
  });
  return items.length
    ? { ok: false, message: `${items.length} problem(s) in the responses; nothing was ingested`, items }
    : { ok: true, responses };
}
