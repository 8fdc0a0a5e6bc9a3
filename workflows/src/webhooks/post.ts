import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { ResolvedWebhookUrl } from '@ladder/contracts/webhook-url';

export interface PostResult {
  statusCode: number | null;
  latencyMs: number;
  /** The answer's first `maxBodyBytes`, as text. */
  body: string | null;
  /** Why no answer came (timeout, refused connection...). */
  error: string | null;
}

/**
 * POSTs to the address the URL was checked at (the lookup is pinned to it, while TLS still checks
 * the certificate against the host name). Redirects are answers like any other: never followed, and
 * not a 2xx. The whole request, connecting included, is bounded by `timeoutMs`.
 */
export function postWebhook(
  target: ResolvedWebhookUrl,
  headers: Record<string, string>,
  body: string,
  options: { timeoutMs: number; maxBodyBytes: number },
): Promise<PostResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const pinned: LookupFunction = (_host, opts, callback) => {
    // Node asks for every address when it may try them in turn (happy eyeballs): the checked ones, nothing else.
    if (opts.all) callback(null, target.addresses);
    else callback(null, target.address, target.family);
  };
  const transport = target.url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: Omit<PostResult, 'latencyMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...result, latencyMs: elapsed() });
    };
    const request = transport.request(
      target.url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup: pinned,
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const done = () => {
          finish({
            statusCode: response.statusCode ?? null,
            body: Buffer.concat(chunks).subarray(0, options.maxBodyBytes).toString('utf8'),
            error: null,
          });
          response.destroy();
        };
        response.on('data', (chunk: Buffer) => {
          if (size < options.maxBodyBytes) chunks.push(chunk);
          size += chunk.length;
          if (size >= options.maxBodyBytes) done();
        });
        response.on('end', done);
        response.on('error', done);
      },
    );
    const timer = setTimeout(() => {
      finish({ statusCode: null, body: null, error: `no answer within ${options.timeoutMs} ms` });
      request.destroy();
    }, options.timeoutMs);
    request.on('error', (error) => finish({ statusCode: null, body: null, error: error.message }));
    request.end(body);
  });
}
