import { vi } from 'vitest';

/** Specs only: answers GraphQL requests by operation name and records what was sent. */
export type Answer = { data?: unknown; errors?: { message: string; extensions: { code: string } & Record<string, unknown> }[] };
export interface SentRequest {
  operation: string;
  variables: Record<string, unknown>;
}

export function stubGraphQL(answers: Record<string, Answer | ((variables: Record<string, unknown>) => Answer)>): SentRequest[] {
  const sent: SentRequest[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> };
      const operation = /^(?:query|mutation|subscription)\s+(\w+)/m.exec(body.query)?.[1] ?? '';
      sent.push({ operation, variables: body.variables });
      const answer = answers[operation];
      const reply =
        typeof answer === 'function'
          ? answer(body.variables)
          : (answer ?? { errors: [{ message: `no answer for ${operation}`, extensions: { code: 'TEST' } }] });
      return new Response(JSON.stringify(reply), { headers: { 'content-type': 'application/json' } });
    }),
  );
  return sent;
}
