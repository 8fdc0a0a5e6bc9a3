import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildLadderSchema } from './build-schema.js';

/** Emits the SDL from code without starting a server; `--check` fails when the file drifted. */
const target = join(dirname(fileURLToPath(import.meta.url)), '../../../schema/schema.graphql');
const header = '# Generated from the api code by `npm run schema:emit`. Do not edit by hand.\n\n';
const sdl = header + printSchema(lexicographicSortSchema(await buildLadderSchema())) + '\n';

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    /* missing counts as drift */
  }
  if (current !== sdl) {
    console.error('schema/schema.graphql is out of date with the api code: run `npm run schema:emit` and commit the result.');
    process.exit(1);
  }
  console.log('schema/schema.graphql matches the code');
} else {
  writeFileSync(target, sdl);
  console.log(`wrote ${target}`);
}
