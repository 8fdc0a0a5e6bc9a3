/** How an action's NPS impact reads: never the point alone, always with its interval and what it rests on. */
export interface ImpactFigures {
  impactPoints: number;
  impactLow?: number | null;
  impactHigh?: number | null;
  impactN?: number | null;
  smallSample?: boolean | null;
}

/** Whole points: with intervals this wide a decimal would be false precision. */
const points = (x: number) => Math.round(x).toString();

/** "+8 points (95% CI 1 to 15)"; an action stored before intervals were: "+8 points (no interval: analyse the wave again)". */
export function impactText(a: ImpactFigures): string {
  const head = `+${points(a.impactPoints)} points`;
  if (a.impactLow == null || a.impactHigh == null) return `${head} (no interval: analyse the wave again)`;
  return `${head} (95% CI ${points(a.impactLow)} to ${points(a.impactHigh)})`;
}

/** "7 interviews: small sample" below 30, "42 interviews" above; empty when unknown. */
export function impactBasis(a: ImpactFigures): string {
  if (a.impactN == null) return '';
  const n = `${a.impactN} interview${a.impactN === 1 ? '' : 's'}`;
  return a.smallSample ? `${n}: small sample` : n;
}
