import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient, type Client } from 'graphql-ws';
import { Webhook } from 'standardwebhooks';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AlertsCreateEndpointDocument,
  AlertsCreateRuleDocument,
  AlertsIngestDocument,
  AlertsOfStudyDocument,
  AlertsRaisedDocument,
  CreateStudyDocument,
  CreateWaveDocument,
  LaunchWaveDocument,
  type AlertsRaisedSubscription,
  type IngestResponseInput,
} from './gql/graphql.js';
import { gqlData, subscribe } from './support/graphql.js';
import { startPlatform, type Platform } from './support/platform.js';

/**
 * An alert end to end on the real platform: responses ingested through the API, the worker's
 * evaluator (real Temporal) fires on the segment whose detractor share rose, the alert streams to
 * an alertRaised subscriber and reaches a webhook receiver signed per Standard Webhooks.
 */

let platform: Platform;
let receiver: Server;
const received: { body: string; headers: IncomingHttpHeaders }[] = [];
const admin = () => ({ key: platform.bootstrapKey });
const DAY = 86_400_000;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ body: Buffer.concat(chunks).toString('utf8'), headers: req.headers });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  platform = await startPlatform({ env: { LADDER_ALERT_POLL: '1s', LADDER_WEBHOOK_ALLOW_PRIVATE: 'true' } });
});
afterAll(async () => {
  await platform?.stop();
  await new Promise((resolve) => receiver?.close(resolve));
});

async function until<T>(what: string, probe: () => T | Promise<T>, timeoutMs = 30_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** `n` responses of a region dated `daysAgo`, the first `detractors` of them scoring 3, the others 7 and 9 in turn. */
const responses = (region: string, daysAgo: number, n: number, detractors: number): IngestResponseInput[] =>
  Array.from({ length: n }, (_, i) => ({
    externalId: `${region}-${daysAgo}-${i}`,
    score: i < detractors ? 3 : i % 2 ? 7 : 9,
    attributes: { region },
    respondedAt: new Date(Date.now() - daysAgo * DAY).toISOString(),
  }));

describe('alerts on the platform', () => {
  it('fires on the segment whose detractor share rose, streams it and delivers it as a signed webhook', async () => {
    const studyId = (await gqlData(platform.apiUrl, CreateStudyDocument, { input: { name: 'Alerts' } }, admin())).createStudy.id;
    const waveId = (await gqlData(platform.apiUrl, CreateWaveDocument, { input: { studyId, name: 'Q1' } }, admin())).createWave.id;
    await gqlData(platform.apiUrl, LaunchWaveDocument, { id: waveId }, admin());
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/ladder`;
    const { secret } = (await gqlData(platform.apiUrl, AlertsCreateEndpointDocument, { input: { url, events: ['ALERT_FIRED'] } }, admin()))
      .createWebhookEndpoint;
    await gqlData(
      platform.apiUrl,
      AlertsCreateRuleDocument,
      {
        input: {
          studyId,
          name: 'Detractors up by region',
          metric: 'DETRACTOR_SHARE',
          groupBy: ['region'],
          window: { days: 7 },
          baseline: { days: 28 },
          minN: 30,
          minDelta: 10,
        },
      },
      admin(),
    );

    const client: Client = createClient({
      url: platform.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${platform.bootstrapKey}` },
    });
    const raised: AlertsRaisedSubscription['alertRaised'][] = [];
    const stop = subscribe(
      client,
      AlertsRaisedDocument,
      { studyId },
      { next: (m) => m.data && raised.push(m.data.alertRaised), error: () => {}, complete: () => {} },
    );
    try {
      // The subscription is live a moment after the socket opens (the other live tests wait the same).
      await new Promise((r) => setTimeout(r, 1000));
      // The baseline (8-35 days ago): 30% detractors in both regions; this week EMEA at 60%, the US unchanged.
      const ingest = async (batch: IngestResponseInput[]) =>
        expect(
          (await gqlData(platform.apiUrl, AlertsIngestDocument, { input: { waveId, responses: batch } }, admin())).ingestResponses.errors,
        ).toEqual([]);
      await ingest([...responses('EMEA', 15, 100, 30), ...responses('US', 15, 100, 30)]);
      await ingest([...responses('EMEA', 1, 50, 30), ...responses('US', 1, 50, 15)]);

      const [alert] = await until('alertRaised', () => (raised.length ? raised : null));
      expect(alert).toMatchObject({ segment: { label: 'region=EMEA' }, metric: 'DETRACTOR_SHARE', delta: 30 });
      const listed = (await gqlData(platform.apiUrl, AlertsOfStudyDocument, { studyId }, admin())).alerts;
      expect(listed).toEqual([
        expect.objectContaining({
          id: alert.id,
          status: 'FIRING',
          current: 60,
          baseline: 30,
          n: 50,
          baselineN: 100,
          responses: { totalCount: 50 },
        }),
      ]);

      const delivery = await until('the alert.fired webhook', () => received.find((r) => JSON.parse(r.body).type === 'alert.fired'));
      const verified = new Webhook(secret).verify(delivery.body, delivery.headers as Record<string, string>) as {
        data: { alertId: string; segment: { label: string } };
      };
      expect(verified.data).toMatchObject({ alertId: alert.id, segment: { label: 'region=EMEA' } });
      // Evaluated again every pass: still one alert, delivered once.
      await new Promise((r) => setTimeout(r, 2500));
      expect((await gqlData(platform.apiUrl, AlertsOfStudyDocument, { studyId }, admin())).alerts).toHaveLength(1);
      expect(raised).toHaveLength(1);
    } finally {
      stop();
      await client.dispose();
    }
  });
});
