import { readdirSync, readFileSync } from 'node:fs';

/** The processes a benchmark run is made of, by what they are. */
export type ProcessRole = 'worker' | 'api' | 'postgres' | 'temporal' | 'bench';
export type CpuSeconds = Record<ProcessRole, number>;

const TICKS_PER_SECOND = 100;

interface ProcStat {
  pid: number;
  ppid: number;
  comm: string;
  cpuSeconds: number;
}

function readStat(pid: number): ProcStat | null {
  try {
    const raw = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // comm is in parentheses and may hold spaces: the fields after it are split from its closing one.
    const close = raw.lastIndexOf(')');
    const fields = raw.slice(close + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    return { pid, ppid: Number(fields[1]), comm: raw.slice(raw.indexOf('(') + 1, close), cpuSeconds: ticks / TICKS_PER_SECOND };
  } catch {
    return null; // exited meanwhile
  }
}

const cmdline = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
};

function roleOf(stat: ProcStat): ProcessRole | null {
  if (stat.pid === process.pid) return 'bench';
  if (stat.comm === 'postgres') return 'postgres';
  const args = cmdline(stat.pid);
  if (args.includes('workflows/dist/main.js')) return 'worker';
  if (args.includes('api/dist/main.js')) return 'api';
  if (/temporal/.test(stat.comm) || / server start-dev /.test(args)) return 'temporal';
  return null;
}

/**
 * CPU seconds (user + system, children that were waited for included) used so far by this
 * benchmark's processes: the descendants of the vitest process that started it (PostgreSQL and
 * Temporal come from its global setup, the API and worker from this process). Linux only;
 * zeros elsewhere. Other people's processes on the machine are not counted.
 */
export function cpuSeconds(): CpuSeconds {
  const totals: CpuSeconds = { worker: 0, api: 0, postgres: 0, temporal: 0, bench: 0 };
  let stats: ProcStat[];
  try {
    stats = readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .map((name) => readStat(Number(name)))
      .filter((s): s is ProcStat => s !== null);
  } catch {
    return totals;
  }
  const children = new Map<number, ProcStat[]>();
  for (const s of stats) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s]);
  const root = process.ppid;
  const pending = [...(children.get(root) ?? [])];
  while (pending.length) {
    const s = pending.pop()!;
    const role = roleOf(s);
    if (role) totals[role] += s.cpuSeconds;
    pending.push(...(children.get(s.pid) ?? []));
  }
  return totals;
}

/** What each role used between two readings. */
export const cpuBetween = (before: CpuSeconds, after: CpuSeconds): CpuSeconds => ({
  worker: after.worker - before.worker,
  api: after.api - before.api,
  postgres: after.postgres - before.postgres,
  temporal: after.temporal - before.temporal,
  bench: after.bench - before.bench,
});
