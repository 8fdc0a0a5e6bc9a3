import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, NoSchemaIntrospectionCustomRule, type ValidationContext, type ValidationRule } from 'graphql';

export const MAX_DEPTH = 8;
export const MAX_COST = 5000;
/** Largest WebSocket frame accepted: subscriptions are small; imports go over HTTP. */
export const WS_MAX_PAYLOAD_BYTES = 64 * 1024;
export const HTTP_MAX_BODY = '64mb';

/** graphql-armor either throws (which Apollo reports as a 500) or calls these: report properly. */
const report = (ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(error);

export interface Limits {
  maxDepth: number;
  maxCost: number;
}

/** The same limits guard HTTP and WebSocket operations. */
export function validationRules(options: { production: boolean; limits?: Partial<Limits> }): ValidationRule[] {
  const limits: Limits = { maxDepth: MAX_DEPTH, maxCost: MAX_COST, ...options.limits };
  const rules: ValidationRule[] = [
    maxDepthRule({
      n: limits.maxDepth,
      flattenFragments: true,
      ignoreIntrospection: true,
      exposeLimits: !options.production,
      onReject: [report],
      propagateOnRejection: false,
    }),
    costLimitRule({
      maxCost: limits.maxCost,
      objectCost: 2,
      scalarCost: 1,
      depthCostFactor: 1.5,
      ignoreIntrospection: true,
      exposeLimits: !options.production,
      onReject: [report],
      propagateOnRejection: false,
    }),
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
