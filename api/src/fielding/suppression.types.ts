import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { SuppressionReason } from '../common/enums.js';

@ObjectType({ description: 'An address the workspace never mails again (personal data: admin keys only)' })
export class EmailSuppression {
  @Field(() => String, { description: 'Lower case' }) email!: string;
  @Field(() => SuppressionReason) reason!: SuppressionReason;
  @Field(() => String, { nullable: true, description: 'What the SMTP server said, for bounces' }) detail!: string | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType()
export class EmailSuppressionList {
  @Field(() => [EmailSuppression], { description: 'Newest first' }) items!: EmailSuppression[];
  @Field(() => Int) totalCount!: number;
}

@ArgsType()
export class EmailSuppressionsArgs {
  @Field(() => Int, { defaultValue: 100, description: '1 to 1000' }) @Min(1) @Max(1000) first!: number;
}
