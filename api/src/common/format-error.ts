import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { isDatabaseUnavailable } from './database-unavailable.js';
import { LadderError, type ErrorCode } from './errors.js';
import { logScrubbed } from './scrub-pii.js';

/** Codes produced by graphql-js / Apollo before resolvers run; they pass through unchanged. */
const PROTOCOL_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * Turns any error into what a client may see: domain errors keep their code and user message,
 * input validation becomes BAD_USER_INPUT with the failing fields, and anything unexpected is
 * logged (without personal data) and replaced by a generic INTERNAL_SERVER_ERROR so internals never leak.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: Pick<Console, 'error'> = console,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof LadderError) {
    if (original.internal) logScrubbed(log, '%s: %s', original.code, original.internal);
    return { ...formatted, message: original.message, extensions: { ...original.details, code: original.code } };
  }
  if (original instanceof ArgumentValidationError) {
    const fields = original.extensions.validationErrors.map((v) => ({
      property: v.property,
      constraints: v.constraints,
      children: v.children?.map((c) => ({ property: c.property, constraints: c.constraints })),
    }));
    const first = original.extensions.validationErrors[0];
    const detail = first?.constraints ? Object.values(first.constraints)[0] : 'invalid argument';
    return { ...formatted, message: `Invalid input: ${detail}`, extensions: { code: 'BAD_USER_INPUT', fields } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PROTOCOL_CODES.has(code)) return formatted;
  if (isDatabaseUnavailable(original)) {
    // Not a bug but a moment (a restart, a failover): one line, and a code clients retry on.
    logScrubbed(log, 'database unavailable: %s', original instanceof Error ? original.message : original);
    return {
      message: 'The service is unavailable for a moment; please try again',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'SERVICE_UNAVAILABLE' satisfies ErrorCode },
    };
  }
  // Errors graphql-js raised itself (validation, limits) carry no original error and are safe to show.
  if (original instanceof GraphQLError && !original.originalError && code !== 'INTERNAL_SERVER_ERROR') {
    return { ...formatted, extensions: { ...formatted.extensions, code: typeof code === 'string' ? code : 'GRAPHQL_VALIDATION_FAILED' } };
  }
  // Messages may quote what the client sent (a database error citing a row): logged scrubbed of emails and numbers.
  logScrubbed(log, 'unexpected error: %s', original instanceof Error ? original.stack : original);
  return {
    message: 'Internal server error',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
