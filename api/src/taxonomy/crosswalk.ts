/**
 * Crosswalks keep driver trends continuous across taxonomy versions. Version v stores the map
 * from driver keys of version v - 1 to keys of v: a merge maps several old keys to one new key, a
 * split maps one old key to several, a rename maps one to one, a retired driver maps to nothing.
 * A key the crosswalk does not name keeps its key.
 */
export type Crosswalk = Record<string, string[]>;

export interface CrosswalkEntry {
  from: string;
  to: string[];
}

export interface TaxonomyStep {
  version: number;
  crosswalk: Crosswalk;
}

export interface CrosswalkIssue {
  path: string;
  message: string;
}

export const toCrosswalk = (entries: readonly CrosswalkEntry[]): Crosswalk =>
  Object.fromEntries(entries.map((e) => [e.from, [...new Set(e.to)]]));

/** Entries sorted by old key (jsonb keeps no insertion order). */
export const toEntries = (crosswalk: Crosswalk): CrosswalkEntry[] =>
  Object.entries(crosswalk)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([from, to]) => ({ from, to }));

/**
 * A crosswalk from `oldKeys` (the base version's drivers) to `newKeys` (the edited content's) may
 * only name old keys on the left, each once, and new keys on the right.
 */
export function crosswalkIssues(
  entries: readonly CrosswalkEntry[],
  oldKeys: ReadonlySet<string>,
  newKeys: ReadonlySet<string>,
  baseVersion: number,
): CrosswalkIssue[] {
  const issues: CrosswalkIssue[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    if (!oldKeys.has(entry.from)) {
      issues.push({ path: `crosswalk.${i}.from`, message: `"${entry.from}" is not a driver of version ${baseVersion}` });
    } else if (seen.has(entry.from)) {
      issues.push({ path: `crosswalk.${i}.from`, message: `"${entry.from}" is mapped twice` });
    }
    seen.add(entry.from);
    entry.to.forEach((key, j) => {
      if (!newKeys.has(key)) issues.push({ path: `crosswalk.${i}.to.${j}`, message: `"${key}" is not a driver of the new version` });
    });
  });
  return issues;
}

/** Keys of `version` translated through every later step of the chain; order kept, duplicates dropped. */
export function translateKeys(chain: readonly TaxonomyStep[], version: number, keys: readonly string[]): string[] {
  let current = [...new Set(keys)];
  for (const step of [...chain].sort((a, b) => a.version - b.version)) {
    if (step.version <= version) continue;
    current = [...new Set(current.flatMap((k) => step.crosswalk[k] ?? [k]))];
  }
  return current;
}

/**
 * A memoised translator from (version, key) to the latest version's keys, for translating many
 * codings at once.
 */
export function keyTranslator(chain: readonly TaxonomyStep[]): (version: number, key: string) => string[] {
  const sorted = [...chain].sort((a, b) => a.version - b.version);
  const memo = new Map<string, string[]>();
  return (version, key) => {
    const id = `${version}:${key}`;
    let keys = memo.get(id);
    if (!keys) {
      keys = translateKeys(sorted, version, [key]);
      memo.set(id, keys);
    }
    return keys;
  };
}

/**
 * The translations that change something, as {"version:key": [latest keys]}, for SQL that
 * translates codings of every version at once. Only keys a crosswalk names can change.
 */
export function translationTable(chain: readonly TaxonomyStep[]): Record<string, string[]> {
  const named = new Set(chain.flatMap((s) => Object.entries(s.crosswalk).flatMap(([from, to]) => [from, ...to])));
  const latest = Math.max(...chain.map((s) => s.version));
  const table: Record<string, string[]> = {};
  for (const { version } of chain) {
    if (version >= latest) continue;
    for (const key of named) {
      const keys = translateKeys(chain, version, [key]);
      if (keys.length !== 1 || keys[0] !== key) table[`${version}:${key}`] = keys;
    }
  }
  return table;
}
