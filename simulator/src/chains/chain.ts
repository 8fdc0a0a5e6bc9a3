/**
 * One driver chain of the catalogue: what a respondent says first, and what laddering uncovers
 * under it. `drivers` name the stated and the root driver, so tests (and readers) can see at a
 * glance that the root differs from the stated reason in most chains.
 */
export interface ChainText {
  /** The stated reason, as said in the surface phase. */
  stated: string;
  /** Concrete impact on day-to-day work (ladder level 1). */
  impact: string;
  /** What the impact leads to for the team or company (level 2). */
  consequence: string;
  /** Root motivation: trust, reputation, career, feeling valued... (level 3 and deeper). */
  root: string;
  /** A concrete recent example that backs the stated reason. */
  example: string;
  /** The one thing to change, as a noun phrase ("honesty about what is really on the roadmap"). */
  change: string;
}

export interface ChainEntry {
  id: string;
  drivers: { stated: string; root: string };
  en: ChainText;
  fr: ChainText;
}
