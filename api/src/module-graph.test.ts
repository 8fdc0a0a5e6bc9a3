import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The folders of api/src form a layered graph: `common` imports none of them, and no two folders
 * import each other. Runtime files only: tests and test-support are the harness and may reach
 * anywhere. Import specifiers are read from the sources, type-only imports included.
 */
const SRC = dirname(fileURLToPath(import.meta.url));
const SKIP = new Set(['test-support']);
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]/g;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The top folder of a file under api/src, or null for the entry files at its root (main.ts, index.ts). */
const folderOf = (path: string): string | null => {
  const parts = relative(SRC, path).split(sep);
  return parts.length > 1 ? parts[0] : null;
};

function folderEdges(): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const file of sources(SRC)) {
    const from = folderOf(file);
    if (!from) continue;
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const to = folderOf(resolve(dirname(file), specifier));
      if (to && to !== from) edges.set(from, (edges.get(from) ?? new Set()).add(to));
    }
  }
  return edges;
}

describe('api/src module graph', () => {
  const edges = folderEdges();

  it('sees the folders it checks', () => {
    expect([...edges.keys()]).toEqual(expect.arrayContaining(['server', 'interview', 'study', 'events', 'trends']));
  });

  it('keeps common a leaf', () => {
    expect([...(edges.get('common') ?? [])]).toEqual([]);
  });

  it('has no pair of folders importing each other', () => {
    const twoWay = [...edges].flatMap(([a, targets]) =>
      [...targets].filter((b) => a < b && edges.get(b)?.has(a)).map((b) => `${a} <-> ${b}`),
    );
    expect(twoWay).toEqual([]);
  });
});
