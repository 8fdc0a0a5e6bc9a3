import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, NoSchemaIntrospectionCustomRule, type ValidationRule } from 'graphql';

export const MAX_DEPTH = 8;
export const MAX_COST = 5000;
/** Largest WebSocket frame accepted: subscriptions are small; imports go over HTTP. */
export const WS_MAX_PAYLOAD_BYTES = 64 * 1024;
export const HTTP_MAX_BODY = '64mb';

const reject = (code: string) => (_: unknown, error?: GraphQLError) => {
  if (error) Object.assign(error.extensions, { code });
};

/** The same limits guard HTTP and WebSocket operations. */
export function validationRules(options: { production: boolean }): ValidationRule[] {
  const rules: ValidationRule[] = [
    maxDepthRule({ n: MAX_DEPTH, ignoreIntrospection: true, exposeLimits: !options.production, onReject: [reject('QUERY_TOO_DEEP')], propagateOnRejection: true }),
    costLimitRule({ maxCost: MAX_COST, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, ignoreIntrospection: true, exposeLimits: !options.production, onReject: [reject('QUERY_TOO_COSTLY')], propagateOnRejection: true }),
  ];
  if (options.production) rules.push(NoSchemaIntrospectionCustomRule);
  return rules;
}

/** Browsers always send Origin; non-browser clients may omit it (they could forge it anyway). */
export function isAllowedOrigin(origin: string | undefined, allowed: string[]): boolean {
  return origin === undefined || allowed.includes(origin);
}
