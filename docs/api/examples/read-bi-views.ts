// Read the `bi` views straight from PostgreSQL, as a BI tool does (`npm install pg`), with a BI reader login: a role in
// `ladder_bi_reader` mapped to one workspace in `bi_reader` (docs/bi.md). It sees that workspace's rows only, and
// segment cells under its minimum n come back NULL with `suppressed = true`.
// Run: DATABASE_URL=postgres://<bi login>:<password>@host:5432/ladder LADDER_WAVE_ID=... npx tsx read-bi-views.ts
import pg from 'pg';

const databaseUrl = required('DATABASE_URL');
const waveId = required('LADDER_WAVE_ID');

// pg hands bigint counts and numeric rates over as text, so they print exactly as PostgreSQL computed them.
interface WaveRow {
  wave_name: string;
  respondents: string;
  promoters: string;
  passives: string;
  detractors: string;
  nps: string | null;
}
interface SegmentRow {
  attribute: string;
  value: string;
  respondents: string | null;
  nps: string | null;
  suppressed: boolean;
}

async function main() {
  // A statement that runs longer than 30 s is cancelled by the server; the connection attempt gives up after 10 s.
  const client = new pg.Client({ connectionString: databaseUrl, statement_timeout: 30_000, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const wave = await client.query<WaveRow>(
      `SELECT wave_name, respondents, promoters, passives, detractors, nps FROM bi.segment_nps_by_wave WHERE wave_id = $1`,
      [waveId],
    );
    if (wave.rows.length === 0) throw new Error(`no row for wave ${waveId}: another workspace's wave, or a login not in bi_reader`);
    for (const w of wave.rows) {
      console.log(`${w.wave_name}: NPS ${w.nps} over ${w.respondents} (${w.promoters} promoters, ${w.detractors} detractors)`);
    }
    const segments = await client.query<SegmentRow>(
      `SELECT attribute, value, respondents, nps, suppressed FROM bi.segment_nps_by_attribute
        WHERE wave_id = $1 ORDER BY attribute, value`,
      [waveId],
    );
    for (const s of segments.rows) {
      console.log(`  ${s.attribute}=${s.value}: ${s.suppressed ? 'suppressed (under min n)' : `NPS ${s.nps} over ${s.respondents}`}`);
    }
  } finally {
    await client.end();
  }
}

function required(name: string): string {
  const value = process.env[name];
  if (value) return value;
  console.error(`Set ${name}`);
  process.exit(2);
}

main().catch((error: unknown) => {
  console.error(`bi read failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
