/** One response as a webhook hands it to the ingest service (the shape of `ingestResponses`' items). */
export interface WebhookResponse {
  externalId: string;
  score: number;
  respondedAt?: Date | string | null;
  email?: string | null;
  language?: string | null;
  attributes?: Record<string, string> | null;
  comment?: string | null;
}

/** A problem with one response of a delivery; `index` counts from 0 in the delivery's order. */
export interface IngestItemError {
  index: number;
  field: string | null;
  code: string;
  message: string;
}
