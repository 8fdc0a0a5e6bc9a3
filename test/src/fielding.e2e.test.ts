import { randomBytes } from 'node:crypto';
import { freePort, mailpitApi, startMailpit, type MailpitApi, type MailpitHandle } from '@ladder/devstack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateStudyDocument,
  CreateWaveDocument,
  FieldingIngestDocument,
  FieldingInvitationsDocument,
  FieldingUpdateRulesDocument,
  LaunchWaveDocument,
  RespondentSessionDocument,
  SendRespondentMessageDocument,
  type FieldingInvitationsQuery,
  type IngestResponseInput,
} from './gql/graphql.js';
import { gqlData } from './support/graphql.js';
import { startPlatform, type Platform } from './support/platform.js';

let platform: Platform;
let mailpit: MailpitHandle;
let mail: MailpitApi;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const admin = () => ({ key: platform.bootstrapKey });

beforeAll(async () => {
  mailpit = await startMailpit({ smtpPort: await freePort(), httpPort: await freePort(), maxMessages: 0 });
  mail = mailpitApi(mailpit.apiUrl);
  platform = await startPlatform({
    // A dead worker's claimed emails are claimable again after 30 s (60 s by default), when its dispatcher activity times out.
    env: { SMTP_URL: mailpit.smtpUrl, LADDER_LINK_SECRET: randomBytes(32).toString('base64url'), LADDER_FIELDING_LEASE: '30s' },
  });
});
afterAll(async () => {
  await platform?.stop();
  await mailpit?.stop();
});

/** A launched wave whose detractors are invited as soon as their response arrives. */
async function detractorWave(name: string): Promise<string> {
  const study = (await gqlData(platform.apiUrl, CreateStudyDocument, { input: { name } }, admin())).createStudy;
  const wave = (await gqlData(platform.apiUrl, CreateWaveDocument, { input: { studyId: study.id, name: 'W1' } }, admin())).createWave;
  await gqlData(platform.apiUrl, LaunchWaveDocument, { id: wave.id }, admin());
  await gqlData(
    platform.apiUrl,
    FieldingUpdateRulesDocument,
    {
      input: {
        waveId: wave.id,
        autoInvite: { bands: ['DETRACTOR'], sampleRate: 1, delayMinutes: 0 },
        sender: { fromName: 'Acme Research' },
      },
    },
    admin(),
  );
  return wave.id;
}

async function ingest(waveId: string, responses: IngestResponseInput[]): Promise<void> {
  const { ingestResponses } = await gqlData(platform.apiUrl, FieldingIngestDocument, { input: { waveId, responses } }, admin());
  expect(ingestResponses.errors).toEqual([]);
}

type Node = FieldingInvitationsQuery['respondents']['edges'][number]['node'];
async function invitations(waveId: string): Promise<Node[]> {
  const nodes: Node[] = [];
  for (let after: string | null | undefined = null, more = true; more;) {
    const { respondents }: FieldingInvitationsQuery = await gqlData(
      platform.apiUrl,
      FieldingInvitationsDocument,
      { waveId, first: 500, after },
      admin(),
    );
    nodes.push(...respondents.edges.map((e) => e.node));
    [after, more] = [respondents.pageInfo.endCursor, respondents.pageInfo.hasNextPage];
  }
  return nodes;
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await sleep(250);
  }
}

describe('fielding across API, worker, Temporal and Mailpit', () => {
  it('invites an ingested detractor by email; the link opens the chat; the API reads the delivery as SENT', async () => {
    const waveId = await detractorWave('Fielding e2e');
    await ingest(waveId, [
      { externalId: 'd-1', score: 2, email: 'detractor.e2e@example.com', language: 'fr', comment: 'Le support ne répond jamais.' },
      { externalId: 'p-1', score: 8, email: 'passive.e2e@example.com' },
    ]);

    const [summary] = await mail.waitFor('to:detractor.e2e@example.com', 1, 60_000);
    expect(summary).toBeDefined();
    const message = await mail.message(summary.ID);
    expect(message.Subject).toMatch(/^Quelques questions sur votre avis : Fielding e2e$/);
    expect(message.From).toMatchObject({ Name: 'Acme Research' });
    const token = new RegExp(`${platform.consoleUrl}/i/([A-Za-z0-9_-]{32})`).exec(message.Text)?.[1];
    expect(token).toBeDefined();

    // The link is the respondent's: the chat answers to it over the public API, without a key.
    const view = await until(
      () => gqlData(platform.apiUrl, RespondentSessionDocument, { token: token! }).then((d) => d.respondentSession),
      (v) => v.turns.length > 0,
      20_000,
    );
    expect(view).toMatchObject({ status: 'INVITED', turns: [{ seq: 0, role: 'MODERATOR' }] });
    const reply = await gqlData(platform.apiUrl, SendRespondentMessageDocument, {
      token: token!,
      text: 'Le support met des jours à répondre.',
      clientMessageId: 'fielding-first-answer',
    });
    expect(reply.sendRespondentMessage.seq).toBe(2);

    const nodes = await until(
      () => invitations(waveId),
      (n) => n.find((x) => x.externalId === 'd-1')?.invitation?.status === 'SENT',
      20_000,
    );
    expect(nodes.find((n) => n.externalId === 'd-1')?.invitation).toMatchObject({ status: 'SENT', attempts: 1, sessionId: view.sessionId });
    expect(nodes.find((n) => n.externalId === 'p-1')?.invitation ?? null).toBeNull();
    expect(await mail.search('to:passive.e2e@example.com')).toEqual([]);
  });

  it('sends every invitation of a batch once the worker killed in the middle of it is replaced', async () => {
    const waveId = await detractorWave('Fielding crash');
    const count = 400;
    const responses = Array.from({ length: count }, (_, i) => ({ externalId: `k-${i}`, score: i % 7, email: `crash${i}@example.com` }));
    await ingest(waveId, responses);
    // Some went out: the dispatcher is mid-way through the invitations. Kill it without warning.
    await until(
      () => mail.search('to:@example.com subject:"Fielding crash"', 2000),
      (m) => m.length >= 20,
      60_000,
    );
    await platform.killWorker('SIGKILL');
    const before = (await mail.search('subject:"Fielding crash"', 2000)).length;
    expect(before).toBeLessThan(count);
    await platform.startWorker();

    // The dead worker's activity times out (heartbeat, 30 s) and its rows' lease ends (30 s here): then they go out.
    const nodes = await until(
      () => invitations(waveId),
      (n) => n.every((x) => x.invitation?.status === 'SENT'),
      240_000,
    );
    expect(nodes.filter((n) => n.invitation?.status !== 'SENT')).toEqual([]);
    const messages = await mail.search('subject:"Fielding crash"', 2000);
    const perAddress = new Map<string, Set<string>>();
    for (const m of messages) perAddress.set(m.To[0].Address, (perAddress.get(m.To[0].Address) ?? new Set()).add(m.MessageID));
    // No address skipped; an email the dead worker sent but could not record went out again under the same Message-ID.
    expect(responses.filter((r) => !perAddress.has(r.email))).toEqual([]);
    expect([...perAddress.values()].filter((ids) => ids.size !== 1)).toEqual([]);
    expect(messages.length - count).toBeLessThanOrEqual(32);
  }, 360_000);
});
