import type pg from 'pg';
import { EVENTS_CHANNEL, type SessionEvent } from '@ladder/contracts';

/** Sends an event to every API instance; inside a transaction it is delivered at commit, never after a rollback. */
export async function notifyEvent(db: pg.Pool | pg.PoolClient, event: SessionEvent): Promise<void> {
  await db.query(`SELECT pg_notify($1, $2)`, [EVENTS_CHANNEL, JSON.stringify(event)]);
}

export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
