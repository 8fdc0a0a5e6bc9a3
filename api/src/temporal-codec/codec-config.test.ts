import 'reflect-metadata';
import { generatePayloadKey } from '@ladder/contracts/payload-codec';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.js';

const DATABASE_URL = 'postgres://u:p@localhost:5432/db';

describe('payload keys and the codec origin in the API configuration', () => {
  it('refuses to start without LADDER_PAYLOAD_KEYS, or with a malformed key, and says how to make one', () => {
    expect(() => loadConfig({ DATABASE_URL })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL })).toThrow(/LADDER_PAYLOAD_KEYS: LADDER_PAYLOAD_KEYS is required.*openssl rand -base64 32/);
    expect(() => loadConfig({ DATABASE_URL, LADDER_PAYLOAD_KEYS: 'k1:c2hvcnQ=' })).toThrow(
      /LADDER_PAYLOAD_KEYS: key "k1": must be 32 bytes/,
    );
  });

  it('reads the keyring (first key encrypts) and the Temporal UI origin', () => {
    const [k2, k1] = [generatePayloadKey('k2'), generatePayloadKey('k1')];
    const config = loadConfig({
      DATABASE_URL,
      LADDER_PAYLOAD_KEYS: `${k2},${k1}`,
      LADDER_TEMPORAL_UI_ORIGIN: 'https://temporal.example.com/',
    });
    expect(config.payloadKeys.currentKeyId).toBe('k2');
    expect([...config.payloadKeys.keys.keys()]).toEqual(['k2', 'k1']);
    expect(config.temporalUiOrigin).toBe('https://temporal.example.com');
    expect(loadConfig({ DATABASE_URL, LADDER_PAYLOAD_KEYS: k1 }).temporalUiOrigin).toBe('http://localhost:8233');
  });
});
