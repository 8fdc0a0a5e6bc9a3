import { randomBytes } from 'node:crypto';
import { ensureDatabase } from '@ladder/devstack';
import { runMigrations } from '@ladder/migrations';
import { Client, Connection } from '@temporalio/client';
import { generatePayloadKey, ladderDataConverter, parsePayloadKeys, type PayloadKeyring } from '@ladder/contracts/payload-codec';
import type { DataSource } from 'typeorm';
import { inject } from 'vitest';
import type { AccountMail } from '../account/account-mailer.js';
import { hashToken, newSecret, SESSION_COOKIE } from '../account/session-cookies.js';
import { generateApiKeySecret, hashSecret } from '../api-key/api-key.service.js';
import type { ApiKeyRole } from '../common/enums.js';
import type { LiveLimits } from '../config.js';
import { createDataSource } from '../db/data-source.js';
import { createApiServer } from '../server/app.js';
import type { Limits } from '../server/security.js';
import type { TypedDocumentString } from './gql/graphql.js';

export interface GqlError {
  message: string;
  extensions: { code: string } & Record<string, unknown>;
}

/** A response typed by the document that asked for it (unknown for documents sent as plain text). */
export interface GqlResult<R = unknown> {
  status: number;
  data: R | null | undefined;
  errors?: GqlError[];
}

/** Variables may be left out when the operation requires none. */
export type GqlArgs<V> =
  Record<string, never> extends V
    ? [variables?: V, key?: string | null, headers?: Record<string, string>]
    : [variables: V, key?: string | null, headers?: Record<string, string>];

export const ORIGIN = 'http://localhost:5173';

export interface TestWorkspace {
  id: string;
  keys: Record<ApiKeyRole, string>;
  /**
   * A signed-in member per role (console sessions), as credentials for `gql`: "session:<cookie value>"
   * is sent as the session cookie instead of an Authorization header.
   */
  sessions: Record<MemberRoleName, string>;
  /** The members' user ids, by role. */
  users: Record<MemberRoleName, string>;
}

export type MemberRoleName = 'admin' | 'analyst' | 'viewer';

/** The headers that carry a credential of `gql`: an API key, or a session ("session:<secret>") as its cookie. */
export const credentialHeaders = (key: string | null): Record<string, string> =>
  !key ? {} : key.startsWith('session:') ? { cookie: `${SESSION_COOKIE}=${key.slice(8)}` } : { authorization: `Bearer ${key}` };

export async function createTestDatabase(): Promise<string> {
  const admin = inject('pgAdminUrl');
  const name = `api_test_${randomBytes(6).toString('hex')}`;
  await ensureDatabase(admin, name);
  const url = admin.replace(/\/postgres$/, `/${name}`);
  await runMigrations(url);
  return url;
}

export async function createWorkspace(db: DataSource, slug: string): Promise<TestWorkspace> {
  const [{ id }] = await db.query(`INSERT INTO workspace (slug, name) VALUES ($1, $1) RETURNING id`, [slug]);
  const keys = {} as Record<ApiKeyRole, string>;
  for (const role of ['admin', 'analyst', 'viewer', 'ingest'] as ApiKeyRole[]) {
    keys[role] = generateApiKeySecret();
    await db.query(`INSERT INTO api_key (workspace_id, name, role, prefix, secret_hash) VALUES ($1, $2, $2, $3, $4)`, [
      id,
      role,
      keys[role].slice(0, 8),
      hashSecret(keys[role]),
    ]);
  }
  const sessions = {} as Record<MemberRoleName, string>;
  const users = {} as Record<MemberRoleName, string>;
  for (const role of ['admin', 'analyst', 'viewer'] as MemberRoleName[]) {
    const [user] = await db.query(`INSERT INTO app_user (email) VALUES ($1) RETURNING id`, [`${role}@${slug}.example`]);
    users[role] = user.id;
    await db.query(`INSERT INTO workspace_member (workspace_id, user_id, role) VALUES ($1, $2, $3)`, [id, user.id, role]);
    const secret = newSecret();
    await db.query(
      `INSERT INTO user_session (token_hash, user_id, workspace_id, idle_expires_at, absolute_expires_at)
       VALUES ($1, $2, $3, now() + interval '1 day', now() + interval '1 day')`,
      [hashToken(secret), user.id, id],
    );
    sessions[role] = `session:${secret}`;
  }
  return { id, keys, sessions, users };
}

export interface TestApi {
  url: string;
  wsUrl: string;
  db: DataSource;
  databaseUrl: string;
  a: TestWorkspace;
  b: TestWorkspace;
  /** Sends a generated document with its variables, by default with workspace A's admin key. */
  gql<R, V>(document: TypedDocumentString<R, V>, ...args: GqlArgs<V>): Promise<GqlResult<R>>;
  /** Sends text the schema or the server must refuse (a typo, too deep, too costly): its data is unknown. */
  gqlText(query: string, variables?: Record<string, unknown>, key?: string | null, headers?: Record<string, string>): Promise<GqlResult>;
  /** What `gql` sends when called without a credential; workspace A's admin key unless changed. */
  defaultCredential: string;
  /** Sign-in links and invitations the API sent (the SMTP boundary, recorded), oldest first. */
  mails: AccountMail[];
  /** The keys of this API's Temporal client and /codec endpoint (generated per test API). */
  payloadKeys: PayloadKeyring;
  /** The SQL statements the API's data source ran during `work`, API-key lookups excluded. */
  statementsOf(work: () => Promise<unknown>): Promise<string[]>;
  stop(): Promise<void>;
}

