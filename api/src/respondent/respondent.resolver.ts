import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Permission, RequestContext } from '../common/context.js';
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
   * Personal data is checked at the field, whatever path reaches it: the email for keys that may
   * read contact details (admin, analyst), the comment for keys that may read respondents' words.
   * Others get FORBIDDEN on the field, not the data.
   */
  @Authorized<Permission>('contact')
  @FieldResolver(() => String, { nullable: true, description: 'Contact detail, kept apart from attributes; admin and analyst keys only' })
  email(@Root() r: Respondent, @Ctx() ctx: RequestContext): Promise<string | null> {
    return ctx.loaders.email.load(r.id);
  }

  @Authorized<Permission>('transcripts')
  @FieldResolver(() => String, { nullable: true, description: "The survey's free-text answer; keys that may read transcripts only" })
  comment(@Root() r: Respondent): string | null {
    return r.comment;
  }
}
