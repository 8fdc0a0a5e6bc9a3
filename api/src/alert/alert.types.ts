import { ArrayMaxSize, IsOptional, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AlertDirection, AlertMetric, AlertStatus, Band } from '../common/enums.js';
import { SegmentFilter, SegmentKeyPart } from '../segment/segment.types.js';

@ObjectType()
export class AlertWindow {
  @Field(() => Int, { description: 'The current window: the last this many days' }) days!: number;
}

@ObjectType({ description: 'What the window is compared with: the days just before it, or the wave launched before the latest' })
export class AlertBaseline {
  @Field(() => Int, { nullable: true, description: 'The baseline: this many days before the window (null with previousWave)' })
  days!: number | null;
  @Field(() => Boolean, { description: "The latest wave's window against the whole previous wave" }) previousWave!: boolean;
}

@ObjectType()
export class AttributeValues {
  @Field(() => String) attribute!: string;
  @Field(() => [String]) values!: string[];
}

@ObjectType({ description: 'Respondents a rule keeps (the SegmentFilter it was given)' })
export class AlertRuleFilter {
  @Field(() => [Band], { nullable: true }) bands!: Band[] | null;
  @Field(() => [AttributeValues], { nullable: true }) attributes!: AttributeValues[] | null;
}

@ObjectType({ description: 'Watches the NPS (or detractor share) of every segment of a study: a window against a baseline' })
export class AlertRule {
  @Field(() => ID) id!: string;
  @Field(() => ID) studyId!: string;
  @Field(() => String) name!: string;
  @Field(() => AlertMetric) metric!: AlertMetric;
  @Field(() => AlertDirection) direction!: AlertDirection;
  @Field(() => [String], { description: 'Attributes (or "band") segments are cut by; empty: the whole study' }) groupBy!: string[];
  @Field(() => AlertRuleFilter, { nullable: true }) filter!: AlertRuleFilter | null;
  @Field(() => AlertWindow) window!: AlertWindow;
  @Field(() => AlertBaseline) baseline!: AlertBaseline;
  @Field(() => Int, { description: 'Responses a segment needs on each side before it can alert' }) minN!: number;
  @Field(() => Float, { description: "Smallest change that alerts, in the metric's points" }) minDelta!: number;
  @Field(() => Float, { description: 'The Benjamini-Hochberg adjusted p-value must be below this' }) level!: number;
  @Field(() => Boolean) enabled!: boolean;
  @Field(() => String, { nullable: true, description: 'Owns its alerts and is emailed when one fires' }) ownerEmail!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => Date, { nullable: true }) lastEvaluatedAt!: Date | null;
}

@ObjectType({ description: 'The segment an alert is about (the SegmentNps key and label)' })
export class AlertSegment {
  @Field(() => [SegmentKeyPart]) key!: SegmentKeyPart[];
  @Field(() => String) label!: string;
}

@ObjectType({ description: "A change in one segment's NPS or detractor share that passed the rule's test" })
export class Alert {
  @Field(() => ID) id!: string;
  @Field(() => ID) studyId!: string;
  @Field(() => ID) ruleId!: string;
  @Field(() => AlertSegment) segment!: AlertSegment;
  @Field(() => AlertMetric) metric!: AlertMetric;
  @Field(() => AlertStatus) status!: AlertStatus;
  @Field(() => Float, { description: 'The metric in the window (latest evaluation; frozen when resolved)' }) current!: number;
  @Field(() => Float, { description: 'The metric in the baseline' }) baseline!: number;
  @Field(() => Float, { description: 'current - baseline, in points' }) delta!: number;
  @Field(() => Float, { description: '95% interval of delta' }) ciLow!: number;
  @Field(() => Float) ciHigh!: number;
  @Field(() => Float, { description: "Two-sided p-value of delta, Benjamini-Hochberg adjusted over the rule's segments" }) pValue!: number;
  @Field(() => Int, { description: 'Responses in the window' }) n!: number;
  @Field(() => Int, { description: 'Responses in the baseline' }) baselineN!: number;
  @Field(() => Date) windowStart!: Date;
  @Field(() => Date) windowEnd!: Date;
  @Field(() => Date, { nullable: true, description: 'null when the baseline is the previous wave' }) baselineStart!: Date | null;
  @Field(() => Date, { nullable: true }) baselineEnd!: Date | null;
  @Field(() => ID, { nullable: true, description: 'The previous wave, when that is the baseline' }) baselineWaveId!: string | null;
  @Field(() => Date) firedAt!: Date;
  @Field(() => Date, { description: 'Last evaluation that kept it firing (or resolved it)' }) evaluatedAt!: Date;
  @Field(() => Date, { nullable: true }) resolvedAt!: Date | null;
  @Field(() => Date, { nullable: true }) acknowledgedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Who acknowledged it (the API key, for now)' }) acknowledgedBy!: string | null;
  @Field(() => String, { nullable: true, description: "Its owner's address (the rule's when it fired, or assignAlert's)" })
  ownerEmail!: string | null;
  /** The segment key as stored, for the field resolvers. */
  segmentKey!: SegmentKeyPart[];
}

