/**
 * The embedded chat's side of `/embed.js` (console/public/embed.js): events to the partner page by
 * postMessage. They go to one target origin, the embedding page's, and only when that origin is one of
 * the partner origins of the link's workspace (`GET /embed/frame-policy/<token>`, the same list the
 * page's frame-ancestors policy comes from): never to `*`. Events carry no words of the interview.
 */
export type EmbedEvent =
  | { type: 'ready'; status: string }
  | { type: 'turn'; turn: number }
  | { type: 'completed' }
  | { type: 'error'; code: string; status?: string }
  | { type: 'resize'; height: number };

/** What the frame's URL fragment carries: the embedding page's origin, the theme and the height mode. */
export interface EmbedParams {
  parentOrigin: string | null;
  autoHeight: boolean;
  params: URLSearchParams;
}

const ORIGIN = /^https?:\/\/[^/?#\s]+$/;
const POLICY_TIMEOUT_MS = 5_000;
const POLICY_ATTEMPTS = 2;

export function readEmbedParams(hash: string): EmbedParams {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const origin = params.get('origin');
  return { parentOrigin: origin && ORIGIN.test(origin) ? origin : null, autoHeight: params.get('height') === 'auto', params };
}

/** The partner origins of a chat link's workspace; a failure twice over (5 s each) counts as none. */
export async function partnerOrigins(token: string, fetchImpl: typeof fetch = fetch): Promise<string[]> {
  for (let attempt = 1; attempt <= POLICY_ATTEMPTS; attempt++) {
    try {
      const res = await fetchImpl(`/embed/frame-policy/${encodeURIComponent(token)}`, {
        credentials: 'omit',
        signal: AbortSignal.timeout(POLICY_TIMEOUT_MS),
      });
      if (res.ok) {
        const body = (await res.json()) as { origins?: unknown };
        return Array.isArray(body.origins) ? body.origins.filter((o): o is string => typeof o === 'string') : [];
      }
      if (res.status < 500) return [];
    } catch {
      // a timeout or a network error: try once more
    }
    if (attempt < POLICY_ATTEMPTS) await new Promise((r) => setTimeout(r, 500));
  }
  return [];
}

export interface EmbedBridgeOptions {
  token: string;
  parentOrigin: string | null;
  /** The frame's parent; none when the page is not framed. */
  parent: Window | null;
  /** `location.ancestorOrigins` where the browser has it (Chromium, Safari): the parent's real origin. */
  ancestorOrigins?: ArrayLike<string>;
  fetchImpl?: typeof fetch;
}

export interface EmbedBridge {
  post(event: EmbedEvent): void;
  /** The origin events go to, or null when they go nowhere (resolved once). */
  target: Promise<string | null>;
}

export function createEmbedBridge(options: EmbedBridgeOptions): EmbedBridge {
  const { parent, parentOrigin } = options;
  const target = (async () => {
    if (!parent || !parentOrigin) return null;
    // The fragment names the parent; where the browser says who the parent is, both must agree.
    const actual = options.ancestorOrigins?.length ? options.ancestorOrigins[0] : undefined;
    if (actual !== undefined && actual !== parentOrigin) return null;
    const origins = await partnerOrigins(options.token, options.fetchImpl);
    return origins.includes(parentOrigin) ? parentOrigin : null;
  })();
  return {
    target,
    // Chained on one promise: events arrive in the order they were posted.
    post(event) {
      void target.then((origin) => {
        if (origin) parent!.postMessage({ ladder: 1, ...event }, origin);
      });
    },
  };
}
