/**
 * Every table that holds rows about a member, and the column naming them. `mydata` exports
 * these, `forget` erases them; a test fails if a table is added without being listed here.
 * Children come before parents so erasure never trips a foreign key.
 */
import type { Database } from './schema.ts';

export const MEMBER_TABLES: { table: keyof Database; column: string }[] = [
  { table: 'conversation_state', column: 'member_id' },
  { table: 'outbox', column: 'member_id' },
  { table: 'checkin_subscriptions', column: 'member_id' },
  { table: 'moods', column: 'member_id' },
  { table: 'sober_dates', column: 'member_id' },
  { table: 'members', column: 'id' },
];

/** Tables that hold nothing about any member: the meeting directory and its search indexes, the scheduler's clock and send budget. */
export const DIRECTORY_TABLES = ['meetings', 'meeting_sources', 'scheduler_state', 'slack_installations', 'send_budget'];
/** SQLite's own tables behind the R*Tree and FTS5 indexes start with these names. */
export const INDEX_TABLE_PREFIXES = ['meetings_rtree', 'meetings_fts'];
