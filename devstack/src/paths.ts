import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the folder holding nx.json, found from this file's location. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'nx.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('could not find the repository root (no nx.json above devstack)');
    dir = parent;
  }
  return dir;
}

/** Tools built or downloaded once per machine live outside the repo, so fresh clones reuse them. */
export function cacheDir(): string {
  return resolve(process.env.LADDER_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'ladder'));
}

/** Local state of `npm start` (database files, Temporal's SQLite file); git-ignored. */
export function dataDir(): string {
  return resolve(process.env.LADDER_DATA_DIR ?? join(repoRoot(), '.ladder'));
}