/**
 * Records every statement TypeORM sends through the data source (its logger sees each one,
 * whatever the logging level). Authentication is left out: its lookup is cached per key and is
 * not part of what a dashboard query costs.
 */
function statementRecorder(db: DataSource): TestApi['statementsOf'] {
  let recording: string[] | null = null;
  const original = db.logger.logQuery.bind(db.logger);
  db.logger.logQuery = (query, parameters, runner) => {
    if (recording && !/\bapi_key\b/.test(query)) recording.push(query);
    original(query, parameters, runner);
  };
  return async (work) => {
    recording = [];
    try {
      await work();
      return recording;
    } finally {
      recording = null;
    }
  };
}

/**
 * The real API (Apollo, type-graphql, TypeORM) in this process over a fresh migrated database,
 * with two workspaces A and B. Temporal is not started here: interview flows are covered by the
 * cross-process tests in test/; here the Temporal connection points at a closed port.
 */
export interface TestApiOptions {
  production?: boolean;
  limits?: Partial<Limits>;
  /** Live connections per key and ping interval (server/live-connections). */
  live?: Partial<LiveLimits>;
  revocationSweepMs?: number;
  /** /graphql body sizes, rate limits, exports and pool limits (server/body-limit, rate-limits, export-limits). */
  http?: Pick<Parameters<typeof createApiServer>[0], 'bodyLimits' | 'rateLimits' | 'exportLimits' | 'database'>;
  /** The /codec endpoint's browser origin and rate limit. */
  codec?: Pick<Parameters<typeof createApiServer>[0], 'temporalUiOrigin' | 'codecRatePerIpPerMinute'>;
  /** The LISTEN connection's heartbeat and application_name, and the /healthz rate limit. */
  reliability?: Pick<Parameters<typeof createApiServer>[0], 'listener' | 'healthRateLimit'>;
  /** LADDER_TRUSTED_DOCUMENTS and the manifest (server/trusted-documents); default `allowed` with the console's manifest. */
  trustedDocuments?: Parameters<typeof createApiServer>[0]['trustedDocuments'];
  /** A running Temporal server for the API's client; default a closed port. */
  temporalAddress?: string;
  /** Sessions, sign-in limits and mail; by default mail is recorded in `mails`, not sent. */
  accounts?: Parameters<typeof createApiServer>[0]['accounts'];
  /** Single sign-on's outbound fetch, timeouts and private issuers (account/sso.service). */
  sso?: Parameters<typeof createApiServer>[0]['sso'];
}

export async function startTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const databaseUrl = await createTestDatabase();
  const db = await createDataSource(databaseUrl, { limits: options.http?.database ?? {} }).initialize();
  // Without a test's Temporal address the service is unreachable: no retry interceptor then, so a call fails at once
  // instead of retrying on a timer that may fire after stop() closed the channel (an uncaught "Channel has been shut down").
  const connection = Connection.lazy(
    options.temporalAddress ? { address: options.temporalAddress } : { address: '127.0.0.1:1', interceptors: [] },
  );
  const payloadKeys = parsePayloadKeys(generatePayloadKey('test'));
  const mails: AccountMail[] = [];
  const server = await createApiServer(
    {
      databaseUrl,
      production: options.production ?? false,
      allowedOrigins: [ORIGIN],
      publicUrl: ORIGIN,
      limits: options.limits,
      live: options.live,
      revocationSweepMs: options.revocationSweepMs,
      ...options.http,
      payloadKeys,
      ...options.codec,
      ...options.reliability,
      trustedDocuments: options.trustedDocuments,
      accounts: {
        mailer: async (mail) => {
          mails.push(mail);
        },
        ...options.accounts,
      },
      sso: options.sso,
    },
    db,
    new Client({ connection, dataConverter: ladderDataConverter(payloadKeys) }).workflow,
  );
  const port = await server.listen(0);
  const url = `http://127.0.0.1:${port}/graphql`;
  const [a, b] = [await createWorkspace(db, 'workspace-a'), await createWorkspace(db, 'workspace-b')];
  const api = { defaultCredential: a.keys.admin };
  const post = async (
    query: string,
    variables: object = {},
    key: string | null = api.defaultCredential,
    headers: Record<string, string> = {},
  ) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...credentialHeaders(key), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: unknown; errors?: GqlError[] };
    return { status: res.status, data: body.data, errors: body.errors };
  };
  return Object.assign(api, {
    mails,
    url,
    wsUrl: url.replace('http', 'ws'),
    db,
    databaseUrl,
    a,
    b,
    payloadKeys,
    statementsOf: statementRecorder(db),
    // The generated document's type is the contract of this response: the server answers the document it was sent.
    gql: async <R, V>(document: TypedDocumentString<R, V>, ...[variables, key, headers]: GqlArgs<V>) =>
      (await post(document.toString(), variables ?? {}, key, headers)) as GqlResult<R>,
    gqlText: post,
    async stop() {
      await server.stop();
      await connection.close().catch(() => {});
      await db.destroy();
    },
  });
}

/** The error code of the first error, for compact assertions. */
export const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions.code;

/** The data of a response that must have some; fails with the response's errors otherwise. */
export function dataOf<R>(r: { data?: R | null; errors?: GqlError[] }): R {
  if (r.data == null) throw new Error(`no data; errors: ${JSON.stringify(r.errors)}`);
  return r.data;
}
