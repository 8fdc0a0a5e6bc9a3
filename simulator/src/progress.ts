import cliProgress from 'cli-progress';
import type { SimulationProgress, SimulationSummary } from './simulate-wave.js';

export interface ProgressView {
  update(progress: SimulationProgress): void;
  stop(): void;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** A live bar on a terminal; one plain line per 10% otherwise (CI logs, `npm start`'s prefixed output). */
export function progressView(stream: NodeJS.WriteStream = process.stdout): ProgressView {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        format: 'interviews {bar} {value}/{total} | turns {turns} | failed {failed} | {duration_formatted}',
        hideCursor: true,
        stream,
      },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(p) {
        if (!started) bar.start(p.total, p.done, { turns: p.turns, failed: p.failed });
        started = true;
        bar.setTotal(p.total);
        bar.update(p.done, { turns: p.turns, failed: p.failed });
      },
      stop: () => {
        if (started) bar.stop();
      },
    };
  }
  const began = performance.now();
  let printed = -1;
  return {
    update(p) {
      const tenth = p.total === 0 ? 10 : Math.floor((p.done / p.total) * 10);
      if (tenth <= printed) return;
      printed = tenth;
      stream.write(
        `interviews ${p.done}/${p.total} (${tenth * 10}%) | turns ${p.turns} | failed ${p.failed} | ` +
          `${seconds(performance.now() - began)}\n`,
      );
    },
    stop: () => {},
  };
}

export function formatSummary(summary: SimulationSummary): string {
  const lines = [
    `${summary.interviews} interviews: ${summary.completed} completed, ${summary.failed.length} failed; ` +
      `${summary.turns} answers in ${seconds(summary.durationMs)}`,
  ];
  for (const f of summary.failed.slice(0, 20)) lines.push(`  failed ${f.respondentId}: ${f.code} ${f.message}`);
  if (summary.failed.length > 20) lines.push(`  ... and ${summary.failed.length - 20} more`);
  return lines.join('\n');
}
