import type { IncomingHttpHeaders } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Principal } from '../common/context.js';
import { auditActor, recordAudit, reportAuditFailure } from './audit.service.js';
import { AuditAction } from '../common/enums.js';

/** Query parameters of the exports that name what was exported (ids; groupBy names attributes, not values). */
const TARGET_PARAMS = ['waveId', 'studyId'];

/**
 * Mounted before the export router: once an export's response is finished, one EXPORT event
 * with its ids and its outcome (the error code of a refused one). Callers without a valid key
 * have no workspace to log into; their 401 is the export router's.
 */
export function auditExports(options: {
  db: DataSource;
  principalOf: (headers: IncomingHttpHeaders) => Promise<Principal>;
}): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    let errorCode: string | null = null;
    const json = res.json.bind(res);
    res.json = (body: unknown) => {
      const code = (body as { errors?: { extensions?: { code?: unknown } }[] } | null)?.errors?.[0]?.extensions?.code;
      if (typeof code === 'string') errorCode = code;
      return json(body);
    };
    res.once('close', () => {
      void record(req, res.statusCode, errorCode);
    });
    next();
  };

  async function record(req: Request, status: number, code: string | null): Promise<void> {
    const principal = await options.principalOf(req.headers).catch(() => null);
    if (!principal || principal.kind === 'anonymous') return;
    const target: Record<string, string> = {};
    for (const name of TARGET_PARAMS) {
      const value = req.query[name];
      if (typeof value === 'string' && value.length <= 200) target[name] = value;
    }
    const entries = [
      {
        workspaceId: principal.workspaceId,
        ...auditActor(principal),
        action: AuditAction.EXPORT,
        name: req.path.replace(/^\//, ''),
        target,
        errorCode: status < 400 && !code ? null : (code ?? `HTTP_${status}`),
      },
    ];
    await recordAudit(options.db, entries).catch((error: unknown) => reportAuditFailure(error, entries));
  }
}
