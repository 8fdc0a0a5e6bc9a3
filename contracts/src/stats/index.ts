/**
 * The statistics both sides compute (`@ladder/contracts/stats`): NPS and its intervals, two-sample
 * comparisons, prevalence intervals and tests, Benjamini-Hochberg, coding agreement (Cohen's
 * kappa). The API answers queries with them and the worker evaluates alert rules with the same
 * functions, so an alert's figures match what the console shows. A separate entry, so workflow
 * bundles stay free of the distributions.
 */
export * from './nps-statistics.js';
export * from './prevalence-statistics.js';
export * from './agreement-statistics.js';
export * from './impact-statistics.js';
export * from './prevalence-table.js';
