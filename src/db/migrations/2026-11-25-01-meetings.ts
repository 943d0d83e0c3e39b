import { sql, type Kysely } from 'kysely';
import { columnTypes, dialectOf, serialKey } from '../dialect.ts';

// One row per weekly meeting, as imported from a feed. Every statement is safe to re-run,
// because SQLite does not wrap a migration in a transaction. Coordinates need a 64-bit float.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const types = columnTypes(db);
  await db.schema
    .createTable('meetings')
    .ifNotExists()
    .addColumn('id', ...serialKey(db))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('fellowship', 'text', (c) => c.notNull())
    // The fellowship as a number, so the R*Tree can filter on it (meeting-tree.ts).
    .addColumn('fellowship_key', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('weekday', 'integer', (c) => c.notNull())
    .addColumn('start_minute', 'integer', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('timezone', 'text', (c) => c.notNull())
    .addColumn('types', 'text', (c) => c.notNull())
    .addColumn('attendance', 'text', (c) => c.notNull())
    .addColumn('venue', 'text')
    .addColumn('address', 'text')
    .addColumn('postcode', 'text')
    .addColumn('outward', 'text')
    .addColumn('town', 'text')
    .addColumn('region', 'text')
    .addColumn('latitude', types.double)
    .addColumn('longitude', types.double)
    .addColumn('online_url', 'text')
    .addColumn('online_phone', 'text')
    .addColumn('notes', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('meetings_source_id').ifNotExists().unique().on('meetings').columns(['source', 'source_id']).execute();
  await db.schema.createIndex('meetings_online_day').ifNotExists().on('meetings').columns(['attendance', 'weekday', 'start_minute']).execute();
  await db.schema.createIndex('meetings_outward').ifNotExists().on('meetings').column('outward').execute();
  await db.schema.createIndex('meetings_postcode').ifNotExists().on('meetings').column('postcode').execute();
  // Town and area names are matched without regard to case.
  const folded = (column: string) => sql.raw(dialectOf(db) === 'postgres' ? `lower(${column})` : `${column} collate nocase`);
  await sql`create index if not exists meetings_town on meetings (${folded('town')})`.execute(db);
  await sql`create index if not exists meetings_region on meetings (${folded('region')})`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('meetings').ifExists().execute();
}
