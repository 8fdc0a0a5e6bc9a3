/**
 * Agreement between two codings of the same items (a golden coding and a re-code): percent
 * agreement and Cohen's kappa on yes/no decisions. Pure, so the worker that measures and the tests
 * that check it use the same arithmetic.
 */

/** A 2x2 table of paired yes/no decisions: `both` yes, `goldenOnly`, `otherOnly`, `neither`. */
export interface AgreementTable {
  both: number;
  goldenOnly: number;
  otherOnly: number;
  neither: number;
}

export interface Agreement {
  /** Decisions compared. */
  n: number;
  /** Share of decisions on which both say the same, 0..1; null when n = 0. */
  percentAgreement: number | null;
  /**
   * Cohen's kappa, (po - pe) / (1 - pe), with pe from each side's own yes rate; null when n = 0 or
   * when pe = 1 (both sides say the same thing for every item, so chance explains all agreement and
   * kappa is undefined).
   */
  kappa: number | null;
  /** Agreement expected by chance, pe; null when n = 0. */
  expectedAgreement: number | null;
}

export const emptyTable = (): AgreementTable => ({ both: 0, goldenOnly: 0, otherOnly: 0, neither: 0 });

/** Adds one paired decision to a table (in place) and returns it. */
export function tally(table: AgreementTable, golden: boolean, other: boolean): AgreementTable {
  if (golden && other) table.both++;
  else if (golden) table.goldenOnly++;
  else if (other) table.otherOnly++;
  else table.neither++;
  return table;
}

/** The sum of tables, cell by cell: pooled decisions. */
export const poolTables = (tables: readonly AgreementTable[]): AgreementTable =>
  tables.reduce(
    (sum, t) => ({
      both: sum.both + t.both,
      goldenOnly: sum.goldenOnly + t.goldenOnly,
      otherOnly: sum.otherOnly + t.otherOnly,
      neither: sum.neither + t.neither,
    }),
    emptyTable(),
  );

/** Percent agreement and Cohen's kappa of a 2x2 table. */
export function agreementOf(table: AgreementTable): Agreement {
  const n = table.both + table.goldenOnly + table.otherOnly + table.neither;
  if (n === 0) return { n, percentAgreement: null, kappa: null, expectedAgreement: null };
  const po = (table.both + table.neither) / n;
  const goldenYes = (table.both + table.goldenOnly) / n;
  const otherYes = (table.both + table.otherOnly) / n;
  const pe = goldenYes * otherYes + (1 - goldenYes) * (1 - otherYes);
  // pe = 1 exactly when each side answers the same for every item: 0/0.
  const kappa = Math.abs(1 - pe) < 1e-12 ? null : (po - pe) / (1 - pe);
  return { n, percentAgreement: po, kappa, expectedAgreement: pe };
}