@ObjectType({ description: "A theme of the latest wave analysis and how many of the alert segment's coded detractors it holds" })
export class AlertTheme {
  @Field(() => ID) themeId!: string;
  @Field(() => String) label!: string;
  @Field(() => Int, { description: 'Coded detractors of the segment whose stated or root driver is one of the theme drivers' })
  count!: number;
  @Field(() => Int, { description: 'Coded detractors of the segment in that analysis' }) n!: number;
  @Field(() => Float) share!: number;
}

@InputType()
export class AlertWindowInput {
  @Field(() => Int) @Min(1) @Max(365) days!: number;
}

@InputType({ description: 'Exactly one: days (the days just before the window) or previousWave: true' })
export class AlertBaselineInput {
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(1) @Max(730) days?: number | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() previousWave?: boolean | null;
}

@InputType()
export class CreateAlertRuleInput {
  @Field(() => ID) studyId!: string;
  @Field(() => String) @Length(1, 200) name!: string;
  @Field(() => AlertMetric, { defaultValue: AlertMetric.NPS }) metric!: AlertMetric;
  @Field(() => AlertDirection, { defaultValue: AlertDirection.WORSE }) direction!: AlertDirection;
  @Field(() => [String], { description: 'Attribute names or "band", at most four' }) @ArrayMaxSize(4) groupBy!: string[];
  @Field(() => SegmentFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: SegmentFilter | null;
  @Field(() => AlertWindowInput) @ValidateNested() window!: AlertWindowInput;
  @Field(() => AlertBaselineInput) @ValidateNested() baseline!: AlertBaselineInput;
  @Field(() => Int, { defaultValue: 30 }) @Min(1) @Max(1_000_000) minN!: number;
  @Field(() => Float, { defaultValue: 10 }) @Min(0) @Max(200) minDelta!: number;
  @Field(() => Float, { defaultValue: 0.05 }) @Min(0.0001) @Max(0.5) level!: number;
  @Field(() => Boolean, { defaultValue: true }) enabled!: boolean;
  @Field(() => String, { nullable: true, description: 'Owns the alerts and is emailed when one fires' })
  @IsOptional()
  @MaxLength(254)
  ownerEmail?: string | null;
}

@InputType({ description: 'Only the fields given change' })
export class UpdateAlertRuleInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 200) name?: string;
  @Field(() => AlertMetric, { nullable: true }) @IsOptional() metric?: AlertMetric;
  @Field(() => AlertDirection, { nullable: true }) @IsOptional() direction?: AlertDirection;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(4) groupBy?: string[];
  @Field(() => SegmentFilter, { nullable: true, description: 'null clears the filter' })
  @IsOptional()
  @ValidateNested()
  filter?: SegmentFilter | null;
  @Field(() => AlertWindowInput, { nullable: true }) @IsOptional() @ValidateNested() window?: AlertWindowInput;
  @Field(() => AlertBaselineInput, { nullable: true }) @IsOptional() @ValidateNested() baseline?: AlertBaselineInput;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(1) @Max(1_000_000) minN?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0) @Max(200) minDelta?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0.0001) @Max(0.5) level?: number;
  @Field(() => Boolean, { nullable: true }) @IsOptional() enabled?: boolean;
  @Field(() => String, { nullable: true, description: 'An empty string clears it' }) @IsOptional() @MaxLength(254) ownerEmail?:
    string | null;
}
