// Follow a study's segment NPS live over graphql-ws (`npm install graphql-ws ws`; Node 20 has no WebSocket).
// It reads the current figures once (`segmentNps`), then prints each update `segmentNpsChanged` pushes (at most one per
// second, when responses arrive or transcripts are coded) until LADDER_UPDATES updates came (default 1).
// Run: LADDER_API_URL=http://localhost:4000 LADDER_API_KEY=... LADDER_STUDY_ID=... npx tsx subscribe-segment-nps.ts
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const apiUrl = required('LADDER_API_URL');
const apiKey = required('LADDER_API_KEY');
const studyId = required('LADDER_STUDY_ID');
const updates = Number(process.env.LADDER_UPDATES ?? 1);
const waitMs = Number(process.env.LADDER_WAIT_SECONDS ?? 120) * 1000;

const FIGURES = `overall { n nps ciLow ciHigh } segments { label n nps smallSample }`;
const NOW = `query Now($studyId: ID!) { segmentNps(studyId: $studyId, groupBy: ["band"]) { ${FIGURES} } }`;
const CHANGED = `subscription Changed($studyId: ID!) { segmentNpsChanged(studyId: $studyId, groupBy: ["band"]) { ${FIGURES} } }`;

interface Figures {
  overall: { n: number; nps: number | null; ciLow: number | null; ciHigh: number | null };
  segments: { label: string; n: number; nps: number | null; smallSample: boolean }[];
}

const show = (when: string, f: Figures) =>
  console.log(
    `${when}: NPS ${f.overall.nps ?? '-'} [${f.overall.ciLow ?? '-'}, ${f.overall.ciHigh ?? '-'}] over ${f.overall.n} responses; ` +
      f.segments.map((s) => `${s.label} ${s.nps ?? '-'} (n=${s.n}${s.smallSample ? ', small' : ''})`).join(', '),
  );

async function main() {
  const client = createClient({
    url: `${apiUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${apiKey}` }, // the key goes in connection_init, not in the URL
    retryAttempts: 5, // a dropped connection is reopened and the subscription sent again
  });
  try {
    for await (const now of client.iterate<{ segmentNps: Figures }>({ query: NOW, variables: { studyId } })) {
      if (now.errors?.length) throw new Error(`${now.errors[0].extensions?.code}: ${now.errors[0].message}`);
      show('now', now.data!.segmentNps);
    }
    const subscription = client.iterate<{ segmentNpsChanged: Figures }>({ query: CHANGED, variables: { studyId } });
    console.log('listening for updates');
    const read = async () => {
      let received = 0;
      for await (const result of subscription) {
        if (result.errors?.length) throw new Error(`${result.errors[0].extensions?.code}: ${result.errors[0].message}`);
        show('update', result.data!.segmentNpsChanged);
        if (++received >= updates) return; // leaving the loop completes the subscription
      }
      throw new Error(`the subscription ended after ${received} of ${updates} updates`);
    };
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`fewer than ${updates} updates within ${waitMs / 1000} s`)), waitMs);
    });
    await Promise.race([read(), timeout]).finally(() => clearTimeout(timer));
  } finally {
    await client.dispose();
  }
}

function required(name: string): string {
  const value = process.env[name];
  if (value) return value;
  console.error(`Set ${name}`);
  process.exit(2);
}

main().catch((error: unknown) => {
  console.error(`subscription failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
