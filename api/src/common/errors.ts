import { GraphQLError } from 'graphql';

/** Every code a client can branch on. Adding one without mapping it below fails to compile. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'STUDY_NOT_FOUND'
  | 'WAVE_NOT_FOUND'
  | 'WAVE_NAME_TAKEN'
  | 'RESPONDENT_NOT_FOUND'
  | 'SESSION_NOT_FOUND'
  | 'SESSION_CLOSED'
  | 'LINK_EXPIRED'
  | 'LINK_REVOKED'
  | 'INTERVIEW_ALREADY_COMPLETED'
  | 'MESSAGE_REJECTED'
  | 'INVALID_GROUP_BY'
  | 'INTERVIEW_UNAVAILABLE'
  | 'GUIDE_NOT_FOUND'
  | 'GUIDE_INVALID'
  | 'GUIDE_VERSION_CONFLICT'
  | 'WAVE_NOT_LAUNCHED'
  | 'WAVE_ALREADY_LAUNCHED'
  | 'ESCALATION_NOT_FOUND'
  | 'ALERT_RULE_NOT_FOUND'
  | 'ALERT_NOT_FOUND'
  | 'INVALID_ALERT_RULE'
  | 'TAXONOMY_NOT_FOUND'
  | 'TAXONOMY_INVALID'
  | 'TAXONOMY_VERSION_CONFLICT'
  | 'ANALYSIS_UNAVAILABLE'
  | 'DRIVER_NOT_IN_TAXONOMY'
  | 'EXCERPT_SPAN_INVALID'
  | 'CODING_NOT_FOUND'
  | 'GOLDEN_SET_EMPTY'
  | 'INGEST_BATCH_TOO_LARGE'
  | 'WAVE_CLOSED'
  | 'INGEST_REPLAYED'
  | 'INGEST_TARGET_NOT_FOUND'
  | 'INVALID_SIGNATURE'
  | 'STALE_TIMESTAMP'
  | 'INVALID_PAYLOAD'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'RATE_LIMITED'
  | 'API_KEY_NOT_FOUND'
  | 'LAST_ADMIN_KEY'
  | 'INVALID_WEBHOOK_URL'
  /** updateEmbedOrigins: a partner origin that is not an exact https origin (http for localhost outside production), or too many. */
  | 'EMBED_ORIGIN_INVALID'
  | 'WEBHOOK_ENDPOINT_NOT_FOUND'
  | 'WEBHOOK_DELIVERY_NOT_FOUND'
  | 'WEBHOOK_ENDPOINT_LIMIT'
  | 'PAYLOAD_UNDECRYPTABLE'
  | 'MEMBER_NOT_FOUND'
  | 'ALREADY_MEMBER'
  | 'LAST_ADMIN_MEMBER'
  /** Magic links (`GET /auth/magic-link/callback`): unknown, used, expired, or opened in another browser. */
  | 'SIGN_IN_LINK_INVALID'
  | 'SIGN_IN_LINK_USED'
  | 'SIGN_IN_LINK_EXPIRED'
  | 'SIGN_IN_LINK_OTHER_BROWSER'
  /** Single sign-on (`/auth/sso/*`): no enabled provider, an unknown/used/other-browser state, a refused ID token, an address outside
   * the allowed domains or not verified by the provider, the provider unreachable or answering an error. */
  | 'SSO_NOT_CONFIGURED'
  | 'SSO_STATE_INVALID'
  | 'SSO_TOKEN_REJECTED'
  | 'SSO_DOMAIN_NOT_ALLOWED'
  | 'SSO_EMAIL_NOT_VERIFIED'
  | 'SSO_PROVIDER_UNAVAILABLE'
  | 'SSO_PROVIDER_ERROR'
  /** switchWorkspace: not a member (or no such workspace), an API key, or a session bound to its SSO workspace. */
  | 'WORKSPACE_NOT_FOUND'
  | 'SESSION_REQUIRED'
  | 'REAUTHENTICATION_REQUIRED'
  /** Trusted documents: a hash no registered document has (sent without text); a browser session's ad-hoc document. */
  | 'PERSISTED_QUERY_NOT_FOUND'
  | 'TRUSTED_DOCUMENT_REQUIRED'
  /** The database is unreachable for a moment (a restart, a failover, no free connection): retry. */
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export type ErrorKind = 'auth' | 'input' | 'not-found' | 'conflict' | 'unavailable' | 'internal';

