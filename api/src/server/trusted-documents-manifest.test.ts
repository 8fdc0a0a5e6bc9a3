import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePayloadKey } from '@ladder/contracts/payload-codec';
import { buildSchema, getOperationAST, Kind, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Principal } from '../common/context.js';
import { ApiKeyRole } from '../common/enums.js';
import { ConfigError, loadConfig } from '../config.js';
import { DEFAULT_MANIFEST_PATH, documentHash, parseManifest, TrustedDocuments } from './trusted-documents.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const manifest = parseManifest(readFileSync(DEFAULT_MANIFEST_PATH, 'utf8'));

const operationNames = (text: string) =>
  parse(text).definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : []));

describe("the console's manifest", () => {
  it('registers exactly the operations of console/src/graphql', () => {
    const dir = join(ROOT, 'console/src/graphql');
    const written = readdirSync(dir)
      .filter((f) => f.endsWith('.graphql'))
      .flatMap((f) => operationNames(readFileSync(join(dir, f), 'utf8')));
    const registered = [...manifest.values()].map((text) => getOperationAST(parse(text))?.name?.value);
    expect(registered.sort()).toEqual(written.sort());
  });

  it("hashes every document as the API does (codegen's normalization), so the console's text finds its entry", () => {
    for (const [hash, text] of manifest) expect(documentHash(text)).toBe(hash);
  });

  it('holds documents valid against the committed schema', () => {
    const schema = buildSchema(readFileSync(join(ROOT, 'schema/schema.graphql'), 'utf8'));
    for (const text of manifest.values()) expect(validate(schema, parse(text)).map((e) => e.message)).toEqual([]);
  });

  it('is refused when an entry is not the hash of its document', () => {
    const [[hash, text]] = manifest;
    expect(() => parseManifest(JSON.stringify({ [`sha256:${hash}`]: `${text} ` }))).toThrow(/not the hash of its document/);
    expect(() => parseManifest(JSON.stringify({ [hash]: text }))).toThrow(/invalid entry/);
  });
});

describe('TrustedDocuments.resolve', () => {
  const [[hash, text]] = manifest;
  const user: Principal = { kind: 'user', userId: 'u', sessionId: 's', workspaceId: 'w', role: ApiKeyRole.VIEWER, keyId: null };
  const key: Principal = { kind: 'api-key', keyId: 'k', workspaceId: 'w', role: ApiKeyRole.VIEWER };
  const apq = (h: string) => ({ persistedQuery: { version: 1, sha256Hash: h } });
  const code = (r: ReturnType<TrustedDocuments['resolve']>) => (r.ok ? null : r.error.extensions.code);

  it('off: hashes are never found, text always runs', () => {
    const off = TrustedDocuments.of('off', manifest);
    expect(code(off.resolve({ extensions: apq(hash) }, user))).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(off.resolve({ query: '{ me { kind } }', extensions: apq(hash) }, user)).toEqual({ ok: true, query: '{ me { kind } }' });
  });

  it('required: registered documents for everyone, ad-hoc ones for API keys only', () => {
    const on = TrustedDocuments.of('required', manifest);
    expect(on.resolve({ documentId: `sha256:${hash.toUpperCase()}` }, user)).toEqual({ ok: true, query: text });
    expect(code(on.resolve({ query: '{ me { kind } }' }, user))).toBe('TRUSTED_DOCUMENT_REQUIRED');
    expect(code(on.resolve({ query: '{ me { kind } }' }, { kind: 'anonymous' }))).toBe('TRUSTED_DOCUMENT_REQUIRED');
    expect(code(on.resolve({ query: '{ syntax error' }, user))).toBe('TRUSTED_DOCUMENT_REQUIRED');
    expect(on.resolve({ query: '{ me { kind } }' }, key)).toEqual({ ok: true, query: '{ me { kind } }' });
  });
});

describe('LADDER_TRUSTED_DOCUMENTS', () => {
  const base = { DATABASE_URL: 'postgres://u:p@localhost:5432/db', LADDER_PAYLOAD_KEYS: generatePayloadKey('k1') };

  it('defaults to required in production and allowed elsewhere; the manifest path is optional', () => {
    expect(loadConfig(base).trustedDocuments).toEqual({ mode: 'allowed', manifestPath: undefined });
    expect(loadConfig({ ...base, NODE_ENV: 'production' }).trustedDocuments.mode).toBe('required');
    const set = loadConfig({
      ...base,
      NODE_ENV: 'production',
      LADDER_TRUSTED_DOCUMENTS: 'off',
      LADDER_TRUSTED_DOCUMENTS_MANIFEST: 'm.json',
    });
    expect(set.trustedDocuments).toEqual({ mode: 'off', manifestPath: 'm.json' });
  });

  it('refuses another value, and a required API without its manifest does not start', () => {
    expect(() => loadConfig({ ...base, LADDER_TRUSTED_DOCUMENTS: 'on' })).toThrow(ConfigError);
    expect(() => TrustedDocuments.load({ mode: 'required', manifestPath: join(ROOT, 'no-such-manifest.json') })).toThrow(
      /needs the manifest/,
    );
    const warnings: string[] = [];
    const allowed = TrustedDocuments.load(
      { mode: 'allowed', manifestPath: join(ROOT, 'no-such-manifest.json') },
      { warn: (m) => warnings.push(m) },
    );
    expect(allowed.size).toBe(0);
    expect(warnings).toHaveLength(1);
  });
});
