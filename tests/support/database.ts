/**
 * The database a test runs on. `npm test` runs the suite on SQLite, then (bin/test-postgres.mjs,
 * when HARBOUR_TEST_POSTGRES_URL is set) again with HARBOUR_TEST_ON_POSTGRES naming a PostgreSQL
 * database, where each call gets a fresh schema of its own (through the URL's search_path), so
 * tests stay as independent as in-memory SQLite files.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const TEST_POSTGRES_URL = process.env.HARBOUR_TEST_ON_POSTGRES?.trim() || undefined;
export const onPostgres = TEST_POSTGRES_URL !== undefined;

/** A fresh, empty database: `sqlite` (default `:memory:`) on SQLite, a new schema on PostgreSQL. */
export async function testDatabaseUrl(sqlite = ':memory:'): Promise<string> {
  return TEST_POSTGRES_URL ? freshSchemaUrl(TEST_POSTGRES_URL) : sqlite;
}

/** A new, empty schema in the PostgreSQL database at `base`, as a URL whose search_path is it. */
export async function freshSchemaUrl(base: string): Promise<string> {
  const schema = `t_${randomBytes(8).toString('hex')}`;
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    await client.query(`create schema ${schema}`);
  } finally {
    await client.end();
  }
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}
