import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { entities } from './entities.js';

/** The API's data source. Schema changes only through @ladder/migrations: synchronize stays off. */
export function createDataSource(url: string, options: { poolSize?: number } = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    synchronize: false,
    migrationsRun: false,
    logging: ['error'],
    extra: { max: options.poolSize ?? 10 },
  });
}
