import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/context.js';
import type { SsoService } from './sso.service.js';
import { ConfigureWorkspaceSsoInput, WorkspaceSso } from './sso.types.js';

@Resolver()
export class SsoResolver {
  constructor(private readonly sso: SsoService) {}

  @Query(() => WorkspaceSso, { nullable: true, description: "The workspace's single sign-on provider, or null (admins only)" })
  workspaceSso(@Ctx() ctx: RequestContext): Promise<WorkspaceSso | null> {
    return this.sso.get(ctx);
  }

  @Mutation(() => WorkspaceSso, {
    description:
      "Sets the workspace's OpenID provider (admins only). The client secret is sealed at rest and never returned; " +
      'people of the allowed domains sign in with it and join as viewers the first time',
  })
  configureWorkspaceSso(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ConfigureWorkspaceSsoInput) input: ConfigureWorkspaceSsoInput,
  ): Promise<WorkspaceSso> {
    return this.sso.configure(ctx, input);
  }

  @Mutation(() => Boolean, { description: "Removes the workspace's single sign-on (admins only); answers whether there was one" })
  removeWorkspaceSso(@Ctx() ctx: RequestContext): Promise<boolean> {
    return this.sso.remove(ctx);
  }
}
