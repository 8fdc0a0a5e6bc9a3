import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, ValidateNested } from 'class-validator';
import { Band } from '../common/enums.js';

@ObjectType()
export class SegmentKeyPart {
  @Field(() => String) attribute!: string;
  @Field(() => String, { nullable: true, description: 'null when the respondent has no value for it' }) value!: string | null;
}

@ObjectType({ description: 'NPS of one segment with a 95% confidence interval' })
export class SegmentNps {
  @Field(() => [SegmentKeyPart], { description: 'One part per groupBy entry, in groupBy order' }) key!: SegmentKeyPart[];
  @Field(() => String) label!: string;
  @Field(() => Int) n!: number;
  @Field(() => Int) promoters!: number;
  @Field(() => Int) passives!: number;
  @Field(() => Int) detractors!: number;
  @Field(() => Float, { nullable: true, description: 'null when n = 0' }) nps!: number | null;
  @Field(() => Float, { nullable: true }) ciLow!: number | null;
  @Field(() => Float, { nullable: true }) ciHigh!: number | null;
  @Field(() => Boolean, { description: 'n < 30: read with care' }) smallSample!: boolean;
}

@ObjectType()
export class SegmentNpsResult {
  @Field(() => [String]) groupBy!: string[];
  @Field(() => SegmentNps) overall!: SegmentNps;
  @Field(() => [SegmentNps]) segments!: SegmentNps[];
}

@ObjectType()
export class BandCounts {
  @Field(() => Int) detractors!: number;
  @Field(() => Int) passives!: number;
  @Field(() => Int) promoters!: number;
  @Field(() => Int) total!: number;
}

@InputType()
export class AttributeFilter {
  @Field(() => String) @Length(1, 64) attribute!: string;
  @Field(() => [String]) @ArrayMaxSize(200) values!: string[];
}

@InputType({ description: 'Respondents kept: any of the bands, and for each attribute any of its values' })
export class SegmentFilter {
  @Field(() => [Band], { nullable: true }) @IsOptional() bands?: Band[];
  @Field(() => [AttributeFilter], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  attributes?: AttributeFilter[];
}
