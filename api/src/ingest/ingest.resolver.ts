import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/context.js';
import type { IngestService } from './ingest.service.js';
import { ImportBatch, ImportBatchesArgs, IngestResponsesInput, IngestResult } from './ingest.types.js';

@Resolver()
export class IngestResolver {
  constructor(private readonly ingest: IngestService) {}

  @Mutation(() => IngestResult, {
    description: 'Idempotent upsert of survey responses into a wave by externalId, all or nothing, at most 1,000 per call',
  })
  ingestResponses(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => IngestResponsesInput) input: IngestResponsesInput,
  ): Promise<IngestResult> {
    return this.ingest.ingestResponses(ctx, input);
  }

  @Query(() => [ImportBatch], { description: "A wave's imports, ingest calls and webhook deliveries, newest first (lineage)" })
  importBatches(@Ctx() ctx: RequestContext, @Args(() => ImportBatchesArgs) args: ImportBatchesArgs): Promise<ImportBatch[]> {
    return this.ingest.importBatches(ctx, args);
  }
}
