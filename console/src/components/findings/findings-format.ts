import { interval, pct, pValue, signedPct } from '../insights/format';

/** The figures of one heatmap cell, as the API returns them. */
export interface HeatCell {
  label: string;
  count: number;
  n: number;
  share?: number | null;
  low: number;
  high: number;
  smallSample: boolean;
  versusRest: { difference?: number | null; low?: number | null; high?: number | null; adjustedP?: number | null; flag: string };
}

/** Colour of a cell's share on a white-to-blue scale relative to the table's largest share; grey for small samples. */
export function heatColor(share: number | null | undefined, max: number, smallSample = false): string {
  if (smallSample) return '#eceff4';
  if (share == null || max <= 0) return '#ffffff';
  const t = Math.min(1, Math.max(0, share / max));
  // White (255,255,255) to a deep blue (31,94,168).
  const mix = (to: number) => Math.round(255 + (to - 255) * t);
  return `rgb(${mix(31)}, ${mix(94)}, ${mix(168)})`;
}

/** Dark text on light cells, white on the dark end of the scale. */
export function heatTextColor(share: number | null | undefined, max: number, smallSample = false): string {
  if (smallSample || share == null || max <= 0) return '#5b6475';
  return share / max > 0.55 ? '#ffffff' : '#1b2330';
}

/** The table's largest share: the top of the colour scale. */
export function maxShare(cells: readonly { share?: number | null; smallSample: boolean }[]): number {
  return cells.reduce((m, c) => (c.share != null && !c.smallSample ? Math.max(m, c.share) : m), 0);
}

/** The cell's tooltip: share and count, 95% interval, n, difference from the rest and the adjusted p-value. */
export function cellTitle(segment: string, cell: HeatCell): string {
  const lines = [
    `${segment} · ${cell.label}: ${pct(cell.share)} (${cell.count} of ${cell.n})`,
    `95% interval ${interval(cell.low, cell.high, (x) => pct(x))}`,
    `vs rest of wave ${signedPct(cell.versusRest.difference)} (${interval(cell.versusRest.low, cell.versusRest.high, signedPct)})`,
    `adjusted ${pValue(cell.versusRest.adjustedP)}${cell.versusRest.flag ? ` ${cell.versusRest.flag}` : ''}`,
  ];
  if (cell.smallSample) lines.push('n < 30: read with care');
  return lines.join('\n');
}

/** "root differs from stated in 60%" or a dash-free sentence when no interview has both drivers. */
export function differSentence(differShare: number | null | undefined, withBoth: number): string {
  if (differShare == null || !withBoth) return 'no interview with both a stated and a root driver';
  return `root differs from stated in ${pct(differShare)} (of ${withBoth})`;
}

export interface MatrixCell {
  stated?: string | null;
  statedLabel?: string | null;
  root?: string | null;
  rootLabel?: string | null;
  count: number;
}

/** A segment's stated-to-root cells as a matrix: stated drivers as rows, root drivers as columns ("none" for null). */
export function matrixOf(cells: readonly MatrixCell[]): {
  rows: string[];
  columns: string[];
  count: (row: string, column: string) => number;
} {
  const NONE = '(none)';
  const rowLabel = (c: MatrixCell) => (c.stated == null ? NONE : (c.statedLabel ?? c.stated));
  const columnLabel = (c: MatrixCell) => (c.root == null ? NONE : (c.rootLabel ?? c.root));
  const totals = new Map<string, number>();
  const rowTotals = new Map<string, number>();
  const colTotals = new Map<string, number>();
  for (const c of cells) {
    const r = rowLabel(c);
    const k = columnLabel(c);
    totals.set(`${r}\u0000${k}`, (totals.get(`${r}\u0000${k}`) ?? 0) + c.count);
    rowTotals.set(r, (rowTotals.get(r) ?? 0) + c.count);
    colTotals.set(k, (colTotals.get(k) ?? 0) + c.count);
  }
  const byTotal = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
  return { rows: byTotal(rowTotals), columns: byTotal(colTotals), count: (row, column) => totals.get(`${row}\u0000${column}`) ?? 0 };
}
