/** A detractor whose answers go from the stated reason down to a trust rupture: scripted respondents in e2e tests and benchmarks. */
export const DETRACTOR_ANSWERS = [
  'The product does not do what we were promised in the sales demo last spring.',
  'Last week the export failed three times and my team rebuilt the numbers by hand for two days.',
  'My analysts no longer trust the dashboards, so every figure is checked twice before the board meeting.',
  'We lose a day every month and the board meeting slipped twice because of it.',
  'My CFO questions every number now, which hurts my credibility with leadership.',
  'I championed this purchase and I feel let down; it is about trust and my reputation.',
  'We looked at Acme Analytics; they would need reliable exports.',
  'Fix the exports and be honest about the roadmap.',
  'Nothing else.',
];
