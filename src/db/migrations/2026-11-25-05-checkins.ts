import { sql, type Kysely } from 'kysely';

// Daily check-ins: one subscription per member (their local time and zone), and mood answers,
// kept only for members who chose to track them. Safe to re-run.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('checkin_subscriptions')
    .ifNotExists()
    .addColumn('member_id', 'text', (c) => c.primaryKey().references('members.id').onDelete('cascade'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('chat', 'text', (c) => c.notNull())
    .addColumn('minute', 'integer', (c) => c.notNull())
    .addColumn('timezone', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('paused_until', 'text')
    .addColumn('tracking', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('stopped_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await sql`create index if not exists checkin_subscriptions_due on checkin_subscriptions (active, timezone, minute)`.execute(db);
  await db.schema
    .createTable('moods')
    .ifNotExists()
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('mood', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('moods_pk', ['member_id', 'day'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('moods').ifExists().execute();
  await db.schema.dropTable('checkin_subscriptions').ifExists().execute();
}
