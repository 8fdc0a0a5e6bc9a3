// Ingest survey responses into a wave with the `ingestResponses` mutation (at most 1,000 per call).
// An upsert by externalId: sending the same responses again changes nothing, so a retry is always safe.
// Run: LADDER_API_URL=http://localhost:4000 LADDER_API_KEY=... LADDER_WAVE_ID=... npx tsx ingest-responses.ts
const apiUrl = required('LADDER_API_URL');
const apiKey = required('LADDER_API_KEY');
const waveId = required('LADDER_WAVE_ID');

const INGEST = `mutation Ingest($input: IngestResponsesInput!) {
  ingestResponses(input: $input) { ok inserted updated unchanged batchId errors { index field code message } }
}`;

interface IngestResult {
  ok: boolean;
  inserted: number;
  updated: number;
  unchanged: number;
  batchId: string | null;
  errors: { index: number; field: string | null; code: string; message: string }[];
}

const responses = [
  {
    externalId: 'crm-1001',
    score: 3,
    language: 'en',
    comment: 'Exports keep timing out',
    attributes: { tier: 'Enterprise', region: 'eu' },
  },
  { externalId: 'crm-1002', score: 9, language: 'en', comment: 'Great onboarding', attributes: { tier: 'SMB', region: 'us' } },
  { externalId: 'crm-1003', score: 6, language: 'fr', attributes: { tier: 'SMB', region: 'eu' } },
];

async function main() {
  for (const attempt of ['first send', 'same payload again']) {
    const { ingestResponses: result } = await graphql<{ ingestResponses: IngestResult }>(INGEST, { input: { waveId, responses } });
    // All or nothing: one bad response refuses the call, with every problem listed by index.
    if (!result.ok) throw new Error(`refused: ${result.errors.map((e) => `[${e.index}] ${e.code} ${e.message}`).join('; ')}`);
    const { inserted, updated, unchanged, batchId } = result;
    console.log(`${attempt}: inserted ${inserted}, updated ${updated}, unchanged ${unchanged} (batch ${batchId})`);
  }
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
  console.error(`ingest failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
