import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type {
  LaunchWaveMutation,
  RespondentSessionQuery,
  SendRespondentMessageMutation,
  SessionStatus,
  StartInterviewMutation,
  StudiesQuery,
  WaveRespondentsQuery,
  WaveStatus,
} from '../gql/graphql.js';

/**
 * Just enough of Ladder's GraphQL API for the simulator's unit tests: a wave of respondents, a
 * fixed seven-question moderator, client message ids applied once, and injected failures.
 */
export interface FakeTurn {
  seq: number;
  role: 'MODERATOR' | 'RESPONDENT';
  text: string;
  phase: string;
  ladderLevel: number;
}
interface Session {
  id: string;
  respondentId: string;
  status: SessionStatus;
  turns: FakeTurn[];
  applied: Map<string, FakeTurn>;
}

export interface FakeApi {
  url: string;
  sessions: Session[];
  /** Every send received, retries included: [clientMessageId, text]. */
  sends: [string, string][];
  /** Every respondent call (token only), in arrival order, and whether the rate limiter refused it. */
  respondentCalls: { at: number; refused: boolean }[];
  close(): Promise<void>;
}

const PLAN: [string, number][] = [
  ['context', 0],
  ['surface', 0],
  ['laddering', 1],
  ['laddering', 2],
  ['laddering', 3],
  ['comparative', 3],
  ['close', 3],
];
const error = (code: string, message = code) => ({ errors: [{ message, extensions: { code } }] });

