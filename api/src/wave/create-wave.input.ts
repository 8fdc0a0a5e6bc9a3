import { Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class CreateWaveInput {
  @Field(() => ID) studyId!: string;
  @Field(() => String) @Length(1, 200) name!: string;
}
