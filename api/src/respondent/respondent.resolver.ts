import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireWorkspace, type RequestContext } from '../common/context.js';
import type { CsvImportService } from './import/csv-import.service.js';
import { Respondent } from './respondent.entity.js';
import type { RespondentService } from './respondent.service.js';
import { ImportRespondentsInput, ImportRespondentsResult, RespondentConnection, RespondentsArgs } from './respondent.types.js';

@Resolver(() => Respondent)
export class RespondentResolver {
  constructor(
    private readonly respondentService: RespondentService,
    private readonly imports: CsvImportService,
  ) {}

  @Query(() => RespondentConnection)
  respondents(@Ctx() ctx: RequestContext, @Args(() => RespondentsArgs) args: RespondentsArgs): Promise<RespondentConnection> {
    return this.respondentService.list(ctx, args);
  }

  @Mutation(() => ImportRespondentsResult, { description: 'All-or-nothing CSV import into a wave' })
  importRespondents(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ImportRespondentsInput) input: ImportRespondentsInput,
  ): Promise<ImportRespondentsResult> {
    return this.imports.importRespondents(ctx, input.waveId, input.csv, input.dryRun);
  }

  /**
   * Personal data (email, comment) is for keys that may read: an ingest key that reaches a
   * respondent (startInterview's session) gets FORBIDDEN on these fields, not the data.
   */
  @FieldResolver(() => String, { nullable: true, description: 'Contact detail, kept apart from attributes; keys that may read only' })
  email(@Root() r: Respondent, @Ctx() ctx: RequestContext): Promise<string | null> {
    requireWorkspace(ctx, 'read');
    return ctx.loaders.email.load(r.id);
  }

  @FieldResolver(() => String, { nullable: true, description: "The survey's free-text answer; keys that may read only" })
  comment(@Root() r: Respondent, @Ctx() ctx: RequestContext): string | null {
    requireWorkspace(ctx, 'read');
    return r.comment;
  }
}