export async function startFakeApi(options: {
  respondents: number;
  completed?: number[];
  waveStatus?: WaveStatus;
  unavailableEvery?: number;
  /** Every Nth respondent call is refused as the API's rate limiter does (429, RATE_LIMITED, retryAfter seconds). */
  rateLimited?: { every: number; retryAfter: number };
}): Promise<FakeApi> {
  const respondents = Array.from({ length: options.respondents }, (_, i) => ({
    id: `r-${i}`,
    externalId: `EXT-${String(i).padStart(3, '0')}`,
    score: i % 11,
    language: i % 3 === 0 ? 'fr' : 'en',
    attributes: { tier: 'SMB' },
  }));
  const sessions: Session[] =
    options.completed?.map((i) => ({ id: `s-done-${i}`, respondentId: `r-${i}`, status: 'COMPLETED', turns: [], applied: new Map() })) ??
    [];
  const byToken = new Map<string, Session>();
  const sends: [string, string][] = [];
  let waveStatus: WaveStatus = options.waveStatus ?? 'FIELDING';
  let calls = 0;
  const moderator = (s: Session) => {
    const asked = s.turns.filter((t) => t.role === 'MODERATOR').length;
    const [phase, ladderLevel] = PLAN[Math.min(asked, PLAN.length - 1)];
    const turn: FakeTurn = {
      seq: s.turns.length,
      role: 'MODERATOR',
      text: asked >= PLAN.length ? 'Thank you.' : `Question ${asked}?`,
      phase,
      ladderLevel,
    };
    s.turns.push(turn);
    if (asked >= PLAN.length) s.status = 'COMPLETED';
    return turn;
  };

  const handlers: Record<string, (v: Record<string, string>) => object> = {
    LaunchWave: () => {
      if (waveStatus !== 'DRAFT') return error('WAVE_ALREADY_LAUNCHED');
      waveStatus = 'FIELDING';
      return { data: { launchWave: { status: waveStatus } } satisfies LaunchWaveMutation };
    },
    Studies: () => ({
      data: {
        studies: [
          {
            id: 'st-1',
            name: 'Demo - NPS follow-up',
            waves: [{ id: 'w-1', name: 'Q4', status: waveStatus, createdAt: '2026-01-01T00:00:00Z' }],
          },
        ],
      } satisfies StudiesQuery,
    }),
    WaveRespondents: (v) => {
      const start = v.after ? Number(v.after) : 0;
      const page = respondents.slice(start, start + Number(v.first));
      const latest = (id: string) => sessions.filter((s) => s.respondentId === id).at(-1);
      return {
        data: {
          respondents: {
            pageInfo: { hasNextPage: start + page.length < respondents.length, endCursor: String(start + page.length) },
            edges: page.map((r) => ({ node: { ...r, latestSession: latest(r.id) ? { status: latest(r.id)!.status } : null } })),
          },
        } satisfies WaveRespondentsQuery,
      };
    },
    StartInterview: (v) => {
      if (waveStatus !== 'FIELDING') return error('WAVE_NOT_LAUNCHED');
      let session = sessions.filter((s) => s.respondentId === v.respondentId).at(-1);
      if (session?.status === 'COMPLETED') return error('INTERVIEW_ALREADY_COMPLETED');
      if (!session) {
        session = { id: `s-${sessions.length}`, respondentId: v.respondentId, status: 'INVITED', turns: [], applied: new Map() };
        sessions.push(session);
        moderator(session);
      }
      const token = `token-${session.id}-${byToken.size}`;
      byToken.set(token, session);
      return {
        data: {
          startInterview: { respondentToken: token, session: { id: session.id, status: session.status } },
        } satisfies StartInterviewMutation,
      };
    },
    RespondentSession: (v) => {
      const session = byToken.get(v.token);
      if (!session) return error('SESSION_NOT_FOUND');
      return {
        data: {
          respondentSession: { sessionId: session.id, status: session.status, turns: session.turns },
        } satisfies RespondentSessionQuery,
      };
    },
    SendRespondentMessage: (v) => {
      const session = byToken.get(v.token);
      if (!session) return error('SESSION_NOT_FOUND');
      sends.push([v.clientMessageId, v.text]);
      if (session.status === 'COMPLETED') return error('SESSION_CLOSED');
      const applied = session.applied.get(v.clientMessageId);
      if (applied) return { data: { sendRespondentMessage: applied } satisfies SendRespondentMessageMutation };
      session.turns.push({
        seq: session.turns.length,
        role: 'RESPONDENT',
        text: v.text,
        phase: session.turns.at(-1)!.phase,
        ladderLevel: session.turns.at(-1)!.ladderLevel,
      });
      session.status = 'ACTIVE';
      const reply = moderator(session);
      session.applied.set(v.clientMessageId, reply);
      // Applied, but the caller is told the service is unavailable: only an id-preserving retry is safe.
      if (options.unavailableEvery && ++calls % options.unavailableEvery === 0) return error('INTERVIEW_UNAVAILABLE');
      return { data: { sendRespondentMessage: reply } satisfies SendRespondentMessageMutation };
    },
  };
  /** Respondent calls carry only their token; everything else needs the key. */
  const anonymous = new Set(['RespondentSession', 'SendRespondentMessage']);

  let respondentCalls = 0;
  const respondentCallLog: { at: number; refused: boolean }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => {
      body += c.toString();
    });
    req.on('end', () => {
      const { query, variables } = JSON.parse(body) as { query: string; variables: Record<string, string> };
      const operation = /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? '';
      const handler = handlers[operation];
      const limited = options.rateLimited && anonymous.has(operation) && ++respondentCalls % options.rateLimited.every === 0;
      if (anonymous.has(operation)) respondentCallLog.push({ at: Date.now(), refused: Boolean(limited) });
      if (limited) {
        const body = {
          errors: [{ message: 'Too many requests', extensions: { code: 'RATE_LIMITED', retryAfter: options.rateLimited!.retryAfter } }],
        };
        res.writeHead(429, { 'content-type': 'application/json' }).end(JSON.stringify(body));
        return;
      }
      const payload = !handler
        ? error('GRAPHQL_VALIDATION_FAILED', `unknown operation ${operation}`)
        : !anonymous.has(operation) && req.headers.authorization !== 'Bearer test-key'
          ? error('UNAUTHENTICATED')
          : handler(variables);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    sessions,
    sends,
    respondentCalls: respondentCallLog,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
