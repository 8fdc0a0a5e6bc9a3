/**
 * A local HTTP server that speaks Mistral's protocol, so tests, the simulator and the benchmark
 * exercise the real SDK path offline. It injects failures (429, 500, hung requests) for a seeded
 * share of calls, so a run with the same seed fails the same calls.
 *
 * Replies: `respond` decides first (return null to fall through); then a last user message with a
 * `LADDER_DECISION {...}` line gets `{"question": ...}` built from the decision (a `leadingShare`
 * of them deliberately leading); then a user message with `LADDER_CODING {...}` gets a coding of
 * the transcript in it (a `badQuoteShare` of its quotes spoilt, in first answers only unless
 * `persistentBadQuotes`: a correction request, where an assistant answer follows the block, is
 * answered faithfully); then a last user message with `LADDER_THEME_LABELS {...}` gets labels for
 * those themes, one with `LADDER_SUMMARY_ACTIONS {...}` actions citing the counts given; then a
 * system prompt with `LADDER_PERSONA {...}` gets that persona's `nextAnswer` as plain text;
 * anything else gets `{}`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  answerReadingFor,
  codingAnswer,
  embed,
  personaAnswer,
  questionFor,
  readMarker,
  summaryActionsAnswer,
  themeLabelsAnswer,
  type ChatRequest,
  type WireDecision,
} from './fake-mistral-replies.js';
import { seededRandom } from '@ladder/contracts';

export type { ChatRequest, WireDecision };

export interface FakeMistralFailures {
  /** Share (0..1) of calls answered 429. */
  rateLimited?: number;
  /** Share (0..1) of calls answered 500. */
  serverError?: number;
  /** Share (0..1) of calls held unanswered until the client gives up or the server closes. */
  timeout?: number;
}

export interface FakeMistralOptions {
  /** Delay before each answer, in ms. */
  latencyMs?: number;
  failures?: FakeMistralFailures;
  /** Seeds the failure and leading-question draws (default 1). */
  seed?: number;
  /** Custom chat reply (the message content); null falls through to the default replies. */
  respond?: (request: ChatRequest) => string | null;
  /** Share (0..1) of LADDER_DECISION replies that are deliberately leading questions. */
  leadingShare?: number;
  /** Share (0..1) of LADDER_CODING quotes spoilt so they are no longer verbatim (seeded draws). */
  badQuoteShare?: number;
  /** Spoil quotes in answers to correction requests too, as a model that never learns would. */
  persistentBadQuotes?: boolean;
  /** Port to listen on (default: any free port). */
  port?: number;
}

export interface FakeMistralStats {
  calls: number;
  ok: number;
  rateLimited: number;
  serverError: number;
  timeout: number;
  unauthorized: number;
  badRequest: number;
  /** Calls per requested model name. */
  byModel: Record<string, number>;
  /** Calls per path (after auth), e.g. '/v1/embeddings'. */
  byRoute: Record<string, number>;
}

export interface FakeMistral {
  /** Origin to hand to the SDK as serverURL, e.g. http://127.0.0.1:41234. */
  url: string;
  stats: FakeMistralStats;
  /** The last chat request received (after auth), for assertions on prompts. */
  readonly lastChatRequest: ChatRequest | null;
  /** Replaces the given options; a new `seed` restarts the draws. */
  setOptions(partial: Omit<FakeMistralOptions, 'port'>): void;
  close(): Promise<void>;
}

type Outcome = 'ok' | 'rateLimited' | 'serverError' | 'timeout';

const MAX_BODY_BYTES = 10 * 1024 * 1024;
const ROUTES = new Set(['/v1/chat/completions', '/v1/embeddings']);

const newStats = (): FakeMistralStats => ({
  calls: 0,
  ok: 0,
  rateLimited: 0,
  serverError: 0,
  timeout: 0,
  unauthorized: 0,
  badRequest: 0,
  byModel: {},
  byRoute: {},
});

