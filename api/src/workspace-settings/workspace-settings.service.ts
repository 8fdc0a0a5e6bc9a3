import { requireWorkspace, type RequestContext } from '../common/context.js';
import { requireAdmin } from './require-admin.js';
import type { UpdateWorkspaceSettingsInput, WorkspaceSettings } from './workspace-settings.types.js';

interface SettingsRow {
  transcript_retention_days: number | null;
}

const toSettings = (r: SettingsRow): WorkspaceSettings => ({ transcriptRetentionDays: r.transcript_retention_days });

export class WorkspaceSettingsService {
  async get(ctx: RequestContext): Promise<WorkspaceSettings> {
    const workspaceId = requireWorkspace(ctx, 'read');
    const [row]: SettingsRow[] = await ctx.db.query(`SELECT transcript_retention_days FROM workspace WHERE id = $1`, [workspaceId]);
    return toSettings(row);
  }

  /** Absent fields are left as they are; a null retention keeps interviews forever. */
  async update(ctx: RequestContext, input: UpdateWorkspaceSettingsInput): Promise<WorkspaceSettings> {
    const { workspaceId } = requireAdmin(ctx, 'change the workspace settings');
    const [[row]]: [SettingsRow[], number] = await ctx.db.query(
      `UPDATE workspace SET transcript_retention_days = CASE WHEN $2 THEN $3::integer ELSE transcript_retention_days END
       WHERE id = $1 RETURNING transcript_retention_days`,
      [workspaceId, input.transcriptRetentionDays !== undefined, input.transcriptRetentionDays ?? null],
    );
    return toSettings(row);
  }
}
