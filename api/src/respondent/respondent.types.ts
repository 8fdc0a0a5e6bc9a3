import { Max, MaxLength, Min } from 'class-validator';
import { Field, ArgsType, ID, InputType, Int, ObjectType } from 'type-graphql';
import { SegmentFilter } from '../segment/segment.types.js';
import { Respondent } from './respondent.entity.js';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ObjectType()
export class RespondentEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Respondent) node!: Respondent;
}

@ObjectType()
export class RespondentConnection {
  @Field(() => [RespondentEdge]) edges!: RespondentEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}

@InputType()
export class RespondentFilter extends SegmentFilter {
  @Field(() => ID, { nullable: true, description: 'Only respondents last written by this import batch (lineage)' })
  importBatchId?: string | null;
  @Field(() => String, { nullable: true, description: 'Only respondents from this source: csv, api, seed, preview or webhook:<tool>' })
  @MaxLength(40)
  source?: string | null;
}

@ArgsType()
export class RespondentsArgs {
  @Field(() => ID) waveId!: string;
  @Field(() => RespondentFilter, { nullable: true }) filter?: RespondentFilter;
  @Field(() => Int, { defaultValue: 50, description: '1 to 500' }) @Min(1) @Max(500) first!: number;
  @Field(() => String, { nullable: true }) after?: string;
}

@InputType()
export class ImportRespondentsInput {
  @Field(() => ID) waveId!: string;
  @Field(() => String, {
    description:
      'CSV with a header row: id, score, optional email, language, responded_at and comment; any other column becomes an attribute',
  })
  @MaxLength(64 * 1024 * 1024)
  csv!: string;
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Check every row (ids already in the wave included) and write nothing; importedCount says how many would be imported',
  })
  dryRun!: boolean;
}

@ObjectType({ description: 'A problem in one cell or row of an imported CSV. Row 1 is the header.' })
export class ImportRowError {
  @Field(() => Int) row!: number;
  @Field(() => String, { nullable: true }) column!: string | null;
  @Field(() => String) code!: string;
  @Field(() => String) message!: string;
}

@ObjectType({ description: 'All or nothing: when errors is not empty, no row was imported' })
export class ImportRespondentsResult {
  @Field(() => Boolean) ok!: boolean;
  @Field(() => Int, { description: 'Rows imported; with dryRun, rows that would be' }) importedCount!: number;
  @Field(() => Boolean, { description: 'True when nothing was written on purpose (dryRun)' }) dryRun!: boolean;
  @Field(() => Int, { description: 'All errors found; `errors` lists the first 200' }) errorCount!: number;
  @Field(() => [ImportRowError]) errors!: ImportRowError[];
}
