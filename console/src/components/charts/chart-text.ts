/**
 * The text alternative of a Chart.js chart (issue 16): a one-line summary for `aria-label` and a
 * table with the same numbers, both read from the chart's own data so they cannot drift from it.
 */

/** The part of Chart.js's data both need: category labels and datasets of numbers, ranges or points. */
export interface ChartDataLike {
  labels?: unknown[];
  datasets: { label?: string; data: unknown[] }[];
}

export interface ChartTableModel {
  /** The header: the category column, then one column per dataset. */
  columns: string[];
  rows: string[][];
}

const number = (x: number) => (Number.isInteger(x) ? String(x) : String(Math.round(x * 10) / 10));

/** One data point as text: a number, a floating bar's range ("-12 to 30"), a point's y; empty when missing. */
export function formatPoint(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? number(value) : '';
  if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'number')) {
    return `${number(value[0] as number)} to ${number(value[1] as number)}`;
  }
  if (value && typeof value === 'object' && 'y' in value) return formatPoint((value as { y: unknown }).y);
  return '';
}

const categoryOf = (data: ChartDataLike, i: number) => {
  const label = data.labels?.[i];
  return Array.isArray(label) ? label.join(' ') : label === undefined || label === null ? `#${i + 1}` : String(label);
};

export function chartTable(data: ChartDataLike, categoryHeading = ''): ChartTableModel {
  const length = Math.max(data.labels?.length ?? 0, ...data.datasets.map((d) => d.data.length));
  return {
    columns: [categoryHeading, ...data.datasets.map((d, i) => d.label ?? `Series ${i + 1}`)],
    rows: Array.from({ length }, (_, i) => [categoryOf(data, i), ...data.datasets.map((d) => formatPoint(d.data[i]))]),
  };
}

/**
 * `title: category value, ...` per dataset, the first few categories only ("and 7 more"): enough to
 * hear what the chart says; the table toggle beside it has every number.
 */
export function chartSummary(title: string, data: ChartDataLike, maxCategories = 6): string {
  const table = chartTable(data);
  if (!table.rows.length) return `${title}: no data yet`;
  const parts = table.columns.slice(1).map((series, s) => {
    const shown = table.rows
      .slice(0, maxCategories)
      .filter((row) => row[s + 1] !== '')
      .map((row) => (table.rows.length === 1 && row[0] ? row[s + 1] : `${row[0]} ${row[s + 1]}`));
    const more = table.rows.length > maxCategories ? `, and ${table.rows.length - maxCategories} more` : '';
    return `${series}: ${shown.join(', ')}${more}`;
  });
  return `${title}. ${parts.join('; ')}`;
}
