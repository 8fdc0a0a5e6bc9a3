import { createHash, randomBytes } from 'node:crypto';
import { EVENTS_CHANNEL, type ApiKeyRevokedEvent } from '@ladder/contracts';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { requirePermission, type ApiKeyPrincipal, type Caller, type RequestContext } from '../common/context.js';
import { ApiKeyRole } from '../common/enums.js';
import { LadderError, notFound } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import { DEFAULT_WORKSPACE_SLUG } from '../workspace/workspace.entity.js';
import { ApiKey } from './api-key.entity.js';
import type { ApiKeyList, ApiKeysArgs, CreateApiKeyInput, CreatedApiKey } from './api-key.types.js';

/**
 * Secrets are 32 random bytes, so a fast hash is enough: there is nothing to brute-force, unlike
 * a password. The hash is what the database holds; the secret is shown once, at creation.
 */
export const hashSecret = (secret: string) => createHash('sha256').update(secret, 'utf8').digest('hex');

export const generateApiKeySecret = () => `ldr_${randomBytes(32).toString('base64url')}`;

const CACHE_TTL_MS = 10_000;

/** Keys are managed by admin keys only: a key that makes keys can make itself any role. */
function requireAdmin(ctx: RequestContext): Caller {
  const p = requirePermission(ctx, 'write');
  if (p.role !== ApiKeyRole.ADMIN) throw new LadderError('FORBIDDEN', 'Only an admin key may list, create or revoke API keys.');
  return p;
}

/**
 * Resolves bearer secrets to principals, caching hits briefly so a request costs no extra query,
 * and manages a workspace's keys. A revocation is published on the events channel in its
 * transaction, so every API process forgets the key (`forget`) and closes its streams.
 */
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

  /** Drops a revoked key from the cache, so its next request is checked against the database. */
  forget(keyId: string): void {
    for (const [hash, entry] of this.cache) if (entry.principal?.keyId === keyId) this.cache.delete(hash);
  }

  async list(ctx: RequestContext, args: ApiKeysArgs): Promise<ApiKeyList> {
    const { workspaceId } = requireAdmin(ctx);
    const where = args.includeRevoked ? { workspaceId } : { workspaceId, revokedAt: IsNull() };
    const [items, totalCount] = await ctx.db
      .getRepository(ApiKey)
      .findAndCount({ where, order: { createdAt: 'DESC', id: 'ASC' }, take: args.first });
    return { items, totalCount };
  }

  async create(ctx: RequestContext, input: CreateApiKeyInput): Promise<CreatedApiKey> {
    const { workspaceId, keyId } = requireAdmin(ctx);
    const name = input.name.trim();
    if (!name) throw new LadderError('BAD_USER_INPUT', 'A key needs a name', { field: 'name' });
    const secret = generateApiKeySecret();
    const key = await ctx.db.getRepository(ApiKey).save({
      workspaceId,
      name,
      role: input.role,
      prefix: secret.slice(0, 8),
      secretHash: hashSecret(secret),
      createdBy: keyId,
      bootstrap: false,
    });
    return { key: await ctx.db.getRepository(ApiKey).findOneByOrFail({ id: key.id }), secret };
  }

  /**
   * Revokes a key of the caller's workspace (idempotent). The last working admin key cannot be
   * revoked (LAST_ADMIN_KEY): a workspace always keeps a key that can make keys. The workspace row
   * is locked so two admins revoking each other cannot both succeed.
   */
  async revoke(ctx: RequestContext, id: string): Promise<ApiKey> {
    const { workspaceId, keyId } = requireAdmin(ctx);
    if (!isUuid(id)) throw notFound('API_KEY_NOT_FOUND', 'API key', id);
    const key = await ctx.db.transaction(async (em) => {
      await em.query(`SELECT 1 FROM workspace WHERE id = $1 FOR UPDATE`, [workspaceId]);
      const repo = em.getRepository(ApiKey);
      const found = await repo.findOneBy({ id, workspaceId });
      if (!found) throw notFound('API_KEY_NOT_FOUND', 'API key', id);
      if (found.revokedAt) return found;
      if (found.role === ApiKeyRole.ADMIN) {
        const [{ n }]: { n: number }[] = await em.query(
          `SELECT count(*)::int AS n FROM api_key WHERE workspace_id = $1 AND role = 'admin' AND revoked_at IS NULL AND id <> $2`,
          [workspaceId, id],
        );
        if (n === 0) {
          throw new LadderError('LAST_ADMIN_KEY', 'This is the last working admin key of the workspace: create another admin key first.', {
            id,
          });
        }
      }
      await em.query(`UPDATE api_key SET revoked_at = now(), revoked_by = $2 WHERE id = $1`, [id, keyId]);
      const event: ApiKeyRevokedEvent = { type: 'api-key.revoked', workspaceId, keyId: id };
      // Delivered at commit to every API process's listener, this one included.
      await em.query(`SELECT pg_notify($1, $2)`, [EVENTS_CHANNEL, JSON.stringify(event)]);
      return repo.findOneByOrFail({ id });
    });
    this.forget(id);
    return key;
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

/**
 * Makes sure an admin key with exactly this secret exists in the default workspace. Idempotent,
 * and never undoes a revocation: a revoked bootstrap key keeps its row (and hash), so restarting
 * with the same secret leaves it revoked. A new secret makes a new key (the operator's way back in).
 */
export async function ensureBootstrapApiKey(db: DataSource, secret: string): Promise<void> {
  await db.transaction(async (em) => {
    const workspaceId = await ensureDefaultWorkspace(em);
    await em.query(
      `INSERT INTO api_key (workspace_id, name, role, prefix, secret_hash, bootstrap)
       VALUES ($1, 'bootstrap', 'admin', $2, $3, true)
       ON CONFLICT (secret_hash) DO NOTHING`,
      [workspaceId, secret.slice(0, 8), hashSecret(secret)],
    );
  });
}
