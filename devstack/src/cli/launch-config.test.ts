import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bootstrapKey, linkSecret, payloadKeys } from './bootstrap-key.js';
import { readLaunchConfig } from './launch-config.js';

describe('readLaunchConfig', () => {
  it('defaults to embedded services on ports away from a system Postgres', () => {
    expect(readLaunchConfig({})).toMatchObject({
      databaseUrl: undefined,
      temporalAddress: undefined,
      pgPort: 54329,
      apiPort: 4000,
      consolePort: 5173,
      smtpUrl: undefined,
      mailpitSmtpPort: 1025,
      mailpitUiPort: 8025,
      linkSecret: undefined,
    });
  });

  it('takes an SMTP relay, Mailpit ports and the link secret from the environment', () => {
    expect(
      readLaunchConfig({
        SMTP_URL: 'smtps://user:pass@smtp.example.com:465',
        LADDER_MAILPIT_SMTP_PORT: '2525',
        LADDER_MAILPIT_PORT: '9025',
        LADDER_LINK_SECRET: 'x'.repeat(32),
      }),
    ).toMatchObject({
      smtpUrl: 'smtps://user:pass@smtp.example.com:465',
      mailpitSmtpPort: 2525,
      mailpitUiPort: 9025,
      linkSecret: 'x'.repeat(32),
    });
  });

  it('lists every problem at once', () => {
    expect(() =>
      readLaunchConfig({
        DATABASE_URL: 'mysql://x',
        TEMPORAL_ADDRESS: 'nope',
        PORT: 'abc',
        LADDER_PG_PORT: '70000',
        LADDER_BOOTSTRAP_API_KEY: 'short',
        SMTP_URL: 'http://mail.example.com',
        LADDER_LINK_SECRET: 'short',
        LADDER_MAILPIT_PORT: '0',
      }),
    ).toThrow(
      /DATABASE_URL[\s\S]*TEMPORAL_ADDRESS[\s\S]*SMTP_URL[\s\S]*LADDER_BOOTSTRAP_API_KEY[\s\S]*LADDER_LINK_SECRET[\s\S]*LADDER_PG_PORT[\s\S]*PORT[\s\S]*LADDER_MAILPIT_PORT/,
    );
  });
});

describe('bootstrapKey', () => {
  it('generates a key once, private to the user, and reuses it', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ladder-key-')), 'nested', 'bootstrap-api-key');
    const first = bootstrapKey(undefined, file);
    expect(first).toMatch(/^ldr_[A-Za-z0-9_-]{43}$/);
    expect(bootstrapKey(undefined, file)).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
  });

  it('keeps a generated link secret apart from the key, and prefers a configured one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ladder-link-'));
    const secret = linkSecret(undefined, join(dir, 'link-secret'));
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(linkSecret(undefined, join(dir, 'link-secret'))).toBe(secret);
    expect(bootstrapKey(undefined, join(dir, 'bootstrap-api-key'))).not.toContain(secret);
    expect(linkSecret('y'.repeat(40), join(dir, 'link-secret'))).toBe('y'.repeat(40));
  });

  it('generates the payload keys once (id:base64 of 32 bytes), private to the user, and prefers configured ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ladder-payload-'));
    const file = join(dir, 'payload-keys');
    const keys = payloadKeys(undefined, file);
    expect(keys).toMatch(/^local1:[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(keys.slice('local1:'.length), 'base64')).toHaveLength(32);
    expect(payloadKeys(undefined, file)).toBe(keys);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(linkSecret(undefined, join(dir, 'link-secret'))).not.toBe(keys);
    const configured = `k2:${'A'.repeat(43)}=,k1:${'B'.repeat(43)}=`;
    expect(payloadKeys(configured, file)).toBe(configured);
    expect(readLaunchConfig({ LADDER_PAYLOAD_KEYS: configured }).payloadKeys).toBe(configured);
    expect(() => readLaunchConfig({ LADDER_PAYLOAD_KEYS: 'k1:tooshort' })).toThrow(/LADDER_PAYLOAD_KEYS: must be id:base64key/);
  });

  it('prefers the configured key', () => {
    expect(bootstrapKey('ldr_configured-secret-000000000', join(tmpdir(), 'unused'))).toBe('ldr_configured-secret-000000000');
  });
});
