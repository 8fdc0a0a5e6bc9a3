import { historyToJSON } from '@temporalio/common/lib/proto-utils.js';
import { EncryptionCodec, generatePayloadKey, ladderDataConverter, parsePayloadKeys } from '@ladder/contracts/payload-codec';

/** A key of this test run's own: workers and clients of the workflow tests share it. */
export const TEST_PAYLOAD_KEYS = parsePayloadKeys(generatePayloadKey('test'));
export const testDataConverter = ladderDataConverter(TEST_PAYLOAD_KEYS);

interface JsonPayload {
  metadata: Record<string, string>;
  data?: string;
}

const isPayload = (value: unknown): value is JsonPayload =>
  typeof value === 'object' && value !== null && typeof (value as JsonPayload).metadata?.encoding === 'string';

const fromJson = (p: JsonPayload) => ({
  metadata: Object.fromEntries(Object.entries(p.metadata).map(([k, v]) => [k, Buffer.from(v, 'base64')])),
  data: p.data === undefined ? undefined : Buffer.from(p.data, 'base64'),
});

/** Never passed through codecs: search attributes, memos and headers; a local activity marker's own bookkeeping (`data`). */
const UNCODED = new Set(['searchAttributes', 'memo', 'header']);

/** Applies `transform` to every payload a codec sees in a history in its proto JSON form (as historyToJSON writes it). */
async function mapPayloads(history: unknown, transform: (p: JsonPayload) => Promise<JsonPayload>): Promise<unknown> {
  if (isPayload(history)) return transform(history);
  if (Array.isArray(history)) return Promise.all(history.map((v) => mapPayloads(v, transform)));
  if (typeof history === 'object' && history !== null) {
    const isMarker = 'markerName' in history;
    const entries = await Promise.all(
      Object.entries(history).map(async ([k, v]) => {
        if (UNCODED.has(k)) return [k, v] as const;
        if (isMarker && k === 'details')
          return [k, { ...v, ...(v.result ? { result: await mapPayloads(v.result, transform) } : {}) }] as const;
        return [k, await mapPayloads(v, transform)] as const;
      }),
    );
    return Object.fromEntries(entries);
  }
  return history;
}

const through = (codec: EncryptionCodec, direction: 'encode' | 'decode') => async (p: JsonPayload) => {
  const [out] = await codec[direction]([fromJson(p)]);
  return {
    metadata: Object.fromEntries(Object.entries(out.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v).toString('base64')])),
    ...(out.data?.length ? { data: Buffer.from(out.data).toString('base64') } : {}),
  };
};

/**
 * A recorded history with its payloads decrypted under the test key: committed histories stay
 * replayable by any key (the codec passes plain payloads through).
 */
export const decryptedHistory = async (history: unknown) => mapPayloads(history, through(new EncryptionCodec(TEST_PAYLOAD_KEYS), 'decode'));

/** The same history as an encrypting worker would have written it. */
export const encryptedHistory = async (history: unknown) => mapPayloads(history, through(new EncryptionCodec(TEST_PAYLOAD_KEYS), 'encode'));

/** What `npm run record-histories` commits: the history as JSON, decrypted. */
export const recordedHistoryJSON = async (history: Parameters<typeof historyToJSON>[0]): Promise<string> =>
  `${JSON.stringify(await decryptedHistory(JSON.parse(historyToJSON(history))), null, 2)}\n`;
