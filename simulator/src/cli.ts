#!/usr/bin/env node
import { parseCliArgs, USAGE } from './cli-args.js';
import { createGraphqlClient, GraphqlError } from './graphql-client.js';
import { formatSummary, progressView } from './progress.js';
import { simulateWave } from './simulate-wave.js';
import { findDemoWave } from './waves.js';

/** `npm run simulate -- ...`: exit 0 when every interview completed, 1 on bad arguments or any failure. */
async function main(): Promise<number> {
  const parsed = parseCliArgs(process.argv.slice(2));
  if (parsed.kind === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (parsed.kind === 'error') {
    console.error(`simulate: ${parsed.problems.join('\n  ')}\n\n${USAGE}`);
    return 1;
  }
  const o = parsed.options;
  let waveId: string;
  if ('demo' in o.target) {
    const demo = await findDemoWave(createGraphqlClient({ url: o.apiUrl, apiKey: o.apiKey }));
    console.log(`demo wave: ${demo.studyName} / ${demo.name} (${demo.id})`);
    waveId = demo.id;
  } else {
    waveId = o.target.waveId;
  }
  console.log(`simulating up to ${o.count} interviews, ${o.concurrency} at a time, ${o.respondent} respondents, against ${o.apiUrl}`);
  const view = progressView();
  let fallbacks = 0;
  const mistral = o.mistral && {
    ...o.mistral,
    onFallback: () => {
      fallbacks++;
    },
  };
  const summary = await simulateWave({
    apiUrl: o.apiUrl,
    apiKey: o.apiKey,
    waveId,
    count: o.count,
    concurrency: o.concurrency,
    respondent: o.respondent,
    mistral,
    from: o.from,
    launch: o.launch,
    onProgress: (p) => view.update(p),
  }).finally(() => view.stop());
  console.log(formatSummary(summary));
  if (fallbacks) console.log(`${fallbacks} of ${summary.turns} answers fell back to the offline persona (the model failed or timed out)`);
  return summary.failed.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const detail =
      error instanceof GraphqlError ? `${error.code}: ${error.message}` : error instanceof Error ? error.message : String(error);
    console.error(`simulate: ${detail}`);
    process.exitCode = 1;
  },
);
