import { ArrayMaxSize, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { EscalationStatus } from '../common/enums.js';

@ArgsType()
export class EscalationsArgs {
  @Field(() => ID) studyId!: string;
  @Field(() => [EscalationStatus], { nullable: true, description: 'Only these statuses; all when absent' })
  @IsOptional()
  @ArrayMaxSize(4)
  status?: EscalationStatus[];
  @Field(() => Int, { defaultValue: 50 }) @Min(1) @Max(200) first!: number;
}

@InputType()
export class UpdateEscalationInput {
  @Field(() => ID) id!: string;
  @Field(() => EscalationStatus, { nullable: true }) @IsOptional() status?: EscalationStatus;
  @Field(() => String, { nullable: true, description: 'Who handles it; an empty string clears it' })
  @IsOptional()
  @MaxLength(200)
  owner?: string;
  @Field(() => String, { nullable: true, description: 'Assigns it to this address, which is emailed; an empty string clears it' })
  @IsOptional()
  @MaxLength(254)
  ownerEmail?: string;
}
