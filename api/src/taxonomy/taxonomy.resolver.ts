import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/context.js';
import { Study } from '../study/study.entity.js';
import { toEntries } from './crosswalk.js';
import { DriverTaxonomy } from './driver-taxonomy.entity.js';
import type { TaxonomyService } from './taxonomy.service.js';
import { CrosswalkEntry, TaxonomyCategory, UpdateTaxonomyInput } from './taxonomy.types.js';

@Resolver(() => DriverTaxonomy)
export class TaxonomyResolver {
  constructor(private readonly taxonomies: TaxonomyService) {}

  @Query(() => [DriverTaxonomy], { description: "Every version of a study's driver taxonomy, newest first" })
  taxonomyVersions(@Ctx() ctx: RequestContext, @Arg('studyId', () => ID) studyId: string): Promise<DriverTaxonomy[]> {
    return this.taxonomies.versions(ctx, studyId);
  }

  @Mutation(() => DriverTaxonomy, { description: "Saves an edit as a new version, with the crosswalk from the base version's drivers" })
  updateTaxonomy(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateTaxonomyInput) input: UpdateTaxonomyInput): Promise<DriverTaxonomy> {
    return this.taxonomies.update(ctx, input);
  }

  @FieldResolver(() => [TaxonomyCategory])
  categories(@Root() taxonomy: DriverTaxonomy): TaxonomyCategory[] {
    return taxonomy.content.categories;
  }

  @FieldResolver(() => [CrosswalkEntry], { description: "How the previous version's drivers map to this version's; empty for version 1" })
  crosswalk(@Root() taxonomy: DriverTaxonomy): CrosswalkEntry[] {
    return toEntries(taxonomy.crosswalk ?? {});
  }
}

@Resolver(() => Study)
export class StudyTaxonomyResolver {
  @FieldResolver(() => DriverTaxonomy, { nullable: true, description: "The latest version of the study's driver taxonomy" })
  taxonomy(@Root() study: Study, @Ctx() ctx: RequestContext): Promise<DriverTaxonomy | null> {
    return ctx.loaders.latestTaxonomy.load(study.id);
  }
}
