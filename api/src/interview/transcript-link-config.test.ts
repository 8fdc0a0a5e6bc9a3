import 'reflect-metadata';
import { generatePayloadKey } from '@ladder/contracts/payload-codec';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.js';

const env = { DATABASE_URL: 'postgres://u:p@localhost:5432/db', LADDER_PAYLOAD_KEYS: generatePayloadKey('k1') };

describe('LADDER_TRANSCRIPT_LINK_DAYS', () => {
  it('is 30 days unless set, and 0 ends a finished interview’s link at once', () => {
    expect(loadConfig(env).transcriptLinkDays).toBe(30);
    expect(loadConfig({ ...env, LADDER_TRANSCRIPT_LINK_DAYS: '7' }).transcriptLinkDays).toBe(7);
    expect(loadConfig({ ...env, LADDER_TRANSCRIPT_LINK_DAYS: '0' }).transcriptLinkDays).toBe(0);
  });

  it('refuses what is not a whole number of days', () => {
    for (const value of ['-1', '1.5', 'a week']) {
      expect(() => loadConfig({ ...env, LADDER_TRANSCRIPT_LINK_DAYS: value })).toThrow(ConfigError);
    }
  });
});
