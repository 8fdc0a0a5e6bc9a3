import { MAX_INGEST_BATCH } from '@ladder/contracts';
import { Max, Min } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { IngestItemError } from './ingest-response.js';

/**
 * One survey response. Items are not validated at the edge: every item's problems come back
 * together in `IngestResult.errors`, with its index and field, instead of failing the request.
 */
@InputType({ description: 'One survey response. On update, an absent field keeps its stored value and null clears it' })
export class IngestResponseInput {
  @Field(() => String, { description: "The respondent's id in the survey tool or CRM; unique within the wave" })
  externalId!: string;
  @Field(() => Int, { description: '0 to 10' }) score!: number;
  @Field(() => Date, {
    nullable: true,
    description:
      'When the NPS answer was given (at most a day ahead of the call); absent on a new respondent: when received. Null keeps it',
  })
  respondedAt?: Date | null;
  @Field(() => String, { nullable: true, description: 'Contact detail, stored apart from attributes' }) email?: string | null;
  @Field(() => String, { nullable: true, description: 'A language code such as en, fr or pt-br' }) language?: string | null;
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'Segment attributes (tier, region...), kept as text; numbers and booleans are written out, empty values left out',
  })
  attributes?: Record<string, unknown> | null;
  @Field(() => String, { nullable: true, description: "The survey's free-text answer, at most 5,000 characters" }) comment?: string | null;
}

@InputType()
export class IngestResponsesInput {
  @Field(() => ID) waveId!: string;
  @Field(() => [IngestResponseInput], { description: `At most ${MAX_INGEST_BATCH} (INGEST_BATCH_TOO_LARGE)` })
  responses!: IngestResponseInput[];
}

@ObjectType('IngestItemError', { description: 'A refused response: its position in the call (0-based), the input field and the code' })
export class IngestItemErrorType implements IngestItemError {
  @Field(() => Int) index!: number;
  @Field(() => String, { nullable: true }) field!: string | null;
  @Field(() => String, { description: "The CSV import's codes: INVALID_SCORE, MISSING_VALUE, DUPLICATE_ID..." }) code!: string;
  @Field(() => String) message!: string;
}

@ObjectType({ description: 'All or nothing: when errors is not empty, nothing was written and the counts are 0' })
export class IngestResult {
  @Field(() => Boolean) ok!: boolean;
  @Field(() => Int) inserted!: number;
  @Field(() => Int, { description: 'Existing respondents whose response changed' }) updated!: number;
  @Field(() => Int, { description: 'Responses identical to what was stored: nothing written' }) unchanged!: number;
  @Field(() => ID, { nullable: true, description: 'The import batch recording this call (lineage); null when refused' })
  batchId!: string | null;
  @Field(() => [IngestItemErrorType]) errors!: IngestItemErrorType[];
}

@ObjectType({ description: 'One import, ingest call or webhook delivery into a wave: where responses came from (lineage)' })
export class ImportBatch {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'csv, api, seed, preview or webhook:<tool>' }) source!: string;
  @Field(() => Date) receivedAt!: Date;
  @Field(() => Int) inserted!: number;
  @Field(() => Int) updated!: number;
  @Field(() => Int) unchanged!: number;
  @Field(() => String, { nullable: true, description: "The webhook's delivery id" }) deliveryId!: string | null;
}

@ArgsType()
export class ImportBatchesArgs {
  @Field(() => ID) waveId!: string;
  @Field(() => Int, { defaultValue: 50, description: 'Newest first; 1 to 500' }) @Min(1) @Max(500) first!: number;
}
