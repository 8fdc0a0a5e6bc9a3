import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkCompatibility } from './schema-compat.js';

/**
 * `npm run schema:compat`: schema/schema.graphql against the last released SDL
 * (schema/released/schema.graphql) under the policy of docs/api/CHANGELOG.md. Prints the listed
 * breaking changes and the warnings; exits 1 listing each problem.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');

let changelog = '';
try {
  changelog = read('docs/api/CHANGELOG.md');
} catch {
  console.warn('docs/api/CHANGELOG.md is missing: no breaking change is listed');
}
const report = await checkCompatibility({
  released: read('schema/released/schema.graphql'),
  current: read('schema/schema.graphql'),
  changelog,
});
for (const change of report.listed) console.log(`listed breaking change: ${change.path}: ${change.message}`);
for (const warning of report.warnings) console.warn(`warning: ${warning}`);
if (report.problems.length) {
  console.error(`schema/schema.graphql breaks the schema change policy (docs/api/CHANGELOG.md):`);
  for (const problem of report.problems) console.error(`  - ${problem}`);
  process.exit(1);
}
console.log('schema/schema.graphql is compatible with schema/released/schema.graphql');
