import type { Kysely } from 'kysely';

// Expiry of inactive members scans by last_seen_at.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('members_last_seen_at').ifNotExists().on('members').column('last_seen_at').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('members_last_seen_at').ifExists().execute();
}
