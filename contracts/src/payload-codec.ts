/// <reference types="node" />
/**
 * The payload codec every Temporal client and worker of Ladder uses: AES-256-GCM over the whole
 * serialized payload (its metadata included), so respondent text never reaches Temporal's history
 * in plain text. A separate entry (`@ladder/contracts/payload-codec`): it needs node:crypto, which
 * workflow bundles must not see; codecs run outside the workflow sandbox.
 *
 * Encrypted payloads carry `encoding: binary/encrypted` (the convention of Temporal's encryption
 * sample) and the id of their key, so keys rotate: the first key of the ring encrypts, every key
 * decrypts. Payloads without that encoding (histories recorded before the codec) pass through.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { METADATA_ENCODING_KEY, ValueError, type Payload, type PayloadCodec } from '@temporalio/common';
// CommonJS without static named exports: Node's ESM loader needs the default import.
import proto from '@temporalio/proto';

const { temporal } = proto;

export const ENCRYPTED_ENCODING = 'binary/encrypted';
export const KEY_ID_METADATA_KEY = 'encryption-key-id';
export const CIPHER_METADATA_KEY = 'encryption-cipher';
const CIPHER = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;
const KEY_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Keys by id; `currentKeyId` encrypts, all of them decrypt. */
export interface PayloadKeyring {
  currentKeyId: string;
  keys: ReadonlyMap<string, Buffer>;
}

const utf8 = (s: string) => Buffer.from(s, 'utf8');
const text = (bytes: Uint8Array | null | undefined) => (bytes ? Buffer.from(bytes).toString('utf8') : undefined);

/**
 * The `LADDER_PAYLOAD_KEYS` setting as the API's and the worker's configuration schemas read it.
 * Required: without keys every Temporal payload would be stored in plain text.
 */
export const payloadKeysSetting = z
  .string({ error: 'LADDER_PAYLOAD_KEYS is required: id:base64 of 32 random bytes, e.g. k1:$(openssl rand -base64 32)' })
  .transform((value, ctx) => {
    try {
      return parsePayloadKeys(value);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: `LADDER_PAYLOAD_KEYS: ${(error as Error).message}` });
      return z.NEVER;
    }
  });

/**
 * `LADDER_PAYLOAD_KEYS`: `id:base64,id:base64`, each key 32 random bytes (base64 or base64url).
 * The first one encrypts. Throws one message listing every problem.
 */
export function parsePayloadKeys(value: string): PayloadKeyring {
  const problems: string[] = [];
  const keys = new Map<string, Buffer>();
  const entries = value
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  if (!entries.length) problems.push('no key: expected id:base64key[,id:base64key...]');
  for (const [i, entry] of entries.entries()) {
    const colon = entry.indexOf(':');
    const id = colon > 0 ? entry.slice(0, colon) : '';
    const material = colon > 0 ? entry.slice(colon + 1) : '';
    if (!KEY_ID.test(id)) problems.push(`key ${i + 1}: expected id:base64key with an id of letters, digits, ".", "_" or "-"`);
    else if (keys.has(id)) problems.push(`key ${i + 1}: the id "${id}" is used twice`);
    else {
      const key = /^[A-Za-z0-9+/_-]+={0,2}$/.test(material) ? Buffer.from(material, 'base64') : Buffer.alloc(0);
      if (key.length !== KEY_BYTES) problems.push(`key "${id}": must be ${KEY_BYTES} bytes in base64 (openssl rand -base64 32)`);
      else keys.set(id, key);
    }
  }
  if (problems.length) throw new Error(problems.join('; '));
  return { currentKeyId: keys.keys().next().value!, keys };
}

/** A new key in the `id:base64` form LADDER_PAYLOAD_KEYS takes. */
export const generatePayloadKey = (id: string): string => `${id}:${randomBytes(KEY_BYTES).toString('base64')}`;

/** AES-256-GCM with a random 12-byte IV per payload; the key id is authenticated data. */
export class EncryptionCodec implements PayloadCodec {
  constructor(private readonly keyring: PayloadKeyring) {}

  async encode(payloads: Payload[]): Promise<Payload[]> {
    const keyId = this.keyring.currentKeyId;
    const key = this.keyring.keys.get(keyId)!;
    return payloads.map((payload) => {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv(CIPHER, key, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(utf8(keyId));
      const plain = temporal.api.common.v1.Payload.encode(payload).finish();
      const sealed = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
      return {
        metadata: {
          [METADATA_ENCODING_KEY]: utf8(ENCRYPTED_ENCODING),
          [KEY_ID_METADATA_KEY]: utf8(keyId),
          [CIPHER_METADATA_KEY]: utf8('AES-256-GCM'),
        },
        data: sealed,
      };
    });
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      if (text(payload.metadata?.[METADATA_ENCODING_KEY]) !== ENCRYPTED_ENCODING) return payload;
      const keyId = text(payload.metadata?.[KEY_ID_METADATA_KEY]);
      if (!keyId) throw new ValueError('an encrypted payload without a key id');
      const key = this.keyring.keys.get(keyId);
      if (!key) throw new ValueError(`no payload key "${keyId}" in LADDER_PAYLOAD_KEYS: keep retired keys until their histories are gone`);
      const sealed = Buffer.from(payload.data ?? new Uint8Array());
      if (sealed.length < IV_BYTES + TAG_BYTES) throw new ValueError('an encrypted payload too short to be one');
      const decipher = createDecipheriv(CIPHER, key, sealed.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
      decipher.setAAD(utf8(keyId));
      decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
      let plain: Buffer;
      try {
        plain = Buffer.concat([decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)), decipher.final()]);
      } catch {
        throw new ValueError(`an encrypted payload failed authentication under key "${keyId}"`);
      }
      const decoded = temporal.api.common.v1.Payload.decode(plain);
      return { metadata: decoded.metadata, data: decoded.data };
    });
  }
}

/** failure-converter.js next to this module (its sources under vitest: workflow bundles read TypeScript). */
export const failureConverterPath = fileURLToPath(
  new URL(`./failure-converter.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url),
);

/**
 * The data converter of every Ladder client and worker: JSON payloads, then this codec; failure
 * messages and stack traces encoded as payloads (failure-converter.ts), so the codec encrypts them too.
 */
export const ladderDataConverter = (keyring: PayloadKeyring) => ({
  payloadCodecs: [new EncryptionCodec(keyring)],
  failureConverterPath,
});
