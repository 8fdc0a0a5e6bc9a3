import { ArrayMaxSize, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType()
export class TaxonomyDriver {
  @Field(() => String) key!: string;
  @Field(() => String) label!: string;
  @Field(() => String) description!: string;
  @Field(() => [String], { description: 'Phrases respondents use for it' }) examples!: string[];
}

@ObjectType()
export class TaxonomyCategory {
  @Field(() => String) key!: string;
  @Field(() => String) label!: string;
  @Field(() => [TaxonomyDriver]) drivers!: TaxonomyDriver[];
}

@ObjectType({
  description: 'A driver of the previous version and the drivers of this version it became (merged, split, renamed; none when retired)',
})
export class CrosswalkEntry {
  @Field(() => String) from!: string;
  @Field(() => [String]) to!: string[];
}

@InputType()
export class TaxonomyDriverInput {
  @Field(() => String) @MaxLength(48) key!: string;
  @Field(() => String) @MaxLength(80) label!: string;
  @Field(() => String, { defaultValue: '' }) @MaxLength(500) description!: string;
  @Field(() => [String], { defaultValue: [] }) @ArrayMaxSize(20) examples!: string[];
}

@InputType()
export class TaxonomyCategoryInput {
  @Field(() => String) @MaxLength(48) key!: string;
  @Field(() => String) @MaxLength(80) label!: string;
  @Field(() => [TaxonomyDriverInput]) @ArrayMaxSize(50) @ValidateNested({ each: true }) drivers!: TaxonomyDriverInput[];
}

@InputType()
export class TaxonomyContentInput {
  @Field(() => [TaxonomyCategoryInput]) @ArrayMaxSize(30) @ValidateNested({ each: true }) categories!: TaxonomyCategoryInput[];
}

@InputType()
export class CrosswalkEntryInput {
  @Field(() => String, { description: 'A driver key of the base version' }) @Length(1, 48) from!: string;
  @Field(() => [String], { description: 'Driver keys of the new content; empty when the driver is retired' })
  @ArrayMaxSize(50)
  to!: string[];
}

@InputType()
export class UpdateTaxonomyInput {
  @Field(() => ID) studyId!: string;
  @Field(() => Int, {
    description: 'The version this edit starts from; the edit fails with TAXONOMY_VERSION_CONFLICT when a newer one exists',
  })
  baseVersion!: number;
  @Field(() => TaxonomyContentInput) content!: TaxonomyContentInput;
  @Field(() => [CrosswalkEntryInput], {
    defaultValue: [],
    description: 'How drivers of the base version map to the new ones (merges, splits, renames); unnamed keys keep their key',
  })
  @ArrayMaxSize(500)
  crosswalk!: CrosswalkEntryInput[];
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) note?: string;
}

@InputType()
export class RecodeStudyInput {
  @Field(() => ID) studyId!: string;
  @Field(() => Int, { nullable: true, description: 'The taxonomy version to code under; the latest when absent' })
  @IsOptional()
  taxonomyVersion?: number;
  @Field(() => [ID], { nullable: true, description: 'Waves to re-code; every wave of the study when absent' })
  @IsOptional()
  @ArrayMaxSize(100)
  waveIds?: string[];
}
