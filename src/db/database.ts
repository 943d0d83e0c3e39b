/** Opens the database named by DATABASE_URL and brings its schema up to date. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { migrationProvider } from './migrations/index.ts';
import type { Database } from './schema.ts';
import { withStatementCache } from './statement-cache.ts';

export type HarbourDb = Kysely<Database>;

/** The SQLite file a DATABASE_URL names: a path, `sqlite:PATH`, `sqlite://PATH` or `:memory:`. */
export function sqlitePath(url: string): string {
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    throw new Error('PostgreSQL is not supported yet: set DATABASE_URL to a SQLite file path.');
  }
  return url.replace(/^sqlite:(\/\/)?/, '');
}

/** Opens (creating if needed) the SQLite database, with WAL and secure delete. */
export function openDatabase(url: string): HarbourDb {
  const path = sqlitePath(url);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Erased member data is overwritten with zeros rather than left in free pages.
  sqlite.pragma('secure_delete = ON');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
}

/** Runs every pending migration; throws with the failing migration's name. */
export async function migrate(db: HarbourDb): Promise<void> {
  const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Opens and migrates: what every command does first. */
export async function openMigratedDatabase(url: string): Promise<HarbourDb> {
  const db = openDatabase(url);
  await migrate(db);
  return db;
}
