import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { ensureTemporalCli } from '@ladder/devstack';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  RespondentSessionDocument,
  RespondentsDocument,
  SendRespondentMessageDocument,
  StartInterviewDocument,
  StudiesDocument,
} from './gql/graphql.js';
import { gqlData } from './support/graphql.js';
import { startPlatform, type Platform } from './support/platform.js';

const run = promisify(execFile);
const MARKER = `trust-marker-${randomBytes(6).toString('hex')}`;
const EMAIL = `${MARKER}@example.com`;

let platform: Platform;
let workflowId: string;

/** Every string of the CLI's JSON, and what it decodes to when it is base64: plain text cannot hide in either. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') {
    const decoded = /^[A-Za-z0-9+/]+={0,2}$/.test(value) && value.length % 4 === 0 ? [Buffer.from(value, 'base64').toString('latin1')] : [];
    return [value, ...decoded];
  }
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

const decode = (b64: string) => Buffer.from(b64, 'base64').toString('utf8');

/** The payloads of a history: the metadata of encrypted ones, and where the plain ones sit (their two parent keys). */
function payloadsOf(value: unknown, path: string[] = []): { encrypted: Record<string, string>[]; plain: string[] } {
  const found = { encrypted: [] as Record<string, string>[], plain: [] as string[] };
  const metadata = (value as { metadata?: Record<string, string> } | null)?.metadata;
  if (metadata && typeof metadata.encoding === 'string') {
    const decoded = Object.fromEntries(Object.entries(metadata).map(([k, v]) => [k, decode(v)]));
    if (decoded.encoding === 'binary/encrypted') found.encrypted.push(decoded);
    else
      found.plain.push(
        path
          .filter((p) => !/^\d+$/.test(p) && p !== 'payloads')
          .slice(-2)
          .join('.'),
      );
    return found;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const inner = payloadsOf(v, [...path, k]);
      found.encrypted.push(...inner.encrypted);
      found.plain.push(...inner.plain);
    }
  }
  return found;
}

/** `temporal workflow show --output json` against the run's dev server, optionally through a codec endpoint. */
async function showHistory(extra: string[] = []): Promise<{ raw: string; events: Record<string, unknown>[] }> {
  // Transcript coding runs after the last reply: the workflow completes a moment after the session does.
  for (let i = 0; i < 60; i++) {
    const { stdout } = await run(ensureTemporalCli(), [
      'workflow',
      'describe',
      '--workflow-id',
      workflowId,
      '--address',
      platform.temporalAddress,
      '--output',
      'json',
    ]);
    if (/COMPLETED/.test(String((JSON.parse(stdout) as { workflowExecutionInfo?: { status?: string } }).workflowExecutionInfo?.status)))
      break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const args = ['workflow', 'show', '--workflow-id', workflowId, '--address', platform.temporalAddress, '--output', 'json', ...extra];
  const { stdout } = await run(ensureTemporalCli(), args, { maxBuffer: 64 * 1024 * 1024 });
  const parsed = JSON.parse(stdout) as { events: Record<string, unknown>[] };
  return { raw: stdout, events: parsed.events };
}

beforeAll(async () => {
  platform = await startPlatform({ seed: true });
  const key = { key: platform.bootstrapKey };
  const { studies } = await gqlData(platform.apiUrl, StudiesDocument, {}, key);
  const waveId = studies.find((s) => s.name === 'Demo - NPS follow-up')!.waves[0].id;
  const { respondents } = await gqlData(platform.apiUrl, RespondentsDocument, { waveId, first: 5, filter: { bands: ['DETRACTOR'] } }, key);
  const { startInterview } = await gqlData(platform.apiUrl, StartInterviewDocument, { respondentId: respondents.edges[1].node.id }, key);
  const token = startInterview.respondentToken;
  const view = () => gqlData(platform.apiUrl, RespondentSessionDocument, { token }).then((d) => d.respondentSession);
  for (let i = 0; i < 100 && (await view()).turns.length === 0; i++) await new Promise((r) => setTimeout(r, 200));
  // The respondent's words, an email address among them, go through Temporal as Update arguments and replies.
  for (let i = 0; i < 25 && (await view()).status !== 'COMPLETED'; i++) {
    const text = `Answer ${i}: ${MARKER} the exports keep failing, write to me at ${EMAIL} because my team lost a week.`;
    await gqlData(platform.apiUrl, SendRespondentMessageDocument, {
      token,
      text,
      clientMessageId: `message-${i}-${randomBytes(4).toString('hex')}`,
    });
  }
  expect((await view()).status).toBe('COMPLETED');
  const db = new pg.Client({ connectionString: platform.databaseUrl });
  await db.connect();
  const { rows } = await db.query(`SELECT workflow_id FROM interview_session WHERE id = $1`, [startInterview.session.id]);
  await db.end();
  workflowId = rows[0].workflow_id;
});
afterAll(() => platform?.stop());

describe('Temporal history of an interview', () => {
  it('holds no respondent text in plain text, and the workflow still completed (the worker decodes)', async () => {
    const { raw, events } = await showHistory();
    expect(String(events.at(-1)?.eventType)).toMatch(/WORKFLOW_EXECUTION_COMPLETED|WorkflowExecutionCompleted/i);
    const all = texts(JSON.parse(raw));
    expect(all.filter((t) => t.includes(MARKER))).toEqual([]);
    expect(all.filter((t) => t.includes('exports keep failing'))).toEqual([]);
    // Every payload the codec sees is binary/encrypted with the key id; what stays plain is the SDK's own
    // bookkeeping (local activity and patch markers, the patch search attribute), which no codec sees.
    const { encrypted, plain } = payloadsOf(JSON.parse(raw));
    expect(encrypted.length).toBeGreaterThan(20);
    expect(new Set(encrypted.map((p) => p['encryption-key-id']))).toEqual(new Set([platform.payloadKeys.split(':')[0]]));
    expect(new Set(plain)).toEqual(new Set(['details.data', 'details.patch-data', 'indexedFields.TemporalChangeVersion']));
  });

  it('reads back through the API codec endpoint with an admin key', async () => {
    const codec = platform.apiUrl.replace(/\/graphql$/, '/codec');
    const { raw } = await showHistory(['--codec-endpoint', codec, '--codec-auth', `Bearer ${platform.bootstrapKey}`]);
    const all = texts(JSON.parse(raw));
    expect(all.some((t) => t.includes(MARKER))).toBe(true);
    expect(all.some((t) => t.includes(EMAIL))).toBe(true);
    expect(all).not.toContain('binary/encrypted');
  });
});
