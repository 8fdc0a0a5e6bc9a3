import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

/**
 * The schema change policy (docs/api/CHANGELOG.md): additive changes only; a removal first goes
 * through `@deprecated(reason: "... Removal after YYYY-MM-DD")`; every breaking change against the
 * released schema is listed in the changelog's "Unreleased" section, under "Breaking changes", one
 * list item per change naming its schema path in backticks first (`- \`Query.foo\`: removed ...`).
 */

/** One change found between the released and the current schema: its path (`Type.field.arg`) and what happened. */
export interface SchemaChange {
  path: string;
  message: string;
}

export interface CompatReport {
  /** Breaking changes the changelog lists (accepted). */
  listed: SchemaChange[];
  /** Each one fails the check: breaking changes not listed, and listed removals the release had not deprecated with a passed date. */
  problems: string[];
  /** Printed, never failing: dangerous changes (e.g. a new enum value a client may not handle), listed paths no change has. */
  warnings: string[];
}

const REMOVAL_DATE = /Removal after (\d{4}-\d{2}-\d{2})\b/;

/** The paths listed under "## Unreleased" / "### Breaking changes": each list item's first `code span`. */
export function listedBreakingChanges(changelog: string): Set<string> {
  const listed = new Set<string>();
  let section = '';
  let subsection = '';
  for (const line of changelog.split('\n')) {
    const heading = /^(#{2,3})\s+(.*)$/.exec(line);
    if (heading) {
      if (heading[1] === '##') [section, subsection] = [heading[2].trim().toLowerCase(), ''];
      else subsection = heading[2].trim().toLowerCase();
      continue;
    }
    if (!section.startsWith('unreleased') || subsection !== 'breaking changes') continue;
    const path = /^\s*[-*]\s+`([^`]+)`/.exec(line)?.[1];
    if (path) listed.add(path.trim());
  }
  return listed;
}

/** The removal date a deprecation reason names, or null when it names none (or no real date). */
export function removalDate(reason: string): Date | null {
  const day = REMOVAL_DATE.exec(reason)?.[1];
  if (!day) return null;
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day ? null : date;
}

/** Every deprecated field, argument, input field and enum value of a schema, by path, with its reason. */
export function deprecations(schema: GraphQLSchema): Map<string, string> {
  const found = new Map<string, string>();
  const note = (path: string, reason: string | null | undefined) => {
    if (reason != null) found.set(path, reason);
  };
  for (const type of Object.values(schema.getTypeMap()) as GraphQLNamedType[]) {
    if (isIntrospectionType(type)) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        note(`${type.name}.${field.name}`, field.deprecationReason);
        for (const arg of field.args) note(`${type.name}.${field.name}.${arg.name}`, arg.deprecationReason);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) note(`${type.name}.${field.name}`, field.deprecationReason);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) note(`${type.name}.${value.name}`, value.deprecationReason);
    }
  }
  return found;
}

/** Removing something that can carry @deprecated (a field, argument, input field, enum value); type removals cannot. */
const REMOVALS = new Set(['FIELD_REMOVED', 'FIELD_ARGUMENT_REMOVED', 'INPUT_FIELD_REMOVED', 'ENUM_VALUE_REMOVED']);

/** Why a listed removal is not yet allowed, or null when the release deprecated it and its date has passed. */
function earlyRemoval(change: SchemaChange & { type: string }, released: Map<string, string>, today: Date): string | null {
  if (!REMOVALS.has(change.type)) return null;
  const reason = released.get(change.path);
  if (reason === undefined) return `\`${change.path}\` is removed, but the released schema did not deprecate it first`;
  const date = removalDate(reason);
  if (!date) return `\`${change.path}\` is removed, but its deprecation named no removal date`;
  if (date > today) return `\`${change.path}\` is removed before its removal date ${date.toISOString().slice(0, 10)}`;
  return null;
}

const asChange = (c: Change) => ({ type: String(c.type), path: c.path ?? String(c.type), message: c.message });

/**
 * Compares the current SDL with the released one. Fails (problems) on a breaking change the
 * changelog does not list, on a listed removal the release had not deprecated with a date now
 * past, and on a deprecation in the current schema whose reason names no "Removal after YYYY-MM-DD".
 */
export async function checkCompatibility(input: {
  released: string;
  current: string;
  changelog: string;
  today?: Date;
}): Promise<CompatReport> {
  const released = buildSchema(input.released);
  const current = buildSchema(input.current);
  const changes = (await diff(released, current)).map((c) => ({ ...asChange(c), level: c.criticality.level }));
  const listedPaths = listedBreakingChanges(input.changelog);
  const releasedDeprecations = deprecations(released);
  const today = input.today ?? new Date();
  const report: CompatReport = { listed: [], problems: [], warnings: [] };
  for (const change of changes) {
    const { path, message } = change;
    if (change.level === CriticalityLevel.Dangerous) report.warnings.push(`dangerous: ${path}: ${message}`);
    if (change.level !== CriticalityLevel.Breaking) continue;
    if (!listedPaths.has(path)) {
      report.problems.push(`breaking: ${path}: ${message} (not listed in docs/api/CHANGELOG.md)`);
      continue;
    }
    report.listed.push({ path, message });
    const early = earlyRemoval(change, releasedDeprecations, today);
    if (early) report.problems.push(early);
  }
  for (const [path, reason] of deprecations(current)) {
    if (!removalDate(reason)) report.problems.push(`deprecated without a date: ${path}: "${reason}" needs "Removal after YYYY-MM-DD"`);
  }
  const changed = new Set(changes.filter((c) => c.level === CriticalityLevel.Breaking).map((c) => c.path));
  for (const path of listedPaths) if (!changed.has(path)) report.warnings.push(`listed but not a breaking change: ${path}`);
  return report;
}
