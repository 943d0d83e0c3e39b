import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect.ts';

// Several instances share one outbox: a row being sent is leased to one instance until a time,
// after which another may take it over (the first died). And a shared send budget, so the
// instances together stay within a platform's rate limit. Safe to re-run.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const column of ['lease_until', 'claimed_by']) {
    if (dialectOf(db) === 'postgres') {
      // PostgreSQL says it directly (its introspection would also see other schemas' tables).
      await sql`alter table outbox add column if not exists ${sql.id(column)} text`.execute(db);
    } else {
      const outbox = (await db.introspection.getTables()).find((t) => t.name === 'outbox');
      if (!outbox?.columns.some((c) => c.name === column)) await db.schema.alterTable('outbox').addColumn(column, 'text').execute();
    }
  }
  await db.schema
    .createTable('send_budget')
    .ifNotExists()
    .addColumn('bucket', 'text', (c) => c.notNull())
    // A slot of time (milliseconds since 1970 ÷ slot length): beyond 32 bits.
    .addColumn('slot', 'bigint', (c) => c.notNull())
    .addColumn('used', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('send_budget_pk', ['bucket', 'slot'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('send_budget').ifExists().execute();
  await db.schema.alterTable('outbox').dropColumn('claimed_by').execute();
  await db.schema.alterTable('outbox').dropColumn('lease_until').execute();
}
