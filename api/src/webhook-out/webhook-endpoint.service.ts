import { randomBytes } from 'node:crypto';
import { MAX_WEBHOOK_ENDPOINTS } from '@ladder/contracts';
import { resolveWebhookUrl, WebhookUrlError } from '@ladder/contracts/webhook-url';
import type { EntityManager } from 'typeorm';
import { type RequestContext } from '../common/context.js';
import { LadderError, notFound } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import { requireWebhookAdmin } from './webhook-admin.js';
import type {
  CreatedWebhookEndpoint,
  CreateWebhookEndpointInput,
  UpdateWebhookEndpointInput,
  WebhookEndpoint,
} from './webhook-out.types.js';
import type { WebhookDisabledReason, WebhookEventKind } from '../common/enums.js';

/** Standard Webhooks secrets: `whsec_` and 24 random bytes in base64. */
export const generateWebhookSecret = () => `whsec_${randomBytes(24).toString('base64')}`;

const COLUMNS = `id, url, description, events, enabled, disabled_reason, disabled_at, failing_since, created_at, updated_at`;

interface EndpointRow {
  id: string;
  url: string;
  description: string | null;
  events: WebhookEventKind[];
  enabled: boolean;
  disabled_reason: WebhookDisabledReason | null;
  disabled_at: Date | null;
  failing_since: Date | null;
  created_at: Date;
  updated_at: Date;
}

const toEndpoint = (r: EndpointRow): WebhookEndpoint => ({
  id: r.id,
  url: r.url,
  description: r.description,
  events: r.events,
  enabled: r.enabled,
  disabledReason: r.disabled_reason,
  disabledAt: r.disabled_at,
  failingSince: r.failing_since,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const normalise = (description: string | null | undefined) => description?.trim() || null;

/**
 * A workspace's webhook endpoints (admin keys only: a URL may carry a receiver's token, and an
 * endpoint can send the workspace's events anywhere). The URL is checked after DNS resolution here
 * and again by the worker before every request. The secret is stored because every request is
 * signed with it; it leaves the API only in createWebhookEndpoint's answer.
 */
export class WebhookEndpointService {
  constructor(
    private readonly options: {
      allowPrivate: boolean;
      resolve?: (host: string) => Promise<{ address: string; family: number }[]>;
    },
  ) {}

  async list(ctx: RequestContext): Promise<WebhookEndpoint[]> {
    const { workspaceId } = requireWebhookAdmin(ctx);
    const rows: EndpointRow[] = await ctx.db.query(
      `SELECT ${COLUMNS} FROM webhook_endpoint WHERE workspace_id = $1 ORDER BY created_at, id`,
      [workspaceId],
    );
    return rows.map(toEndpoint);
  }

  async create(ctx: RequestContext, input: CreateWebhookEndpointInput): Promise<CreatedWebhookEndpoint> {
    const { workspaceId, keyId } = requireWebhookAdmin(ctx);
    const url = await this.checkUrl(input.url);
    const secret = generateWebhookSecret();
    const row = await ctx.db.transaction(async (em) => {
      // Locked so two creations cannot both pass the limit.
      await em.query(`SELECT 1 FROM workspace WHERE id = $1 FOR UPDATE`, [workspaceId]);
      const [{ n }]: { n: number }[] = await em.query(`SELECT count(*)::int AS n FROM webhook_endpoint WHERE workspace_id = $1`, [
        workspaceId,
      ]);
      if (n >= MAX_WEBHOOK_ENDPOINTS) {
        throw new LadderError('WEBHOOK_ENDPOINT_LIMIT', `A workspace has at most ${MAX_WEBHOOK_ENDPOINTS} webhook endpoints`, {
          max: MAX_WEBHOOK_ENDPOINTS,
        });
      }
      const [inserted]: EndpointRow[] = await em.query(
        `INSERT INTO webhook_endpoint (workspace_id, url, description, events, secret, created_by)
         VALUES ($1, $2, $3, $4::text[], $5, $6) RETURNING ${COLUMNS}`,
        [workspaceId, url, normalise(input.description), [...new Set(input.events)], secret, keyId],
      );
      return inserted;
    });
    return { endpoint: toEndpoint(row), secret };
  }

  async update(ctx: RequestContext, input: UpdateWebhookEndpointInput): Promise<WebhookEndpoint> {
    const { workspaceId } = requireWebhookAdmin(ctx);
    const url = input.url == null ? null : await this.checkUrl(input.url);
    return ctx.db.transaction(async (em) => {
      const found = await this.lock(em, workspaceId, input.id);
      const enabled = input.enabled ?? found.enabled;
      // TypeORM answers an UPDATE with [rows, affected count].
      const [[row]]: [EndpointRow[], number] = await em.query(
        `UPDATE webhook_endpoint SET url = $3, description = $4, events = $5::text[], enabled = $6,
           disabled_reason = CASE WHEN $6 THEN NULL WHEN enabled THEN 'manual' ELSE disabled_reason END,
           disabled_at = CASE WHEN $6 THEN NULL WHEN enabled THEN now() ELSE disabled_at END,
           failing_since = CASE WHEN $6 AND NOT enabled THEN NULL ELSE failing_since END,
           updated_at = now()
         WHERE id = $1 AND workspace_id = $2 RETURNING ${COLUMNS}`,
        [
          found.id,
          workspaceId,
          url ?? found.url,
          input.description === undefined ? found.description : normalise(input.description),
          input.events ? [...new Set(input.events)] : found.events,
          enabled,
        ],
      );
      return toEndpoint(row);
    });
  }

  /** Deletes the endpoint with its delivery log; events stay for other endpoints. */
  async delete(ctx: RequestContext, id: string): Promise<WebhookEndpoint> {
    const { workspaceId } = requireWebhookAdmin(ctx);
    return ctx.db.transaction(async (em) => {
      const found = await this.lock(em, workspaceId, id);
      await em.query(`DELETE FROM webhook_endpoint WHERE id = $1 AND workspace_id = $2`, [found.id, workspaceId]);
      return toEndpoint(found);
    });
  }

  private async lock(em: EntityManager, workspaceId: string, id: string): Promise<EndpointRow> {
    const rows: EndpointRow[] = isUuid(id)
      ? await em.query(`SELECT ${COLUMNS} FROM webhook_endpoint WHERE id = $1 AND workspace_id = $2 FOR UPDATE`, [id, workspaceId])
      : [];
    if (!rows.length) throw notFound('WEBHOOK_ENDPOINT_NOT_FOUND', 'Webhook endpoint', id);
    return rows[0];
  }

  private async checkUrl(raw: string): Promise<string> {
    try {
      const { url } = await resolveWebhookUrl(raw.trim(), { allowPrivate: this.options.allowPrivate, resolve: this.options.resolve });
      return url.href;
    } catch (error) {
      if (!(error instanceof WebhookUrlError)) throw error;
      throw new LadderError('INVALID_WEBHOOK_URL', error.message, { field: 'url', reason: error.problem });
    }
  }
}
