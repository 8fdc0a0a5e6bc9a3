import { existsSync } from 'node:fs';
import {
  ApplicationFailure,
  defaultFailureConverter,
  defaultPayloadConverter,
  METADATA_ENCODING_KEY,
  type Payload,
} from '@temporalio/common';
import { decodeFailure, encodeErrorToFailure } from '@temporalio/common/lib/internal-non-workflow/index.js';
import proto from '@temporalio/proto';
import { describe, expect, it } from 'vitest';
import { failureConverter } from './failure-converter.js';
import { EncryptionCodec, generatePayloadKey, ladderDataConverter, parsePayloadKeys, type PayloadKeyring } from './payload-codec.js';

const { temporal } = proto;

const ring = (...ids: string[]): PayloadKeyring => parsePayloadKeys(ids.map(generatePayloadKey).join(','));
const json = (value: unknown) => defaultPayloadConverter.toPayload(value)!;
const str = (bytes: Uint8Array | null | undefined) => Buffer.from(bytes ?? new Uint8Array()).toString('utf8');
const MARKER = 'marker-7f3a respondent@example.com';

describe('EncryptionCodec', () => {
  it('encrypts the whole payload: binary/encrypted, the key id, no plain text, a fresh IV each time', async () => {
    const codec = new EncryptionCodec(ring('k1'));
    const [a, b] = await codec.encode([json({ text: MARKER }), json({ text: MARKER })]);
    expect(str(a.metadata![METADATA_ENCODING_KEY])).toBe('binary/encrypted');
    expect(str(a.metadata!['encryption-key-id'])).toBe('k1');
    expect(Object.keys(a.metadata!).sort()).toEqual(['encoding', 'encryption-cipher', 'encryption-key-id']);
    for (const p of [a, b]) {
      expect(Buffer.from(p.data!).includes(Buffer.from('marker-7f3a'))).toBe(false);
      expect(Buffer.from(p.data!).includes(Buffer.from('json/plain'))).toBe(false);
    }
    expect(Buffer.from(a.data!).subarray(0, 12).equals(Buffer.from(b.data!).subarray(0, 12))).toBe(false);
    const decoded = await codec.decode([a, b]);
    expect(decoded.map((p) => defaultPayloadConverter.fromPayload(p))).toEqual([{ text: MARKER }, { text: MARKER }]);
    expect(str(decoded[0].metadata![METADATA_ENCODING_KEY])).toBe('json/plain');
  });

  it('keeps undefined (binary/null) and empty arrays', async () => {
    const codec = new EncryptionCodec(ring('k1'));
    expect(await codec.encode([])).toEqual([]);
    const [sealed] = await codec.encode([json(undefined)]);
    const [back] = await codec.decode([sealed]);
    expect(defaultPayloadConverter.fromPayload(back)).toBeUndefined();
  });

  it('passes through payloads that are not encrypted (histories recorded before the codec)', async () => {
    const plain = json({ sessionId: 's1' });
    expect(await new EncryptionCodec(ring('k1')).decode([plain])).toEqual([plain]);
  });

  it('rotates: the first key encrypts, older keys still decrypt, a missing key is an error', async () => {
    const old = ring('k1');
    const sealedOld = await new EncryptionCodec(old).encode([json('before rotation')]);
    const rotatedValue = `${generatePayloadKey('k2')},k1:${old.keys.get('k1')!.toString('base64')}`;
    const rotated = new EncryptionCodec(parsePayloadKeys(rotatedValue));
    const [sealedNew] = await rotated.encode([json('after rotation')]);
    expect(str(sealedNew.metadata!['encryption-key-id'])).toBe('k2');
    const decoded = await rotated.decode([...sealedOld, sealedNew]);
    expect(decoded.map((p) => defaultPayloadConverter.fromPayload(p))).toEqual(['before rotation', 'after rotation']);
    await expect(new EncryptionCodec(old).decode([sealedNew])).rejects.toThrow(/no payload key "k2"/);
  });

  it('refuses a tampered payload or one whose key id was swapped', async () => {
    const keys = ring('k1', 'k2');
    const codec = new EncryptionCodec(keys);
    const [sealed] = await codec.encode([json(MARKER)]);
    const flipped = Buffer.from(sealed.data!);
    flipped[20] ^= 1;
    await expect(codec.decode([{ ...sealed, data: flipped }])).rejects.toThrow(/failed authentication/);
    const swapped: Payload = { ...sealed, metadata: { ...sealed.metadata, 'encryption-key-id': Buffer.from('k2') } };
    await expect(codec.decode([swapped])).rejects.toThrow(/failed authentication under key "k2"/);
  });
});

