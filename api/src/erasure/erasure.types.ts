import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Proof that a respondent was erased: what the tombstone keeps (no personal data)' })
export class ErasureReceipt {
  @Field(() => ID, { description: 'The erased respondent id' }) id!: string;
  @Field(() => Date) erasedAt!: Date;
}
