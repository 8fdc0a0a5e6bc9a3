import 'reflect-metadata';
import { ensureBootstrapApiKey } from '../api-key/api-key.service.js';
import { createDataSource } from '../db/data-source.js';
import { seedDemo } from './demo-seed.js';

/** `node api/dist/seed/cli.js`: seeds the demo once; with LADDER_BOOTSTRAP_API_KEY, ensures that key. */
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is required');
  process.exit(2);
}
const db = await createDataSource(url, { poolSize: 2 }).initialize();
try {
  const seeded = await seedDemo(db);
  console.log(seeded ? 'seeded the demo study' : 'demo already seeded');
  const key = process.env.LADDER_BOOTSTRAP_API_KEY;
  if (key) await ensureBootstrapApiKey(db, key);
} finally {
  await db.destroy();
}
