/**
 * How a re-code agrees with the golden set (docs/decisions.md, "Coding agreement"). Each transcript
 * cites a set of drivers: its stated and its root driver. Per driver, the decision is "cited or
 * not" per transcript, golden against re-code; overall, every (transcript, driver) decision of the
 * taxonomy version is pooled into one table. Percent agreement and Cohen's kappa come from
 * `@ladder/contracts/stats`.
 */
import { agreementOf, emptyTable, poolTables, tally, type AgreementTable } from '@ladder/contracts/stats';

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
