/** Opens the database named by DATABASE_URL and brings its schema up to date. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, sql, SqliteDialect } from 'kysely';
import pg from 'pg';
import { dialectOf, isPostgresUrl } from './dialect.ts';
import { migrationProvider } from './migrations/index.ts';
import type { Database } from './schema.ts';
import { withStatementCache } from './statement-cache.ts';

export type HarbourDb = Kysely<Database>;

/** The SQLite file a DATABASE_URL names: a path, `sqlite:PATH`, `sqlite://PATH` or `:memory:`. */
export function sqlitePath(url: string): string {
  return url.replace(/^sqlite:(\/\/)?/, '');
}

/** Opens the database: PostgreSQL for a `postgres://` URL, otherwise a SQLite file (created if needed). */
export function openDatabase(url: string): HarbourDb {
  return isPostgresUrl(url) ? openPostgres(url) : openSqlite(url);
}

/** How many connections one process keeps to PostgreSQL (HARBOUR_PG_POOL, default 10). */
function poolSize(): number {
  const n = Number(process.env.HARBOUR_PG_POOL ?? '');
  return Number.isInteger(n) && n > 0 ? n : 10;
}

// pg hands back 64-bit integers (count(*)) and numerics as strings; every one Harbour reads is a
// count or an average, well inside a double.
const NUMBER_TYPES = new Set([pg.types.builtins.INT8, pg.types.builtins.NUMERIC]);
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    NUMBER_TYPES.has(oid) ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};

function openPostgres(url: string): HarbourDb {
  const pool = new pg.Pool({ connectionString: url, max: poolSize(), types });
  // An idle connection that breaks (the server restarted) is replaced on next use; without a
  // listener its error would end the process.
  pool.on('error', () => undefined);
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** Opens (creating if needed) the SQLite database, with WAL and secure delete. */
function openSqlite(url: string): HarbourDb {
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
  const { error, results } = await (await migrator(db)).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The migrator. On PostgreSQL its bookkeeping tables are kept in the schema in use: kysely
 * would otherwise take another schema's for this one's. */
export async function migrator(db: HarbourDb): Promise<Migrator> {
  if (dialectOf(db) !== 'postgres') return new Migrator({ db, provider: migrationProvider });
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return new Migrator({ db, provider: migrationProvider, migrationTableSchema: rows[0]?.schema ?? 'public' });
}

/** Opens and migrates: what every command does first. */
export async function openMigratedDatabase(url: string): Promise<HarbourDb> {
  const db = openDatabase(url);
  await migrate(db);
  return db;
}
