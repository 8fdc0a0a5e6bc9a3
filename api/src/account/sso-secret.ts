import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { PayloadKeyring } from '@ladder/contracts/payload-codec';

const CIPHER = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The authenticated data: a sealed secret opens only for its workspace and under its key id (no copy to another workspace). */
const aad = (workspaceId: string, keyId: string) => Buffer.from(`workspace-sso:${workspaceId}:${keyId}`, 'utf8');

/**
 * A workspace's OIDC client secret sealed with the deployment's keyring (LADDER_PAYLOAD_KEYS, the
 * keys of the Temporal payload codec): AES-256-GCM, a random IV, `v1.<key id>.<base64url of IV,
 * ciphertext, tag>`. The first key seals, every listed key opens, so the keys rotate as the codec's do.
 */
export function sealSecret(keyring: PayloadKeyring, workspaceId: string, secret: string): string {
  const keyId = keyring.currentKeyId;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(CIPHER, keyring.keys.get(keyId)!, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad(workspaceId, keyId));
  const sealed = Buffer.concat([iv, cipher.update(secret, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return `v1.${keyId}.${sealed.toString('base64url')}`;
}

/** The secret, or an Error naming the key when it is not in the ring or the value was tampered with. */
export function openSecret(keyring: PayloadKeyring, workspaceId: string, sealedValue: string): string {
  const [version, keyId, data] = sealedValue.split('.');
  if (version !== 'v1' || !keyId || !data) throw new Error('the SSO client secret is not sealed in a known format');
  const key = keyring.keys.get(keyId);
  if (!key) throw new Error(`the SSO client secret was sealed with key "${keyId}", which LADDER_PAYLOAD_KEYS no longer lists`);
  const sealed = Buffer.from(data, 'base64url');
  if (sealed.length < IV_BYTES + TAG_BYTES) throw new Error('the sealed SSO client secret is too short');
  const decipher = createDecipheriv(CIPHER, key, sealed.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
  decipher.setAAD(aad(workspaceId, keyId));
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    throw new Error(`the sealed SSO client secret failed authentication under key "${keyId}"`);
  }
}
