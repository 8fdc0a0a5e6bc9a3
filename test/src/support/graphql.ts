// Responses are walked by path in assertions.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = any;

export interface GqlResult { status: number; data: Loose; errors?: { message: string; extensions: { code: string } }[] }

/** One GraphQL request over HTTP, as a partner would send it. */
export async function gql(url: string, query: string, variables: Record<string, unknown> = {}, options: { key?: string } = {}): Promise<GqlResult> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(options.key ? { authorization: `Bearer ${options.key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json() as { data?: Loose; errors?: GqlResult['errors'] };
  return { status: res.status, data: body.data, errors: body.errors };
}
