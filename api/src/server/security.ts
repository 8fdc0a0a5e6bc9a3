import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ParseOptions,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { listCostRule } from './list-cost.js';

export const MAX_DEPTH = 8;
/** One operation's cost (armor's formula, `first` multiplying its list); a 500-row page of the console's richest list costs ~67k. */
export const MAX_COST = 100_000;
export const MAX_ALIASES = 15;
export const MAX_DIRECTIVES = 10;
/** Lexer tokens in one document: the largest operation we ship has a few hundred. */
export const MAX_TOKENS = 2000;
/** Largest WebSocket frame accepted: subscriptions are small; imports go over HTTP. */
export const WS_MAX_PAYLOAD_BYTES = 64 * 1024;
/** Anything sent to /graphql before we know it is an authenticated import call. */
export const HTTP_MAX_BODY = 256 * 1024;
/** importRespondents (a CSV in a variable) and ingestResponses, for a valid API key only. */
export const HTTP_MAX_IMPORT_BODY = 64 * 1024 * 1024;

/** graphql-armor either throws (which Apollo reports as a 500) or calls these: report properly. */
const report = (ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(error);

export interface Limits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
}

export const limitsWith = (limits?: Partial<Limits>): Limits => ({
  maxDepth: MAX_DEPTH,
  maxCost: MAX_COST,
  maxAliases: MAX_ALIASES,
  maxDirectives: MAX_DIRECTIVES,
  ...limits,
});

/**
 * The parser's options: graphql-js stops lexing past maxTokens (the bound graphql-armor-max-tokens
 * sets, without replacing the parser). Apollo takes them as `parseOptions`; the WebSocket and SSE
 * paths parse with parseOperation.
 */
export const PARSE_OPTIONS: ParseOptions = { maxTokens: MAX_TOKENS };

/** Parses one operation document under the token limit (a GraphQLError when refused). */
export function parseOperation(query: string): DocumentNode {
  return parse(query, PARSE_OPTIONS);
}

/**
 * Validation with the request's variables, for transports that validate each operation
 * themselves: the cost rule then counts `first: $n` at the value sent.
 */
export function validateOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  rules: ValidationRule[],
  variables?: Readonly<Record<string, unknown>> | null,
): readonly GraphQLError[] {
  const withVariables = rules.map((rule) => (isCostRule(rule) ? rule.withVariables(variables ?? {}) : rule));
  return validate(schema, document, [...specifiedRules, ...withVariables]);
}

interface CostRule extends ValidationRule {
  withVariables(variables: Readonly<Record<string, unknown>>): ValidationRule;
}
const isCostRule = (rule: ValidationRule): rule is CostRule => 'withVariables' in rule;

/**
 * Apollo validates (and caches) a document without its variables; this runs the cost rule again
 * with the request's variables, so `first: $n` costs what the request asks for.
 */
export function variableCostPlugin(rules: ValidationRule[]): ApolloServerPlugin<BaseContext> {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ schema, document, request }) => {
        const variables = request.variables ?? {};
        const [error] = validate(
          schema,
          document,
          rules.filter(isCostRule).map((rule) => rule.withVariables(variables)),
        );
        if (error) throw new GraphQLError(error.message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });
      },
    }),
  };
}

/** The same limits guard HTTP, WebSocket and SSE operations. */
export function validationRules(options: { production: boolean; limits?: Partial<Limits> }): ValidationRule[] {
  const limits = limitsWith(options.limits);
  const cost = (variables?: Readonly<Record<string, unknown>>): ValidationRule =>
    listCostRule({ maxCost: limits.maxCost, exposeLimits: !options.production, variables });
  const costRule: CostRule = Object.assign(cost(), { withVariables: cost });
  const rules: ValidationRule[] = [
    maxDepthRule({
      n: limits.maxDepth,
      flattenFragments: true,
      ignoreIntrospection: true,
      exposeLimits: !options.production,
      onReject: [report],
      propagateOnRejection: false,
    }),
    maxAliasesRule({ n: limits.maxAliases, exposeLimits: !options.production, onReject: [report], propagateOnRejection: false }),
    maxDirectivesRule({ n: limits.maxDirectives, exposeLimits: !options.production, onReject: [report], propagateOnRejection: false }),
    costRule,
  ];
  if (options.production) rules.push(NoSchemaIntrospectionCustomRule);
  return rules;
}

/** Browsers always send Origin; non-browser clients may omit it (they could forge it anyway). */
export function isAllowedOrigin(origin: string | undefined, allowed: string[]): boolean {
  return origin === undefined || allowed.includes(origin);
}

/** Field suggestions ("Did you mean ...?") reveal the schema; production strips them, as Apollo does on HTTP. */
export function withoutSuggestions(error: GraphQLError): GraphQLError {
  const message = error.message.replace(/ ?Did you mean(.+)\?$/, '');
  return message === error.message ? error : new GraphQLError(message, { nodes: error.nodes, extensions: error.extensions });
}
