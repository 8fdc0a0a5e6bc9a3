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

/*
 * Coding agreement (docs/decisions.md, "Coding agreement"): each transcript cites a set of drivers,
 * its stated and its root driver. Per driver, the decision is "cited or not" per transcript, golden
 * against re-code; overall, every (transcript, driver) decision of the taxonomy version is pooled
 * into one table.
 */
export interface CitedDrivers {
  stated: string | null;
  root: string | null;
}

export interface DriverAgreementFigures {
  driverKey: string;
  goldenCount: number;
  recodeCount: number;
  bothCount: number;
  percentAgreement: number | null;
  kappa: number | null;
}

export interface AgreementFigures {
  /** Transcripts compared. */
  n: number;
  percentAgreement: number | null;
  kappa: number | null;
  drivers: DriverAgreementFigures[];
}

const cited = (c: CitedDrivers) => new Set([c.stated, c.root].filter((k): k is string => k !== null));

/** Compares paired codings (golden[i] with recoded[i]) over the taxonomy's drivers, in their order. */
export function compareCodings(
  golden: readonly CitedDrivers[],
  recoded: readonly CitedDrivers[],
  driverKeys: readonly string[],
): AgreementFigures {
  if (golden.length !== recoded.length) throw new Error(`${golden.length} golden codings against ${recoded.length} re-codes`);
  const pairs = golden.map((g, i) => [cited(g), cited(recoded[i])] as const);
  const tables: AgreementTable[] = driverKeys.map((key) => {
    const table = emptyTable();
    for (const [g, r] of pairs) tally(table, g.has(key), r.has(key));
    return table;
  });
  const overall = agreementOf(poolTables(tables));
  return {
    n: pairs.length,
    percentAgreement: overall.percentAgreement,
    kappa: overall.kappa,
    drivers: driverKeys.map((driverKey, i) => {
      const t = tables[i];
      const a = agreementOf(t);
      return {
        driverKey,
        goldenCount: t.both + t.goldenOnly,
        recodeCount: t.both + t.otherOnly,
        bothCount: t.both,
        percentAgreement: a.percentAgreement,
        kappa: a.kappa,
      };
    }),
  };
}
