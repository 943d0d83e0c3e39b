/**
 * Which database a kysely instance talks to. Most queries are the same on both; the few that
 * are not (search indexes, date arithmetic, row claiming) ask here. Read from the adapter, so
 * it works on a transaction and inside a migration as well as on the database itself.
 */
import { PostgresAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

export type Dialect = 'sqlite' | 'postgres';

// Any table shape: this only looks at the adapter.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function dialectOf(db: Kysely<any>): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** True for `postgres://` and `postgresql://` URLs. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** A float wide enough for coordinates: PostgreSQL's `real` is only 32 bits. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function columnTypes(db: Kysely<any>): { double: 'real' | 'double precision' } {
  return { double: dialectOf(db) === 'postgres' ? 'double precision' : 'real' };
}

/** An auto-numbered primary key's type and definition: `.addColumn('id', ...serialKey(db))`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function serialKey(db: Kysely<any>): ['serial' | 'integer', (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder] {
  return dialectOf(db) === 'postgres' ? ['serial', (c) => c.primaryKey()] : ['integer', (c) => c.primaryKey().autoIncrement()];
}
