import 'reflect-metadata';
import { WEBHOOK_DELIVERY_STATUSES, WEBHOOK_EVENT_TYPES } from '@ladder/contracts';
import { WebhookDeliveryState, WebhookEventKind } from '../common/enums.js';
import { generatePayloadKey } from '@ladder/contracts/payload-codec';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.js';

describe('LADDER_WEBHOOK_ALLOW_PRIVATE', () => {
  const env = { DATABASE_URL: 'postgres://u:p@localhost:5432/ladder', LADDER_PAYLOAD_KEYS: generatePayloadKey('k1') };

  it('is off unless set to true, and anything but true or false is refused at boot', () => {
    expect(loadConfig(env).webhookAllowPrivate).toBe(false);
    expect(loadConfig({ ...env, LADDER_WEBHOOK_ALLOW_PRIVATE: 'true' }).webhookAllowPrivate).toBe(true);
    expect(loadConfig({ ...env, LADDER_WEBHOOK_ALLOW_PRIVATE: 'false' }).webhookAllowPrivate).toBe(false);
    expect(() => loadConfig({ ...env, LADDER_WEBHOOK_ALLOW_PRIVATE: '1' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...env, LADDER_WEBHOOK_ALLOW_PRIVATE: '1' })).toThrow(/LADDER_WEBHOOK_ALLOW_PRIVATE must be true or false/);
  });
});

describe('webhook GraphQL enums', () => {
  it('store exactly the values of the contracts vocabulary', () => {
    expect(Object.values(WebhookEventKind)).toEqual([...WEBHOOK_EVENT_TYPES]);
    expect(Object.values(WebhookDeliveryState)).toEqual([...WEBHOOK_DELIVERY_STATUSES]);
  });
});
