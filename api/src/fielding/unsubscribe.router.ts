import { createHash } from 'node:crypto';
import express, { type ErrorRequestHandler, type Request, type Response, type Router } from 'express';
import type { DataSource } from 'typeorm';
import { ipRateLimit, type IpRateLimit } from './rate-limit.js';
import { confirmPage, donePage, notFoundPage, PAGE_HEADERS } from './unsubscribe-page.js';

/** Tokens the dispatcher mints are URL-safe; anything else cannot be one and skips the database. */
const TOKEN = /^[A-Za-z0-9_-]{16,128}$/;
export const UNSUBSCRIBE_MAX_BODY = '1kb';
export const UNSUBSCRIBE_RATE_LIMIT: IpRateLimit = { points: 30, durationSeconds: 60 };

const tokenHash = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/** RFC 8058 one-click: the body is `List-Unsubscribe=One-Click` (form-encoded, or a multipart field of that name). */
const isOneClick = (body: unknown) => typeof body === 'string' && /List-Unsubscribe/i.test(body) && /One-Click/i.test(body);

function html(res: Response, status: number, body: string): void {
  res.status(status).set(PAGE_HEADERS).type('html').send(body);
}

/**
 * `GET /unsubscribe/:token` shows a page with a button and changes nothing: mail scanners and
 * link previews open every link. `POST /unsubscribe/:token` (the mail client's one-click request,
 * or that button) puts the delivery's address on its workspace's suppression list. Idempotent:
 * an address already listed stays as it is (a bounce stays a bounce).
 */
export function createUnsubscribeRouter(options: { db: DataSource; rateLimit?: IpRateLimit }): Router {
  const router = express.Router();
  router.use(ipRateLimit(options.rateLimit ?? UNSUBSCRIBE_RATE_LIMIT));

  router.get('/:token', async (req: Request<{ token: string }>, res) => {
    const { token } = req.params;
    const rows: { suppressed: boolean }[] = TOKEN.test(token)
      ? await options.db.query(
          `SELECT EXISTS (SELECT 1 FROM email_suppression s
                          WHERE s.workspace_id = d.workspace_id AND s.email = lower(d.email)) AS suppressed
           FROM email_delivery d WHERE d.unsubscribe_token_hash = $1`,
          [tokenHash(token)],
        )
      : [];
    if (!rows.length) return html(res, 404, notFoundPage());
    html(res, 200, confirmPage(rows[0].suppressed));
  });

  router.post('/:token', express.text({ type: () => true, limit: UNSUBSCRIBE_MAX_BODY }), async (req: Request<{ token: string }>, res) => {
    const { token } = req.params;
    const oneClick = isOneClick(req.body);
    const [row]: { found: number }[] = TOKEN.test(token)
      ? await options.db.query(
          `WITH d AS (SELECT id, workspace_id, lower(email) AS email FROM email_delivery WHERE unsubscribe_token_hash = $1),
           added AS (
             INSERT INTO email_suppression (workspace_id, email, reason, delivery_id)
             SELECT workspace_id, email, 'unsubscribed', id FROM d
             ON CONFLICT (workspace_id, email) DO NOTHING RETURNING 1
           )
           SELECT (SELECT count(*)::int FROM d) AS found, (SELECT count(*)::int FROM added) AS added`,
          [tokenHash(token)],
        )
      : [{ found: 0 }];
    if (oneClick) {
      res
        .status(row.found ? 200 : 404)
        .set(PAGE_HEADERS)
        .type('text/plain')
        .send(row.found ? 'Unsubscribed.\n' : 'Unknown link.\n');
      return;
    }
    html(res, row.found ? 200 : 404, row.found ? donePage() : notFoundPage());
  });

  const bodyErrors: ErrorRequestHandler = (error: { status?: number; type?: string }, _req, res, next) => {
    if (error.type === 'entity.too.large') return void res.status(413).type('text/plain').send('Request body too large.\n');
    if (typeof error.status === 'number' && error.status >= 400 && error.status < 500) {
      return void res.status(error.status).type('text/plain').send('Bad request.\n');
    }
    next(error);
  };
  router.use(bodyErrors);
  return router;
}
