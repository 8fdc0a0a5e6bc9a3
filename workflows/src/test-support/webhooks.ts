import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WebhookEventType } from '@ladder/contracts';
import type pg from 'pg';

export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  body: string;
  json: { type: string; timestamp: string; data: Record<string, unknown> };
}

/**
 * A local HTTP receiver: records every request and answers with what `answer` says (a status and
 * a body); `down()` stops listening (connections refused) and `up()` listens again on the same port.
 */
export class TestReceiver {
  readonly received: ReceivedWebhook[] = [];
  answer: (hook: ReceivedWebhook) => { status: number; body?: string } = () => ({ status: 204 });
  private server: Server | null = null;
  port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}/hooks`;
  }

  async up(): Promise<void> {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const hook = { headers: req.headers, body, json: JSON.parse(body) };
        this.received.push(hook);
        const { status, body: answer } = this.answer(hook);
        res.writeHead(status, { 'content-type': 'text/plain' }).end(answer ?? '');
      });
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async down(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

export const newWebhookSecret = () => `whsec_${randomBytes(24).toString('base64')}`;

/** A workspace with one study and wave, as the API would have written them. */
export async function seedWebhookWorkspace(pool: pg.Pool): Promise<{ workspaceId: string; studyId: string; waveId: string }> {
  const {
    rows: [w],
  } = await pool.query(`INSERT INTO workspace (slug, name) VALUES ($1, 'w') RETURNING id`, [`wh-${randomBytes(4).toString('hex')}`]);
  const {
    rows: [s],
  } = await pool.query(`INSERT INTO study (workspace_id, name) VALUES ($1, 's') RETURNING id`, [w.id]);
  const {
    rows: [v],
  } = await pool.query(`INSERT INTO wave (workspace_id, study_id, name) VALUES ($1, $2, 'v') RETURNING id`, [w.id, s.id]);
  return { workspaceId: w.id, studyId: s.id, waveId: v.id };
}

export async function insertEndpoint(
  pool: pg.Pool,
  workspaceId: string,
  url: string,
  events: WebhookEventType[],
  secret = newWebhookSecret(),
): Promise<{ id: string; secret: string }> {
  const {
    rows: [e],
  } = await pool.query(`INSERT INTO webhook_endpoint (workspace_id, url, events, secret) VALUES ($1, $2, $3, $4) RETURNING id`, [
    workspaceId,
    url,
    events,
    secret,
  ]);
  return { id: e.id, secret };
}

export async function deliveriesOf(pool: pg.Pool, endpointId: string) {
  const { rows } = await pool.query(
    `SELECT d.*, e.type, e.payload FROM webhook_delivery d JOIN webhook_event e ON e.id = d.event_id
     WHERE d.endpoint_id = $1 ORDER BY d.seq`,
    [endpointId],
  );
  return rows;
}

export async function waitUntil<T>(probe: () => Promise<T | undefined | null | false>, timeoutMs = 20_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
