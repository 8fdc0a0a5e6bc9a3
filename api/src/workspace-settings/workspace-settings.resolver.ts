import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/context.js';
import type { WorkspaceSettingsService } from './workspace-settings.service.js';
import { UpdateWorkspaceSettingsInput, WorkspaceSettings } from './workspace-settings.types.js';

@Resolver(() => WorkspaceSettings)
export class WorkspaceSettingsResolver {
  constructor(private readonly service: WorkspaceSettingsService) {}

  @Query(() => WorkspaceSettings, { description: "The caller's workspace settings" })
  workspaceSettings(@Ctx() ctx: RequestContext): Promise<WorkspaceSettings> {
    return this.service.get(ctx);
  }

  @Mutation(() => WorkspaceSettings, {
    description: 'Admin only. Sets how long interviews are kept (the daily retention run erases older ones)',
  })
  updateWorkspaceSettings(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateWorkspaceSettingsInput) input: UpdateWorkspaceSettingsInput,
  ): Promise<WorkspaceSettings> {
    return this.service.update(ctx, input);
  }

  @Mutation(() => WorkspaceSettings, {
    description:
      'Admin only. Replaces the partner origins that may embed the respondent chat: exact https origins (http for localhost ' +
      'outside production), at most 20; EMBED_ORIGIN_INVALID names the first one refused',
  })
  updateEmbedOrigins(@Ctx() ctx: RequestContext, @Arg('origins', () => [String]) origins: string[]): Promise<WorkspaceSettings> {
    return this.service.updateEmbedOrigins(ctx, origins);
  }
}
