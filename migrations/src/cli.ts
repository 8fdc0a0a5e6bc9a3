import { revertAllMigrations, runMigrations } from './index.js';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is required, e.g. postgres://user:pass@localhost:5432/ladder');
  process.exit(2);
}
const command = process.argv[2] ?? 'up';
if (command === 'up') {
  const applied = await runMigrations(url);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'schema is up to date');
} else if (command === 'down-all') {
  console.log(`reverted ${await revertAllMigrations(url)} migration(s)`);
} else {
  console.error(`unknown command "${command}": use "up" or "down-all"`);
  process.exit(2);
}
