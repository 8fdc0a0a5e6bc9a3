import { ArrayMaxSize, ArrayMinSize, IsOptional, Length } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';

@ObjectType({ description: "The workspace's single sign-on provider (OpenID Connect); the client secret is never returned" })
export class WorkspaceSso {
  @Field(() => String, { description: 'The issuer URL; its /.well-known/openid-configuration is read at sign-in' }) issuer!: string;
  @Field(() => String) clientId!: string;
  @Field(() => Boolean, { description: 'Whether a client secret is stored (sealed with the deployment keys; never shown)' })
  clientSecretSet!: boolean;
  @Field(() => [String], { description: 'Email domains whose people may sign in (and join as viewers the first time)' })
  allowedDomains!: string[];
  @Field(() => Boolean) enabled!: boolean;
  @Field(() => String, { description: 'The redirect URI to register at the provider: <API URL>/auth/sso/callback' }) redirectUri!: string;
  @Field(() => String, { description: "The start of this workspace's sign-in: /auth/sso/<workspace slug>/start" }) startPath!: string;
  @Field(() => Date) updatedAt!: Date;
}

@InputType()
export class ConfigureWorkspaceSsoInput {
  @Field(() => String, { description: 'https URL of the OpenID provider (its issuer identifier)' })
  @Length(8, 2000)
  issuer!: string;
  @Field(() => String)
  @Length(1, 500)
  clientId!: string;
  @Field(() => String, { nullable: true, description: 'Required the first time; omitted or null keeps the stored one' })
  @IsOptional()
  @Length(1, 2000)
  clientSecret?: string | null;
  @Field(() => [String], { description: 'Email domains, e.g. ["example.com"]; 1 to 50' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  allowedDomains!: string[];
  @Field(() => Boolean, { defaultValue: true }) enabled!: boolean;
}
