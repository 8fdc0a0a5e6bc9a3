import 'reflect-metadata';
import { Client, Connection } from '@temporalio/client';
import { ladderDataConverter } from '@ladder/contracts/payload-codec';
import { ensureFirstAdmin } from './account/first-admin.js';
import { ensureBootstrapApiKey } from './api-key/api-key.service.js';
import { ConfigError, loadConfig } from './config.js';
import { createDataSource } from './db/data-source.js';
import { createApiServer } from './server/app.js';

function configOrExit() {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

const config = configOrExit();
const db = await createDataSource(config.databaseUrl, { limits: config.database }).initialize();
if (config.bootstrapApiKey) await ensureBootstrapApiKey(db, config.bootstrapApiKey);
if (config.firstAdmin) await ensureFirstAdmin(db, config.firstAdmin.email, config.firstAdmin.signInToken);
// Lazy: the API serves reads even while Temporal is briefly unreachable; interview calls then
// fail with INTERVIEW_UNAVAILABLE instead of the process refusing to start.
const connection = Connection.lazy({ address: config.temporalAddress });
// Every payload the API sends (interview inputs, respondent messages) is encrypted; the worker holds the same keys.
const client = new Client({ connection, namespace: config.temporalNamespace, dataConverter: ladderDataConverter(config.payloadKeys) });
const accounts = { sessions: config.sessions, signInRateLimits: config.signInRateLimits, mail: config.mail };
const server = await createApiServer({ ...config, accounts }, db, client.workflow);
const port = await server.listen(config.port);
console.log(`api ready at http://localhost:${port}/graphql`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`api stopping (${signal})`);
  const force = setTimeout(() => process.exit(1), 10_000).unref();
  let failed = false;
  for (const [what, step] of [
    ['server', () => server.stop()],
    ['temporal', () => connection.close()],
    ['database', () => db.destroy()],
  ] as const) {
    try {
      await step();
    } catch (error) {
      failed = true;
      console.error(`api: stopping the ${what} failed: %s`, error);
    }
  }
  clearTimeout(force);
  process.exit(failed ? 1 : 0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
