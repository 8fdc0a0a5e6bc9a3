import type { DataSource } from 'typeorm';

export const FETCH_SIZE = 500;

/**
 * Rows of a query in batches through a server-side cursor, in one read-only snapshot: memory stays
 * flat however large the export. Stopping early (the client went away) rolls back and releases
 * the connection.
 */
export async function* streamRows<T>(db: DataSource, sql: string, params: unknown[], fetchSize = FETCH_SIZE): AsyncGenerator<T[]> {
  const runner = db.createQueryRunner();
  await runner.connect();
  let finished = false;
  try {
    await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await runner.query(`DECLARE export_rows NO SCROLL CURSOR FOR ${sql}`, params);
    for (;;) {
      const rows: T[] = await runner.query(`FETCH FORWARD ${fetchSize} FROM export_rows`);
      if (rows.length) yield rows;
      if (rows.length < fetchSize) break;
    }
    await runner.query('COMMIT');
    finished = true;
  } finally {
    if (!finished) await runner.query('ROLLBACK').catch(() => {});
    await runner.release();
  }
}
