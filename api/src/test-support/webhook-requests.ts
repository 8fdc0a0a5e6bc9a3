import { createHmac, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { dataOf, type TestApi } from './api-harness.js';
import { ConfigureIngestSourceDocument, type IngestSourceKind } from './gql/graphql.js';

/** What a webhook call answered. */
export interface WebhookAnswer {
  status: number;
  headers: Headers;
  body: {
    error?: { code: string; message: string; items?: { index: number; field: string | null; code: string; message: string }[] };
  } & Record<string, unknown>;
}

/** The API's origin (the harness gives its /graphql URL). */
export const originOf = (api: TestApi) => api.url.replace(/\/graphql$/, '');

export async function postWebhook(
  origin: string,
  path: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
  contentType: string | null = 'application/json',
): Promise<WebhookAnswer> {
  const res = await fetch(`${origin}${path}`, {
    method: 'POST',
    headers: { ...(contentType ? { 'content-type': contentType } : {}), ...headers },
    body,
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as WebhookAnswer['body']) : {} };
}

/** Standard Webhooks headers made with node:crypto: HMAC-SHA256 over `id.timestamp.body`, keyed with the secret's base64 bytes. */
export function standardHeaders(secret: string, body: string | Buffer, options: { id?: string; at?: number } = {}): Record<string, string> {
  const id = options.id ?? `msg_${randomUUID()}`;
  const timestamp = String(Math.floor((options.at ?? Date.now()) / 1000));
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const mac = createHmac('sha256', key).update(`${id}.${timestamp}.`).update(body).digest('base64');
  return { 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': `v1,${mac}` };
}

/** `Typeform-Signature: sha256=<base64 HMAC-SHA256 of the raw body>`, keyed with the secret's text. */
export const typeformHeaders = (secret: string, body: string | Buffer) => ({
  'typeform-signature': `sha256=${createHmac('sha256', secret).update(body).digest('base64')}`,
});

/** A nested JSON object as a `JSONObject` variable (codegen types that scalar as flat string values). */
export const jsonObject = (value: Record<string, unknown>) => value as Record<string, string>;

/** Configures a wave's source with the admin key and returns its secret and URL path. */
export async function configureSource(
  api: TestApi,
  waveId: string,
  source: IngestSourceKind,
  mapping: Record<string, unknown> = {},
  key = api.a.keys.admin,
): Promise<{ secret: string; path: string }> {
  const answer = await api.gql(ConfigureIngestSourceDocument, { input: { waveId, source, mapping: jsonObject(mapping) } }, key);
  const configured = dataOf(answer).configureIngestSource;
  if (!configured.secret) throw new Error('the source existed already');
  return { secret: configured.secret, path: new URL(configured.url).pathname };
}

/** Rows a delivery may write, to check that a refused one wrote none. */
export async function ingestRows(db: DataSource, waveId: string): Promise<{ respondents: number; batches: number; deliveries: number }> {
  const [row] = await db.query(
    `SELECT (SELECT count(*) FROM respondent WHERE wave_id = $1)::int AS respondents,
            (SELECT count(*) FROM import_batch WHERE wave_id = $1)::int AS batches,
            (SELECT count(*) FROM ingest_delivery WHERE wave_id = $1)::int AS deliveries`,
    [waveId],
  );
  return row;
}
