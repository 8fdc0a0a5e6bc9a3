import { requireWorkspace, type RequestContext } from '../common/context.js';
import { parseEmbedOrigins, type EmbedOriginRules } from '../embed/embed-origins.js';
import { requireAdmin } from './require-admin.js';
import type { UpdateWorkspaceSettingsInput, WorkspaceSettings } from './workspace-settings.types.js';

interface SettingsRow {
  transcript_retention_days: number | null;
  embed_origins: string[];
}

const COLUMNS = 'transcript_retention_days, embed_origins';
const toSettings = (r: SettingsRow): WorkspaceSettings => ({
  transcriptRetentionDays: r.transcript_retention_days,
  embedOrigins: r.embed_origins,
});

export class WorkspaceSettingsService {
  constructor(private readonly embedRules: EmbedOriginRules = { allowLoopbackHttp: false }) {}

  async get(ctx: RequestContext): Promise<WorkspaceSettings> {
    const workspaceId = requireWorkspace(ctx, 'read');
    const [row]: SettingsRow[] = await ctx.db.query(`SELECT ${COLUMNS} FROM workspace WHERE id = $1`, [workspaceId]);
    return toSettings(row);
  }

  /** Replaces the partner origins (admin); the audit log records the change like every mutation. */
  async updateEmbedOrigins(ctx: RequestContext, origins: readonly string[]): Promise<WorkspaceSettings> {
    const { workspaceId } = requireAdmin(ctx, 'change the partner origins');
    const parsed = parseEmbedOrigins(origins, this.embedRules);
    const [[row]]: [SettingsRow[], number] = await ctx.db.query(
      `UPDATE workspace SET embed_origins = $2::text[] WHERE id = $1 RETURNING ${COLUMNS}`,
      [workspaceId, parsed],
    );
    return toSettings(row);
  }

  /** Absent fields are left as they are; a null retention keeps interviews forever. */
  async update(ctx: RequestContext, input: UpdateWorkspaceSettingsInput): Promise<WorkspaceSettings> {
    const { workspaceId } = requireAdmin(ctx, 'change the workspace settings');
    const [[row]]: [SettingsRow[], number] = await ctx.db.query(
      `UPDATE workspace SET transcript_retention_days = CASE WHEN $2 THEN $3::integer ELSE transcript_retention_days END
       WHERE id = $1 RETURNING ${COLUMNS}`,
      [workspaceId, input.transcriptRetentionDays !== undefined, input.transcriptRetentionDays ?? null],
    );
    return toSettings(row);
  }
}
