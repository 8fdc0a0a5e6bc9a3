import { IsOptional, Max, MaxLength, Min, ArrayMaxSize } from 'class-validator';
import { Authorized, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Permission } from '../common/context.js';
import { AgreementRunStatus, AgreementTriggerKind, CoderKind, ExcerptRole, GoldenSource } from '../common/enums.js';
import { DriverRef } from '../analysis/analysis.types.js';

export { AgreementRunStatus, AgreementTriggerKind, GoldenSource };

registerEnumType(GoldenSource, {
  name: 'GoldenSource',
  description: "CORRECTED: the analyst's own coding; CONFIRMED: the machine coding an analyst approved (kept as it was then)",
});
registerEnumType(AgreementTriggerKind, {
  name: 'AgreementTrigger',
  description: 'MANUAL: runCodingAgreement; SCHEDULE: the daily run; CHANGE: the coder, model, prompt or taxonomy version changed',
});
registerEnumType(AgreementRunStatus, { name: 'AgreementRunStatus' });

@ObjectType({ description: "An excerpt of an analyst's coding: text.slice(start, end) of the respondent turn turnSeq" })
export class CorrectedExcerpt {
  @Field(() => Int) turnSeq!: number;
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
  @Authorized<Permission>('transcripts') @Field(() => String) quote!: string;
  @Field(() => String) driverKey!: string;
  @Field(() => String) driverLabel!: string;
  @Field(() => String) categoryKey!: string;
  @Field(() => ExcerptRole) role!: ExcerptRole;
}

@ObjectType({
  description:
    "An analyst's coding of a transcript under one taxonomy version, kept beside the machine coding: a re-code never changes it. " +
    'It is in the golden set of its taxonomy version unless removed from it.',
})
export class CodingCorrection {
  @Field(() => ID) id!: string;
  @Field(() => ID) sessionId!: string;
  @Field(() => ID) waveId!: string;
  @Field(() => ID) taxonomyVersionId!: string;
  @Field(() => Int) taxonomyVersion!: number;
  @Field(() => GoldenSource) source!: GoldenSource;
  @Field(() => Boolean, { description: 'Whether it counts in the golden set (removeFromGoldenSet keeps a correction, outside the set)' })
  inGoldenSet!: boolean;
  @Field(() => DriverRef, { nullable: true }) statedDriver!: DriverRef | null;
  @Field(() => DriverRef, { nullable: true }) rootDriver!: DriverRef | null;
  @Field(() => [CorrectedExcerpt]) excerpts!: CorrectedExcerpt[];
  @Authorized<Permission>('transcripts')
  @Field(() => String, { nullable: true, description: "The analyst's note (may quote the respondent)" })
  note!: string | null;
  @Field(() => ID, { nullable: true, description: 'The API key that made or last changed it; null when a person did' })
  byKeyId!: string | null;
  @Field(() => String, { nullable: true, description: "Who made or last changed it: the key's name, or the person's name or email" })
  by!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

@InputType()
export class CorrectedExcerptInput {
  @Field(() => Int, { description: "A respondent turn's seq" }) @Min(0) turnSeq!: number;
  @Field(() => Int) @Min(0) start!: number;
  @Field(() => Int) @Min(1) end!: number;
  @Field(() => String) @MaxLength(48) driverKey!: string;
  @Field(() => ExcerptRole) role!: ExcerptRole;
}

@InputType({ description: 'What an analyst says the coding is; a field left out keeps what the machine coding says' })
export class CorrectCodingInput {
  @Field(() => ID) sessionId!: string;
  @Field(() => ID, { nullable: true, description: "A taxonomy version's id; by default the version of the session's newest coding" })
  @IsOptional()
  taxonomyVersionId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(48) statedDriver?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(48) rootDriver?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'true: no root driver (the respondent reached none the taxonomy has)' })
  @IsOptional()
  noRootDriver?: boolean | null;
  @Field(() => [CorrectedExcerptInput], { nullable: true, description: "Replaces the machine coding's excerpts" })
  @IsOptional()
  @ArrayMaxSize(100)
  excerpts?: CorrectedExcerptInput[] | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000) note?: string | null;
}

@ObjectType({ description: 'How a re-code agrees with the golden set on one driver: cited (stated or root) or not, per transcript' })
export class DriverAgreement {
  @Field(() => DriverRef) driver!: DriverRef;
  @Field(() => Int, { description: 'Golden transcripts citing it' }) goldenCount!: number;
  @Field(() => Int, { description: 'Re-coded transcripts citing it' }) recodeCount!: number;
  @Field(() => Int, { description: 'Transcripts where both cite it' }) bothCount!: number;
  @Field(() => Float, { nullable: true, description: '0..1' }) percentAgreement!: number | null;
  @Field(() => Float, { nullable: true, description: "Cohen's kappa; null when undefined (both sides never, or always, cite it)" })
  kappa!: number | null;
}

@ObjectType({ description: "One measurement of a coder against a taxonomy version's golden set" })
export class CodingAgreementRun {
  @Field(() => ID) id!: string;
  @Field(() => ID) studyId!: string;
  @Field(() => ID) taxonomyVersionId!: string;
  @Field(() => Int) taxonomyVersion!: number;
  @Field(() => CoderKind) coder!: CoderKind;
  @Field(() => String, { nullable: true }) model!: string | null;
  @Field(() => String, { nullable: true, description: "The coder's prompt (or offline rules') version; null until the worker starts" })
  promptVersion!: string | null;
  @Field(() => AgreementTriggerKind) trigger!: AgreementTriggerKind;
  @Field(() => AgreementRunStatus) status!: AgreementRunStatus;
  @Field(() => Int, { description: 'Golden transcripts re-coded' }) n!: number;
  @Field(() => Float, { nullable: true, description: 'Pooled over every (transcript, driver) decision, 0..1' })
  percentAgreement!: number | null;
  @Field(() => Float, { nullable: true, description: "Cohen's kappa pooled over every (transcript, driver) decision; null when undefined" })
  kappa!: number | null;
  @Field(() => Float, { description: 'The kappa threshold in force when it ran' }) threshold!: number;
  @Field(() => Boolean, { description: 'kappa < threshold: a drift notice was raised' }) belowThreshold!: boolean;
  @Field(() => [DriverAgreement], { description: 'Per driver of the taxonomy version' }) drivers!: DriverAgreement[];
  @Field(() => String, { nullable: true, description: 'Why it failed' }) error!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}

@ObjectType({ description: "A workspace's coding agreement settings" })
export class CodingAgreementSettings {
  @Field(() => Float, { description: 'A run whose kappa is below this raises a drift notice (default 0.7)' }) kappaThreshold!: number;
  @Field(() => String, { nullable: true, description: 'Who gets the drift notice by email (the owner notification outbox)' })
  ownerEmail!: string | null;
}

@InputType()
export class UpdateCodingAgreementSettingsInput {
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(-1) @Max(1) kappaThreshold?: number | null;
  @Field(() => String, { nullable: true, description: 'An empty string clears it' }) @IsOptional() @MaxLength(320) ownerEmail?:
    string | null;
}
