/** Socket errors of a connection that could not be made or was cut. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);
/** SQLSTATEs of a server going away or not yet there: admin, crash and immediate shutdown, cannot connect now. */
const SERVER_CODES = new Set(['57P01', '57P02', '57P03']);
/** node-postgres errors without a code: a connection cut mid-query, a pool with no connection free in time. */
const DRIVER_MESSAGES = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;

/**
 * Whether an error says the database cannot be reached right now (it restarts, fails over, or the
 * pool has no connection to give), as opposed to a statement that failed: the call may succeed if
 * retried. Looks through TypeORM's QueryFailedError (`driverError`) and `cause`.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (SOCKET_CODES.has(code) || SERVER_CODES.has(code) || /^08/.test(code))) return true;
    if (DRIVER_MESSAGES.test(current.message)) return true;
    const { driverError, cause } = current as { driverError?: unknown; cause?: unknown };
    current = driverError ?? cause;
  }
  return false;
}
