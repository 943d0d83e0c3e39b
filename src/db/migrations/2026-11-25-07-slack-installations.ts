import type { Kysely } from 'kysely';

// Workspaces that installed Harbour's Slack app (OAuth): one row per workspace or Enterprise
// Grid org, holding what Slack returned, including the bot token. Safe to re-run.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('slack_installations')
    .ifNotExists()
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('installation', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('slack_installations').ifExists().execute();
}