describe('parsePayloadKeys', () => {
  it('reads id:base64 pairs in order, base64url too', () => {
    const a = Buffer.alloc(32, 1);
    const b = Buffer.alloc(32, 2);
    const keys = parsePayloadKeys(` k2:${a.toString('base64')} , k1:${b.toString('base64url')}`);
    expect(keys.currentKeyId).toBe('k2');
    expect([...keys.keys.keys()]).toEqual(['k2', 'k1']);
    expect(keys.keys.get('k1')).toEqual(b);
  });

  it('lists every problem: short key, duplicate id, missing id', () => {
    const good = generatePayloadKey('k1');
    expect(() => parsePayloadKeys(`k1:c2hvcnQ=,${good},${good},:abc`)).toThrow(
      /key "k1": must be 32 bytes[\s\S]*key 3: the id "k1" is used twice[\s\S]*key 4: expected id:base64key/,
    );
    expect(() => parsePayloadKeys(' , ')).toThrow(/no key/);
  });
});

describe('failures through the data converter', () => {
  // What a worker or client does with a thrown error: the failure converter named by the data
  // converter, then the codecs over the failure's payloads (the SDK's own helpers).
  const loaded = (keyring: PayloadKeyring) => ({
    payloadConverter: defaultPayloadConverter,
    failureConverter,
    payloadCodecs: ladderDataConverter(keyring).payloadCodecs,
  });

  it('names the failure converter by a path that exists', () => {
    const { failureConverterPath } = ladderDataConverter(ring('k1'));
    expect(failureConverterPath).toMatch(/failure-converter\.(ts|js)$/);
    expect(existsSync(failureConverterPath)).toBe(true);
  });

  it('carries a failure message and stack trace encrypted, and restores them on decoding', async () => {
    const converter = loaded(ring('k1'));
    const cause = new Error(`the model refused: ${MARKER}`);
    // encodeErrorToFailure runs the failure converter and then the codecs, as a worker does.
    const encoded = await encodeErrorToFailure(converter, ApplicationFailure.create({ message: `activity failed: ${MARKER}`, cause }));
    const bytes = Buffer.from(temporal.api.failure.v1.Failure.encode(encoded).finish());
    expect(bytes.includes(Buffer.from('marker-7f3a'))).toBe(false);
    expect(encoded.message).toBe('Encoded failure');
    expect(encoded.stackTrace).toBe('');
    expect(str(encoded.encodedAttributes?.metadata?.[METADATA_ENCODING_KEY])).toBe('binary/encrypted');
    const error = converter.failureConverter.failureToError(await decodeFailure(converter.payloadCodecs, encoded), defaultPayloadConverter);
    expect(error.message).toBe(`activity failed: ${MARKER}`);
    expect((error.cause as Error | undefined)?.message).toBe(`the model refused: ${MARKER}`);
  });

  it('still reads failures recorded in plain text before the converter (committed histories)', async () => {
    const converter = loaded(ring('k1'));
    const plain = defaultFailureConverter.errorToFailure(
      ApplicationFailure.create({ message: 'plain old failure' }),
      defaultPayloadConverter,
    );
    const error = converter.failureConverter.failureToError(await decodeFailure(converter.payloadCodecs, plain), defaultPayloadConverter);
    expect(error.message).toBe('plain old failure');
  });
});
