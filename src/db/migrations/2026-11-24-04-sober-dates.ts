import type { Kysely } from 'kysely';
import { serialKey } from '../dialect.ts';

// One row per sober stretch: the current one has no end. Resets keep the history, privately.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sober_dates')
    .ifNotExists()
    .addColumn('id', ...serialKey(db))
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('started_on', 'text', (c) => c.notNull())
    .addColumn('ended_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('sober_dates').ifExists().execute();
}
