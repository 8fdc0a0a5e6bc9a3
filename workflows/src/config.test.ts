import { describe, expect, it } from 'vitest';
import { loadWorkerConfig } from './config.js';

/** Required by every worker: its Temporal payloads are encrypted. */
const KEY = Buffer.alloc(32, 7);
const KEYS = { LADDER_PAYLOAD_KEYS: `k1:${KEY.toString('base64')}` };

describe('worker configuration', () => {
  it('applies the defaults when only DATABASE_URL and the payload keys are set: no LLM, the offline moderator', () => {
    expect(loadWorkerConfig({ DATABASE_URL: 'postgres://u:p@localhost:5432/ladder', TEMPORAL_ADDRESS: '', ...KEYS })).toEqual({
      databaseUrl: 'postgres://u:p@localhost:5432/ladder',
      temporalAddress: '127.0.0.1:7233',
      temporalNamespace: 'default',
      payloadKeys: { currentKeyId: 'k1', keys: new Map([['k1', KEY]]) },
      llm: null,
      mail: {
        smtpUrl: 'smtp://127.0.0.1:1025',
        from: { name: 'Ladder', address: 'interviews@ladder.localhost' },
        publicUrl: 'http://localhost:5173',
        apiUrl: 'http://localhost:4000',
        linkSecret: null,
        smtpTimeoutMs: 10_000,
      },
      timing: { invitationTtlMs: 14 * 86_400_000, idleReminderMs: 24 * 3_600_000, abandonAfterMs: 72 * 3_600_000 },
      fieldingLeaseMs: 60_000,
      alertPollMs: 10_000,
      tuning: { workflowTasks: 64, localActivities: 64, poolSize: 10 },
      webhookAllowPrivate: false,
    });
  });
  it('LADDER_ALERT_POLL sets how often the alert evaluator looks for due rules, at least a second', () => {
    const poll = (value: string) => loadWorkerConfig({ DATABASE_URL: 'postgres://x/y', ...KEYS, LADDER_ALERT_POLL: value }).alertPollMs;
    expect(poll('2s')).toBe(2000);
    expect(() => poll('500ms')).toThrow(/LADDER_ALERT_POLL must be at least 1s/);
  });
  it('LADDER_WEBHOOK_ALLOW_PRIVATE lets webhooks reach http and private addresses, only when true', () => {
    const allow = (value: string) => loadWorkerConfig({ DATABASE_URL: 'postgres://x/y', ...KEYS, LADDER_WEBHOOK_ALLOW_PRIVATE: value });
    expect(allow('true').webhookAllowPrivate).toBe(true);
    expect(allow('false').webhookAllowPrivate).toBe(false);
    expect(() => allow('yes')).toThrow(/LADDER_WEBHOOK_ALLOW_PRIVATE must be true or false/);
  });

  it('bounds the turns one worker runs at once (64, not 200: more timed out under load) and reads its overrides', () => {
    const tuning = (env: Record<string, string>) => loadWorkerConfig({ DATABASE_URL: 'postgres://x/y', ...KEYS, ...env }).tuning;
    expect(tuning({})).toEqual({ workflowTasks: 64, localActivities: 64, poolSize: 10 });
    expect(tuning({ LADDER_WORKER_WORKFLOW_TASKS: '150', LADDER_WORKER_LOCAL_ACTIVITIES: '120', LADDER_WORKER_POOL_SIZE: '20' })).toEqual({
      workflowTasks: 150,
      localActivities: 120,
      poolSize: 20,
    });
    expect(() =>
      tuning({ LADDER_WORKER_WORKFLOW_TASKS: '1', LADDER_WORKER_LOCAL_ACTIVITIES: 'many', LADDER_WORKER_POOL_SIZE: '0' }),
    ).toThrow(
      /LADDER_WORKER_WORKFLOW_TASKS must be at least 2[\s\S]*LADDER_WORKER_LOCAL_ACTIVITIES must be a number[\s\S]*LADDER_WORKER_POOL_SIZE must be at least 1/,
    );
  });

  it('reads the mail settings and the interview clocks', () => {
    const config = loadWorkerConfig({
      ...KEYS,
      DATABASE_URL: 'postgres://localhost/ladder',
      SMTP_URL: 'smtps://user:secret@smtp.example.com:465',
      LADDER_MAIL_FROM: '"Acme Research" <research@acme.example>',
      LADDER_PUBLIC_URL: 'https://ladder.acme.example/',
      LADDER_API_URL: 'https://api.acme.example/',
      LADDER_LINK_SECRET: 's'.repeat(32),
      LADDER_IDLE_REMINDER: '90s',
      LADDER_INVITATION_TTL: '7d',
      LADDER_FIELDING_LEASE: '30s',
    });
    expect(config.mail).toEqual({
      smtpUrl: 'smtps://user:secret@smtp.example.com:465',
      from: { name: 'Acme Research', address: 'research@acme.example' },
      publicUrl: 'https://ladder.acme.example',
      apiUrl: 'https://api.acme.example',
      linkSecret: 's'.repeat(32),
      smtpTimeoutMs: 10_000,
    });
    expect(config.timing).toEqual({ invitationTtlMs: 7 * 86_400_000, idleReminderMs: 90_000, abandonAfterMs: 72 * 3_600_000 });
    expect(config.fieldingLeaseMs).toBe(30_000);
    expect(loadWorkerConfig({ DATABASE_URL: 'postgres://x/y', LADDER_MAIL_FROM: 'bare@acme.example', ...KEYS }).mail.from).toEqual({
      name: '',
      address: 'bare@acme.example',
    });
  });

  it('configures Mistral from MISTRAL_API_KEY, with server URL, model, timeout and prices', () => {
    expect(
      loadWorkerConfig({
        ...KEYS,
        DATABASE_URL: 'postgres://localhost/ladder',
        MISTRAL_API_KEY: 'k',
        MISTRAL_SERVER_URL: 'http://127.0.0.1:9000',
        MISTRAL_MODEL: 'mistral-large-latest',
        MISTRAL_TIMEOUT_MS: '2000',
        MISTRAL_PRICE_INPUT_PER_MTOK: '2',
      }).llm,
    ).toEqual({
      apiKey: 'k',
      serverUrl: 'http://127.0.0.1:9000',
      model: 'mistral-large-latest',
      timeoutMs: 2000,
      pricing: { inputPerMillion: 2, outputPerMillion: 0.3 },
      redactPii: true,
    });
  });

  it('redacts personal data before the LLM unless LADDER_REDACT_PII=false', () => {
    const base = {
      DATABASE_URL: 'postgres://x/y',
      MISTRAL_API_KEY: 'k',
      LADDER_PAYLOAD_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
    };
    const llm = (env: Record<string, string>) => loadWorkerConfig({ ...base, ...env }).llm;
    expect(llm({})?.redactPii).toBe(true);
    expect(llm({ LADDER_REDACT_PII: 'false' })?.redactPii).toBe(false);
    expect(() => llm({ LADDER_REDACT_PII: 'no' })).toThrow(/LADDER_REDACT_PII must be true or false/);
  });

  it('lists every mail problem at once', () => {
    expect(() =>
      loadWorkerConfig({
        DATABASE_URL: 'postgres://x/y',
        SMTP_URL: 'mail.example.com:25',
        LADDER_MAIL_FROM: 'Ladder',
        LADDER_LINK_SECRET: 'short',
        LADDER_IDLE_REMINDER: 'tomorrow',
        LADDER_FIELDING_LEASE: '500ms',
      }),
    ).toThrow(
      /SMTP_URL: SMTP_URL must look like[\s\S]*LADDER_MAIL_FROM: [\s\S]*LADDER_LINK_SECRET: [\s\S]*LADDER_IDLE_REMINDER: [\s\S]*LADDER_FIELDING_LEASE: LADDER_FIELDING_LEASE must be at least 1s/,
    );
  });

  it('lists every problem at once', () => {
    expect(() => loadWorkerConfig({ TEMPORAL_ADDRESS: 'no port', MISTRAL_SERVER_URL: 'nope', MISTRAL_TIMEOUT_MS: 'soon' })).toThrow(
      /invalid configuration:\n {2}- DATABASE_URL: DATABASE_URL is required.*\n {2}- TEMPORAL_ADDRESS: TEMPORAL_ADDRESS must look like host:port\n {2}- LADDER_PAYLOAD_KEYS: LADDER_PAYLOAD_KEYS is required.*\n {2}- MISTRAL_SERVER_URL: .*\n {2}- MISTRAL_TIMEOUT_MS: MISTRAL_TIMEOUT_MS must be a number/,
    );
  });

  it('refuses to start without payload keys, or with a malformed one', () => {
    expect(() => loadWorkerConfig({ DATABASE_URL: 'postgres://x/y' })).toThrow(/LADDER_PAYLOAD_KEYS: LADDER_PAYLOAD_KEYS is required/);
    expect(() => loadWorkerConfig({ DATABASE_URL: 'postgres://x/y', LADDER_PAYLOAD_KEYS: 'k1:short' })).toThrow(
      /LADDER_PAYLOAD_KEYS: key "k1": must be 32 bytes/,
    );
    const rotated = loadWorkerConfig({
      DATABASE_URL: 'postgres://x/y',
      LADDER_PAYLOAD_KEYS: `k2:${KEY.toString('base64')},${KEYS.LADDER_PAYLOAD_KEYS}`,
    });
    expect(rotated.payloadKeys.currentKeyId).toBe('k2');
    expect([...rotated.payloadKeys.keys.keys()]).toEqual(['k2', 'k1']);
  });
});
