// Receive Ladder's webhooks and verify them (Standard Webhooks signatures, `npm install standardwebhooks`).
// A round trip: it starts a small receiver, registers it as an endpoint for `response.ingested` (admin key),
// ingests one response to trigger the event, verifies the signed request it gets, and deletes the endpoint.
// The API and worker must be allowed to call a local receiver: LADDER_WEBHOOK_ALLOW_PRIVATE=true (never in production,
// where your receiver has a public https URL: pass it as LADDER_WEBHOOK_URL and route it to this process).
// Run: LADDER_API_URL=http://localhost:4000 LADDER_API_KEY=<admin key> LADDER_WAVE_ID=... npx tsx receive-webhooks.ts
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

const apiUrl = required('LADDER_API_URL');
const apiKey = required('LADDER_API_KEY');
const waveId = required('LADDER_WAVE_ID');
const waitMs = Number(process.env.LADDER_WAIT_SECONDS ?? 60) * 1000;

const CREATE = `mutation Create($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) { endpoint { id url } secret }
}`;
const DELETE = `mutation Delete($id: ID!) { deleteWebhookEndpoint(id: $id) { id } }`;
const INGEST = `mutation Ingest($input: IngestResponsesInput!) { ingestResponses(input: $input) { ok inserted } }`;

interface LadderEvent {
  type: string;
  timestamp: string;
  data: { externalId?: string; respondentId?: string };
}

let verify: ((body: string, headers: Record<string, string>) => LadderEvent) | undefined;
const verified: LadderEvent[] = [];

/** The receiver: verify over the raw body before trusting anything in it, answer 2xx fast. */
const receiver = createServer(async (req, res) => {
  const body = await rawBody(req);
  const headers = Object.fromEntries(['webhook-id', 'webhook-timestamp', 'webhook-signature'].map((h) => [h, String(req.headers[h])]));
  try {
    if (!verify) throw new Error('no secret yet');
    const event = verify(body, headers);
    verified.push(event);
    console.log(`verified ${event.type} (webhook-id ${headers['webhook-id']})`);
    res.writeHead(204).end();
  } catch (error) {
    console.log(`refused a request: ${error instanceof Error ? error.message : String(error)}`);
    res.writeHead(400).end();
  }
});

async function main() {
  await new Promise<void>((resolve) => receiver.listen(Number(process.env.LADDER_WEBHOOK_PORT ?? 0), '127.0.0.1', resolve));
  const url = process.env.LADDER_WEBHOOK_URL ?? `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/ladder`;
  const input = { url, events: ['RESPONSE_INGESTED'], description: 'API guide example' };
  const { createWebhookEndpoint: created } = await graphql<{ createWebhookEndpoint: { endpoint: { id: string }; secret: string } }>(
    CREATE,
    { input },
  );
  console.log(`endpoint ${created.endpoint.id} registered for ${url}`);
  const webhook = new Webhook(created.secret); // "whsec_...": shown only in the createWebhookEndpoint answer
  verify = (body, headers) => webhook.verify(body, headers) as LadderEvent;
  try {
    await refusesForgery(url);
    const externalId = `webhook-demo-${Date.now()}`;
    await graphql(INGEST, { input: { waveId, responses: [{ externalId, score: 4, comment: 'Support is slow' }] } });
    const event = await waitFor((e) => e.type === 'response.ingested' && e.data.externalId === externalId);
    console.log(`received response.ingested for ${externalId}: respondent ${event.data.respondentId}`);
  } finally {
    await graphql(DELETE, { id: created.endpoint.id });
    receiver.close();
  }
}

/** A request signed with another secret must be refused: that is what verification is for. */
async function refusesForgery(url: string) {
  const id = `msg_forged_${Date.now()}`;
  const body = JSON.stringify({ type: 'response.ingested', timestamp: new Date().toISOString(), data: {} });
  const forger = new Webhook(Buffer.from('not the endpoint secret').toString('base64'));
  const headers = { 'webhook-id': id, 'webhook-timestamp': String(Math.floor(Date.now() / 1000)) };
  const signature = forger.sign(id, new Date(Number(headers['webhook-timestamp']) * 1000), body);
  const res = await fetch(url, { method: 'POST', headers: { ...headers, 'webhook-signature': signature }, body });
  if (res.status !== 400) throw new Error(`a forged request was accepted (${res.status})`);
  console.log('a forged request was refused (400)');
}

async function waitFor(match: (event: LadderEvent) => boolean): Promise<LadderEvent> {
  const deadline = Date.now() + waitMs;
  while (Date.now() < deadline) {
    const event = verified.find(match);
    if (event) return event;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no verified event within ${waitMs / 1000} s`);
}

function rawBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await res.json()) as { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };
  const [error] = body.errors ?? [];
  if (error || !body.data) throw new Error(`${error?.extensions?.code ?? `HTTP ${res.status}`}: ${error?.message ?? 'no data'}`);
  return body.data;
}

function required(name: string): string {
  const value = process.env[name];
  if (value) return value;
  console.error(`Set ${name}`);
  process.exit(2);
}

main().catch((error: unknown) => {
  console.error(`webhooks failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