/** The one exhaustive switch from a code to its kind (which decides HTTP status and logging). */
export function errorKind(code: ErrorCode): ErrorKind {
  switch (code) {
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
    case 'INVALID_SIGNATURE':
    case 'STALE_TIMESTAMP':
    case 'LINK_EXPIRED':
    case 'LINK_REVOKED':
    case 'SIGN_IN_LINK_INVALID':
    case 'SIGN_IN_LINK_USED':
    case 'SIGN_IN_LINK_EXPIRED':
    case 'SIGN_IN_LINK_OTHER_BROWSER':
    case 'TRUSTED_DOCUMENT_REQUIRED':
    case 'SSO_STATE_INVALID':
    case 'SSO_TOKEN_REJECTED':
    case 'SSO_DOMAIN_NOT_ALLOWED':
    case 'SSO_EMAIL_NOT_VERIFIED':
    case 'SSO_PROVIDER_ERROR':
    case 'REAUTHENTICATION_REQUIRED':
      return 'auth';
    case 'BAD_USER_INPUT':
    case 'MESSAGE_REJECTED':
    case 'INVALID_GROUP_BY':
    case 'INVALID_ALERT_RULE':
    case 'GUIDE_INVALID':
    case 'TAXONOMY_INVALID':
    case 'INGEST_BATCH_TOO_LARGE':
    case 'INVALID_PAYLOAD':
    case 'PAYLOAD_TOO_LARGE':
    case 'EMBED_ORIGIN_INVALID':
    case 'UNSUPPORTED_MEDIA_TYPE':
    case 'PAYLOAD_UNDECRYPTABLE':
    case 'INVALID_WEBHOOK_URL':
    case 'DRIVER_NOT_IN_TAXONOMY':
    case 'EXCERPT_SPAN_INVALID':
    case 'SESSION_REQUIRED':
      return 'input';
    case 'STUDY_NOT_FOUND':
    case 'WAVE_NOT_FOUND':
    case 'RESPONDENT_NOT_FOUND':
    case 'SESSION_NOT_FOUND':
    case 'GUIDE_NOT_FOUND':
    case 'ESCALATION_NOT_FOUND':
    case 'ALERT_RULE_NOT_FOUND':
    case 'ALERT_NOT_FOUND':
    case 'TAXONOMY_NOT_FOUND':
    case 'INGEST_TARGET_NOT_FOUND':
    case 'API_KEY_NOT_FOUND':
    case 'WEBHOOK_ENDPOINT_NOT_FOUND':
    case 'WEBHOOK_DELIVERY_NOT_FOUND':
    case 'CODING_NOT_FOUND':
    case 'MEMBER_NOT_FOUND':
    case 'PERSISTED_QUERY_NOT_FOUND':
    case 'WORKSPACE_NOT_FOUND':
    case 'SSO_NOT_CONFIGURED':
      return 'not-found';
    case 'WAVE_NAME_TAKEN':
    case 'SESSION_CLOSED':
    case 'INTERVIEW_ALREADY_COMPLETED':
    case 'GUIDE_VERSION_CONFLICT':
    case 'WAVE_NOT_LAUNCHED':
    case 'WAVE_ALREADY_LAUNCHED':
    case 'TAXONOMY_VERSION_CONFLICT':
    case 'WAVE_CLOSED':
    case 'INGEST_REPLAYED':
    case 'LAST_ADMIN_KEY':
    case 'LAST_ADMIN_MEMBER':
    case 'ALREADY_MEMBER':
    case 'WEBHOOK_ENDPOINT_LIMIT':
    case 'GOLDEN_SET_EMPTY':
      return 'conflict';
    case 'INTERVIEW_UNAVAILABLE':
    case 'ANALYSIS_UNAVAILABLE':
    case 'RATE_LIMITED':
    case 'SERVICE_UNAVAILABLE':
    case 'SSO_PROVIDER_UNAVAILABLE':
      return 'unavailable';
    case 'INTERNAL_SERVER_ERROR':
      return 'internal';
    default: {
      const unmapped: never = code;
      throw new Error(`unmapped error code ${String(unmapped)}`);
    }
  }
}

/**
 * A domain error: `message` is for the user and safe to show; `internal` is for the logs only.
 */
export class LadderError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    readonly internal?: unknown,
  ) {
    super(message);
    this.name = 'LadderError';
  }

  toGraphQLError(): GraphQLError {
    return new GraphQLError(this.message, { extensions: { code: this.code, ...this.details } });
  }
}

export const notFound = (code: Extract<ErrorCode, `${string}_NOT_FOUND`>, what: string, id: string) =>
  new LadderError(code, `${what} ${id} was not found`, { id });
