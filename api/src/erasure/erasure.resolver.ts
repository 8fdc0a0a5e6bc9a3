import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/context.js';
import type { ErasureService } from './erasure.service.js';
import { ErasureReceipt } from './erasure.types.js';

@Resolver(() => ErasureReceipt)
export class ErasureResolver {
  constructor(private readonly service: ErasureService) {}

  @Mutation(() => ErasureReceipt, {
    description:
      'Admin only. Erases a respondent and everything that holds their words or address (contact, interviews, codings, ' +
      'quotes, escalations, emails, the analyses of their wave that coded them) and their Temporal histories; keeps a tombstone',
  })
  eraseRespondent(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ErasureReceipt> {
    return this.service.eraseRespondent(ctx, id);
  }
}
