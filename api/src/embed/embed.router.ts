import { createHash } from 'node:crypto';
import express, { type Request, type Router } from 'express';
import type { DataSource } from 'typeorm';
import { ipRateLimit, type IpRateLimit } from '../fielding/rate-limit.js';

/** Chat links are base64url (24 random bytes); anything else cannot be one and skips the database. */
const TOKEN = /^[A-Za-z0-9_-]{16,128}$/;
/**
 * The console asks once per chat page it serves in embed mode, and the chat once more: all of a
 * console server's respondents share its address, so the allowance is wide (each process counts its own).
 */
export const FRAME_POLICY_RATE_LIMIT: IpRateLimit = { points: 1200, durationSeconds: 60 };
/** The header a reverse proxy copies (nginx `auth_request_set`) into the chat page's CSP. */
export const FRAME_ANCESTORS_HEADER = 'X-Ladder-Frame-Ancestors';

const tokenHash = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/** The CSP source list for a workspace's partner origins; none: no page may frame the chat. */
export const frameAncestors = (origins: readonly string[]) => (origins.length ? origins.join(' ') : "'none'");

/**
 * `GET /embed/frame-policy/:token`: the partner origins of the workspace a chat link belongs to,
 * `{ "origins": [...] }`, and the same as a CSP source list in `X-Ladder-Frame-Ancestors`. Whoever
 * serves the chat page sets `frame-ancestors` from it (the console's server, or a reverse proxy), and
 * the chat posts its events only to the embedding page's origin when it is in the list. An unknown
 * link answers an empty list (200, so a proxy's auth_request reads it as it reads any other).
 * It names origins only: nothing about the interview or the respondent, never the token.
 */
export function createEmbedRouter(options: { db: DataSource; rateLimit?: IpRateLimit }): Router {
  const router = express.Router();
  router.use(ipRateLimit(options.rateLimit ?? FRAME_POLICY_RATE_LIMIT));
  // A GET with a body is not a client of this route: nothing is read, and no body is accepted.
  router.use((req, res, next) => {
    if (Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'])
      return void res.status(413).type('text/plain').send('Request body too large.\n');
    next();
  });

  router.get('/frame-policy/:token', async (req: Request<{ token: string }>, res) => {
    const { token } = req.params;
    const rows: { origins: string[] }[] = TOKEN.test(token)
      ? await options.db.query(
          `SELECT w.embed_origins AS origins FROM interview_session s JOIN workspace w ON w.id = s.workspace_id WHERE s.token_hash = $1`,
          [tokenHash(token)],
        )
      : [];
    const origins = rows[0]?.origins ?? [];
    res
      .status(200)
      .set({ 'Cache-Control': 'no-store', [FRAME_ANCESTORS_HEADER]: frameAncestors(origins) })
      .json({ origins });
  });
  return router;
}
