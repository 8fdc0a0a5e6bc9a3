import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// `from '…'` covers import and export-from; `import '…'` side effects; `import('…')` dynamic imports.
const SPECIFIER = /(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"\n]+)['"]/g;

/**
 * The relative specifiers of a source file, resolved to the .ts files they name (NodeNext writes them as .js);
 * with valuesOnly, without `import type` (erased, so no bundle holds what only they name).
 */
function importsOf(file: string, valuesOnly = false): string[] {
  const source = readFileSync(file, 'utf8').replace(valuesOnly ? /\bimport type\b[^;]*;/g : /$^/, '');
  return [...source.matchAll(SPECIFIER)]
    .map((m) => m[1])
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => {
      const target = resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
      const found = [target, `${target}.ts`, join(target, 'index.ts')].find(
        (candidate) => /\.(ts|json)$/.test(candidate) && existsSync(candidate),
      );
      if (!found) throw new Error(`${relative(SRC, file)} imports ${spec}, which resolves to no file: fix the walk or the import`);
      return found;
    });
}

/** Every file reachable from the roots, as paths relative to src/. */
function reachableFrom(roots: readonly string[], valuesOnly = false): string[] {
  const seen = new Set<string>();
  const pending = roots.map((root) => join(SRC, root));
  for (let file = pending.pop(); file; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith('.ts')) pending.push(...importsOf(file, valuesOnly));
  }
  return [...seen].map((file) => relative(SRC, file)).sort();
}

const isTestCode = (path: string): boolean => /^(testing|test-support)\//.test(path) || path.endsWith('.test.ts');

// The worker process starts at main.ts; Temporal bundles workflows/index.ts by its path, not through an import.
const WORKER_ROOTS = ['main.ts', 'workflows/index.ts'];

describe('the worker build', () => {
  it('reaches no test double and no test from src/main.ts', () => {
    const reached = reachableFrom(WORKER_ROOTS);
    expect(reached).toEqual(
      expect.arrayContaining(['worker.ts', 'llm/mistral-client.ts', 'moderator/mistral-moderator.ts', 'workflows/interview.workflow.ts']),
    );
    expect(reached.filter(isTestCode)).toEqual([]);
  });

  it('keeps the part-of-speech taggers of theme labels out of the workflow bundle (activities use them)', () => {
    expect(reachableFrom(['workflows/index.ts'], true).filter((path) => path.startsWith('analysis/'))).toEqual([]);
    expect(reachableFrom(['workflows/index.ts'])).toEqual(expect.arrayContaining(['analysis/taggers.ts']));
    expect(reachableFrom(['main.ts'])).toEqual(expect.arrayContaining(['analysis/taggers.ts', 'analysis/noun-phrases.ts']));
  });

  it('would notice: the testing entry reaches the fake server', () => {
    expect(reachableFrom(['testing/index.ts']).filter(isTestCode)).toEqual(
      expect.arrayContaining(['testing/fake-mistral-server.ts', 'testing/fake-mistral-replies.ts']),
    );
  });
});
