/**
 * Which database a benchmark runs on. Groups that touch the database run on SQLite and, when
 * HARBOUR_BENCH_POSTGRES_URL (or HARBOUR_TEST_POSTGRES_URL) names one, again on PostgreSQL,
 * each run in a fresh schema; figures from the second run are named with `.postgres` after
 * the name DESIGN.md gives.
 */
import { freshSchemaUrl } from '../tests/support/database.ts';

export type BenchDatabase = 'sqlite' | 'postgres';

export const BENCH_POSTGRES_URL = (process.env.HARBOUR_BENCH_POSTGRES_URL ?? process.env.HARBOUR_TEST_POSTGRES_URL)?.trim() || undefined;

let current: BenchDatabase = 'sqlite';

export function benchDatabase(): BenchDatabase {
  return current;
}

/** A fresh database for one benchmark: `sqlite` (a file or `:memory:`) or a new PostgreSQL schema. */
export async function benchDatabaseUrl(sqlite: string): Promise<string> {
  return current === 'postgres' && BENCH_POSTGRES_URL ? freshSchemaUrl(BENCH_POSTGRES_URL) : sqlite;
}

/** Runs a group on SQLite, then on PostgreSQL when there is one. */
export async function onEachDatabase(run: () => Promise<void>): Promise<void> {
  current = 'sqlite';
  await run();
  if (!BENCH_POSTGRES_URL) return;
  current = 'postgres';
  try {
    await run();
  } finally {
    current = 'sqlite';
  }
}
