import type { ResponseSource } from '@ladder/contracts';

/**
 * One survey response as any ingest path hands it over (the GraphQL input, a webhook payload once
 * mapped). On update, an absent (undefined) optional field keeps the stored value and an explicit
 * null clears it; the response date cannot be cleared, so null keeps it too.
 */
export interface IngestResponse {
  externalId: string;
  score: number;
  /** A Date, or text in the CSV import's date formats (webhooks); absent or null: when it was received. */
  respondedAt?: Date | string | null;
  email?: string | null;
  language?: string | null;
  /** Values are kept as text, as CSV columns are; numbers and booleans are written out. */
  attributes?: Record<string, unknown> | null;
  comment?: string | null;
}

/** A refused response: `index` is its position in the call (0-based), `field` the input field's name. */
export interface IngestItemError {
  index: number;
  field: string | null;
  code: string;
  message: string;
}

export interface IngestTarget {
  workspaceId: string;
  waveId: string;
}

export interface IngestLineage {
  source: ResponseSource;
  apiKeyId?: string | null;
  /** A webhook's delivery id: a second delivery with the same id (per wave and source) is refused as a replay. */
  deliveryId?: string | null;
}

export type IngestOutcome =
  { ok: true; inserted: number; updated: number; unchanged: number; batchId: string } | { ok: false; errors: IngestItemError[] };

/** A response that passed validation. Undefined optional fields were absent (kept on update). */
export interface ValidResponse {
  externalId: string;
  score: number;
  respondedAt: Date | null;
  email?: string | null;
  language?: string | null;
  attributes?: Record<string, string>;
  comment?: string | null;
}