export async function startFakeMistral(initial: FakeMistralOptions = {}): Promise<FakeMistral> {
  let options: FakeMistralOptions = { ...initial };
  let failureDraw = seededRandom(options.seed ?? 1);
  let leadingDraw = seededRandom((options.seed ?? 1) ^ 0x9e3779b9);
  let quoteDraw = seededRandom((options.seed ?? 1) ^ 0x85ebca6b);
  const stats = newStats();
  let lastChatRequest: ChatRequest | null = null;
  let ids = 0;

  const pickOutcome = (): Outcome => {
    const { rateLimited = 0, serverError = 0, timeout = 0 } = options.failures ?? {};
    const r = failureDraw();
    if (r < rateLimited) return 'rateLimited';
    if (r < rateLimited + serverError) return 'serverError';
    if (r < rateLimited + serverError + timeout) return 'timeout';
    return 'ok';
  };

  const chatReply = (request: ChatRequest): string => {
    const custom = options.respond?.(request);
    if (custom != null) return custom;
    const lastUser = request.messages.filter((m) => m.role === 'user').at(-1)?.content ?? '';
    const decision = readMarker(lastUser, 'LADDER_DECISION');
    if (decision) {
      const leading = leadingDraw() < (options.leadingShare ?? 0);
      return JSON.stringify({ question: questionFor(decision as Partial<WireDecision>, leading), ...answerReadingFor(lastUser, decision) });
    }
    const coding = codingRequest(request);
    if (coding) {
      const spoil = !coding.correction || options.persistentBadQuotes;
      return codingAnswer(coding.block, () => Boolean(spoil) && quoteDraw() < (options.badQuoteShare ?? 0));
    }
    const labels = readMarker(lastUser, 'LADDER_THEME_LABELS');
    if (labels) return themeLabelsAnswer(labels);
    const actions = readMarker(lastUser, 'LADDER_SUMMARY_ACTIONS');
    if (actions) return summaryActionsAnswer(actions);
    const system = request.messages
      .filter((m) => m.role === 'system')
      .map((m) => m.content)
      .join('\n');
    const persona = readMarker(system, 'LADDER_PERSONA');
    return persona ? personaAnswer(persona) : '{}';
  };

  const answer = (path: string, body: Record<string, unknown>): unknown => {
    const id = `fake-${++ids}`;
    const created = Math.floor(Date.now() / 1000);
    if (path === '/v1/embeddings') {
      const inputs = ([] as unknown[]).concat(body.input).map(String);
      const promptTokens = tokens(inputs.join(''));
      return {
        id,
        object: 'list',
        model: body.model,
        usage: { prompt_tokens: promptTokens, completion_tokens: 0, total_tokens: promptTokens },
        data: inputs.map((text, index) => ({ object: 'embedding', embedding: embed(text), index })),
      };
    }
    const request = body as ChatRequest;
    lastChatRequest = request;
    const content = chatReply(request);
    const promptTokens = tokens(request.messages.map((m) => m.content).join(''));
    const completionTokens = tokens(content);
    return {
      id,
      object: 'chat.completion',
      model: request.model,
      created,
      usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
      choices: [{ index: 0, message: { role: 'assistant', content, tool_calls: null }, finish_reason: 'stop' }],
    };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '').split('?')[0];
    if (req.method !== 'POST' || !ROUTES.has(path)) return sendError(res, 404, 'not_found', `No route for ${req.method} ${path}`);
    stats.calls++;
    if (!/^Bearer\s+\S+/.test(req.headers.authorization ?? '')) {
      stats.unauthorized++;
      return sendError(res, 401, 'unauthorized', 'Unauthorized');
    }
    const body = parseBody(path, await readBody(req));
    if (typeof body === 'string') {
      stats.badRequest++;
      return sendError(res, 400, 'invalid_request_error', body);
    }
    const model = String(body.model);
    stats.byModel[model] = (stats.byModel[model] ?? 0) + 1;
    stats.byRoute[path] = (stats.byRoute[path] ?? 0) + 1;
    const outcome = pickOutcome();
    stats[outcome]++;
    // A hung request: never answered; the client's timeout or close() ends it.
    if (outcome === 'timeout') return;
    if (options.latencyMs) await sleep(options.latencyMs);
    if (res.destroyed) return;
    if (outcome === 'rateLimited') return sendError(res, 429, 'rate_limited', 'Requests rate limit exceeded', '1300');
    if (outcome === 'serverError') return sendError(res, 500, 'internal_server_error', 'Internal server error', '3000');
    sendJson(res, 200, answer(path, body));
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent && !res.destroyed) sendError(res, 500, 'internal_server_error', String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    stats,
    get lastChatRequest() {
      return lastChatRequest;
    },
    setOptions(partial) {
      options = { ...options, ...partial };
      if (partial.seed !== undefined) {
        failureDraw = seededRandom(partial.seed);
        leadingDraw = seededRandom(partial.seed ^ 0x9e3779b9);
        quoteDraw = seededRandom(partial.seed ^ 0x85ebca6b);
      }
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** The latest user message's LADDER_CODING block, and whether an answer to it already followed (a correction request). */
function codingRequest(request: ChatRequest): { block: Record<string, unknown>; correction: boolean } | null {
  for (let i = request.messages.length - 1; i >= 0; i--) {
    const message = request.messages[i];
    const block = message.role === 'user' ? readMarker(message.content, 'LADDER_CODING') : null;
    if (block) return { block, correction: request.messages.slice(i + 1).some((m) => m.role === 'assistant') };
  }
  return null;
}

/** Roughly one token per four characters, as Mistral's tokenizer does for English. */
const tokens = (text: string): number => Math.max(1, Math.ceil(text.length / 4));

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The parsed body, or a message saying what is wrong with it. */
function parseBody(path: string, raw: string): Record<string, unknown> | string {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return 'the body is not JSON';
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'the body must be a JSON object';
  const record = body as Record<string, unknown>;
  if (typeof record.model !== 'string' || !record.model) return 'model is required';
  if (path === '/v1/embeddings') return record.input === undefined ? 'input is required' : record;
  if (record.stream === true) return 'the fake server does not stream';
  if (!Array.isArray(record.messages) || record.messages.length === 0) return 'messages must be a non-empty array';
  record.messages = record.messages.map((m: { role?: unknown; content?: unknown }) => ({
    role: String(m.role),
    content: textOf(m.content),
  }));
  return record;
}

function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content))
    return content.map((chunk: { text?: unknown }) => (typeof chunk.text === 'string' ? chunk.text : '')).join('');
  return '';
}

function sendJson(res: ServerResponse, status: number, payload: unknown): void {
  const body = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function sendError(res: ServerResponse, status: number, type: string, message: string, code: string | null = null): void {
  sendJson(res, status, { object: 'error', message, type, param: null, code });
}
