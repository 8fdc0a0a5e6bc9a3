// Start an interview for a wave's detractor and get the respondent's chat link.
// It pages through the wave's detractors (a connection: `first` + `after`) to the first one without an interview,
// or takes LADDER_RESPONDENT_ID. The wave must be launched; the link is the respondent's only credential.
// Run: LADDER_API_URL=http://localhost:4000 LADDER_API_KEY=... LADDER_WAVE_ID=... npx tsx start-interview.ts
const apiUrl = required('LADDER_API_URL');
const apiKey = required('LADDER_API_KEY');
const waveId = required('LADDER_WAVE_ID');

const DETRACTORS = `query Detractors($waveId: ID!, $after: String) {
  respondents(waveId: $waveId, filter: { bands: [DETRACTOR] }, first: 100, after: $after) {
    edges { node { id externalId latestSession { id status } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const START = `mutation Start($respondentId: ID!) {
  startInterview(respondentId: $respondentId) { chatUrl session { id status } }
}`;

interface Page {
  respondents: {
    edges: { node: { id: string; externalId: string; latestSession: { id: string; status: string } | null } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}
interface Started {
  startInterview: { chatUrl: string; session: { id: string; status: string } };
}

async function firstUninterviewed(): Promise<string> {
  let after: string | null = null;
  for (;;) {
    const { respondents }: Page = await graphql<Page>(DETRACTORS, { waveId, after });
    const found = respondents.edges.find((edge) => !edge.node.latestSession);
    if (found) return found.node.id;
    if (!respondents.pageInfo.hasNextPage) throw new Error('every detractor of the wave has an interview already');
    after = respondents.pageInfo.endCursor;
  }
}

async function main() {
  const respondentId = process.env.LADDER_RESPONDENT_ID || (await firstUninterviewed());
  // Starting again re-issues the link (the old one stops working) and keeps the interview.
  const { startInterview } = await graphql<Started>(START, { respondentId });
  console.log(`interview ${startInterview.session.id} (${startInterview.session.status}) for respondent ${respondentId}`);
  console.log(`chat link: ${startInterview.chatUrl}`);
}

async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await res.json()) as { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };
  const [error] = body.errors ?? [];
  if (error || !body.data) throw new Error(`${error?.extensions?.code ?? `HTTP ${res.status}`}: ${error?.message ?? 'no data'}`);
  return body.data;
}

function required(name: string): string {
  const value = process.env[name];
  if (value) return value;
  console.error(`Set ${name}`);
  process.exit(2);
}

main().catch((error: unknown) => {
  console.error(`start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
