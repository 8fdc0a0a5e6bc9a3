import type { RequestHandler } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export interface IpRateLimit {
  /** Requests allowed per IP address within the window. */
  points: number;
  durationSeconds: number;
}

/**
 * Per-IP limit for a public route, in this process's memory (each API replica counts its own).
 * Over the limit: 429 with Retry-After in seconds. The address is the socket's: behind a proxy,
 * set Express's `trust proxy` so `req.ip` is the client's.
 */
export function ipRateLimit(limit: IpRateLimit): RequestHandler {
  const limiter = new RateLimiterMemory({ points: limit.points, duration: limit.durationSeconds });
  return (req, res, next) => {
    limiter.consume(req.ip ?? req.socket.remoteAddress ?? 'unknown').then(
      () => next(),
      (rejection: unknown) => {
        if (!(rejection instanceof RateLimiterRes)) return next(rejection);
        res
          .status(429)
          .set('Retry-After', String(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))))
          .type('text/plain')
          .send('Too many requests; try again later.\n');
      },
    );
  };
}
