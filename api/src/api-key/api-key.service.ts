import { createHash, randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { ApiKeyPrincipal } from '../common/context.js';
import { type ApiKeyRole } from '../common/enums.js';
import { DEFAULT_WORKSPACE_SLUG } from '../workspace/workspace.entity.js';

/**
 * Secrets are 32 random bytes, so a fast hash is enough: there is nothing to brute-force, unlike
 * a password. The hash is what the database holds; the secret is shown once, at creation.
 */
export const hashSecret = (secret: string) => createHash('sha256').update(secret, 'utf8').digest('hex');

export const generateApiKeySecret = () => `ldr_${randomBytes(32).toString('base64url')}`;

const CACHE_TTL_MS = 10_000;

/** Resolves bearer secrets to principals, caching hits briefly so a request costs no extra query. */
export class ApiKeyService {
  private readonly cache = new Map<string, { principal: ApiKeyPrincipal | null; expires: number }>();

  constructor(private readonly db: DataSource) {}

  async authenticate(secret: string): Promise<ApiKeyPrincipal | null> {
    const hash = hashSecret(secret);
    const cached = this.cache.get(hash);
    if (cached && cached.expires > Date.now()) return cached.principal;
    const rows: { id: string; workspace_id: string; role: ApiKeyRole }[] = await this.db.query(
      `WITH used AS (
         UPDATE api_key SET last_used_at = now() WHERE secret_hash = $1 AND revoked_at IS NULL
         RETURNING id, workspace_id, role)
       SELECT * FROM used`,
      [hash],
    );
    const row = rows[0];
    const principal: ApiKeyPrincipal | null = row
      ? { kind: 'api-key', keyId: row.id, workspaceId: row.workspace_id, role: row.role }
      : null;
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(hash, { principal, expires: Date.now() + CACHE_TTL_MS });
    return principal;
  }
}

export async function ensureDefaultWorkspace(em: EntityManager): Promise<string> {
  const rows: { id: string }[] = await em.query(
    `INSERT INTO workspace (slug, name) VALUES ($1, 'Default workspace')
     ON CONFLICT (slug) DO UPDATE SET slug = EXCLUDED.slug RETURNING id`,
    [DEFAULT_WORKSPACE_SLUG],
  );
  return rows[0].id;
}

/** Makes sure an admin key with exactly this secret exists in the default workspace. Idempotent. */
export async function ensureBootstrapApiKey(db: DataSource, secret: string): Promise<void> {
  await db.transaction(async (em) => {
    const workspaceId = await ensureDefaultWorkspace(em);
    await em.query(
      `INSERT INTO api_key (workspace_id, name, role, prefix, secret_hash)
       VALUES ($1, 'bootstrap', 'admin', $2, $3)
       ON CONFLICT (secret_hash) DO UPDATE SET revoked_at = NULL, role = 'admin', workspace_id = EXCLUDED.workspace_id`,
      [workspaceId, secret.slice(0, 8), hashSecret(secret)],
    );
  });
}
