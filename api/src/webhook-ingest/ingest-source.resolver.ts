import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/context.js';
import { Wave } from '../wave/wave.entity.js';
import { IngestSourceKind } from '../common/enums.js';
import type { IngestSourceService } from './ingest-source.service.js';
import { ConfigureIngestSourceInput, IngestSource, IngestSourceSecret } from './ingest-source.types.js';

@Resolver()
export class IngestSourceResolver {
  constructor(private readonly sources: IngestSourceService) {}

  @Mutation(() => IngestSourceSecret, {
    description:
      'Lets a survey tool post responses to the wave (POST url, signed; docs/ingest-webhooks.md). Creates the source with a new ' +
      'secret, shown only in this answer, or updates its mapping and keeps the secret (then secret is null)',
  })
  configureIngestSource(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ConfigureIngestSourceInput) input: ConfigureIngestSourceInput,
  ): Promise<IngestSourceSecret> {
    return this.sources.configure(ctx, input);
  }

  @Mutation(() => IngestSourceSecret, { description: 'A new signing secret, shown only in this answer; the old one stops working at once' })
  rotateIngestSecret(
    @Ctx() ctx: RequestContext,
    @Arg('waveId', () => ID) waveId: string,
    @Arg('source', () => IngestSourceKind) source: IngestSourceKind,
  ): Promise<IngestSourceSecret> {
    return this.sources.rotate(ctx, waveId, source);
  }
}

@Resolver(() => Wave)
export class WaveIngestSourcesResolver {
  constructor(private readonly sources: IngestSourceService) {}

  @FieldResolver(() => [IngestSource], { description: 'Survey tools posting responses to this wave by webhook (never their secrets)' })
  async ingestSources(@Root() wave: Wave, @Ctx() ctx: RequestContext): Promise<IngestSource[]> {
    return (await ctx.loaders.ingestSourcesByWave.load(wave.id)).map((row) => this.sources.withUrl(row));
  }
}
