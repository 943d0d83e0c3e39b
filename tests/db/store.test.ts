import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openMigratedDatabase, type HarbourDb } from '../../src/db/database.ts';
import { DIRECTORY_TABLES, INDEX_TABLE_PREFIXES, MEMBER_TABLES } from '../../src/db/member-tables.ts';
import { sqlStore } from '../../src/db/store.ts';
import { onPostgres, testDatabaseUrl } from '../support/database.ts';

let db: HarbourDb;
beforeEach(async () => {
  db = await openMigratedDatabase(await testDatabaseUrl());
});
afterEach(() => db.destroy());

const at = new Date('2026-11-24T12:00:00Z');

describe('members', () => {
  it('creates a member once and marks them seen', async () => {
    const { members } = sqlStore(db);
    const first = await members.seen('tg:1', 'telegram', at);
    const later = await members.seen('tg:1', 'telegram', new Date('2026-11-25T08:00:00Z'));
    expect(first).toMatchObject({ id: 'tg:1', timezone: 'Europe/London', locale: 'en-GB', region: null, createdAt: at.toISOString() });
    expect(later.createdAt).toBe(at.toISOString());
    expect(later.lastSeenAt).toBe('2026-11-25T08:00:00.000Z');
  });
  it('takes the time zone the platform gives, and keeps it when none is given', async () => {
    const { members } = sqlStore(db);
    await members.seen('slack:T1:U1', 'slack', at, 'America/New_York');
    expect((await members.seen('slack:T1:U1', 'slack', at)).timezone).toBe('America/New_York');
  });
});

describe('conversation state', () => {
  it('survives between loads and clears when empty', async () => {
    const { members, conversations } = sqlStore(db);
    await members.seen('console:a', 'console', at);
    await conversations.save('console:a', { awaiting: { kind: 'forget-confirm' } }, at);
    expect(await conversations.load('console:a')).toEqual({ awaiting: { kind: 'forget-confirm' } });
    await conversations.save('console:a', {}, at);
    const rows = await db.selectFrom('conversation_state').selectAll().execute();
    expect(rows).toEqual([]);
  });
  it('drops a damaged note instead of failing', async () => {
    const { members, conversations } = sqlStore(db);
    await members.seen('console:a', 'console', at);
    await db.insertInto('conversation_state').values({ member_id: 'console:a', state: '{nope', updated_at: '' }).execute();
    expect(await conversations.load('console:a')).toEqual({});
  });
});

describe('member data', () => {
  it('lists every table that has a member column', async () => {
    // Every table but kysely's own and the meeting directory must be listed, so `forget` can never miss one.
    const { rows } = await sql<{ schema: string | null }>`select ${sql.raw(onPostgres ? 'current_schema()' : 'null')} as schema`.execute(db);
    const here = rows[0]?.schema;
    const tables = (await db.introspection.getTables()).filter((t) => !t.isView && (!here || t.schema === here));
    const names = tables.map((t) => t.name).filter((n) => !n.startsWith('sqlite_') && !INDEX_TABLE_PREFIXES.some((p) => n.startsWith(p)));
    expect([...MEMBER_TABLES.map((t) => t.table), ...DIRECTORY_TABLES].sort()).toEqual(names.sort());
  });
  it('exports and erases only the one member', async () => {
    const { members, conversations, memberData } = sqlStore(db);
    for (const id of ['console:a', 'console:b']) {
      await members.seen(id, 'console', at);
      await conversations.save(id, { fellowship: { code: 'NA', at: at.toISOString() } }, at);
    }
    const exported = await memberData.export('console:a');
    expect(exported['members']).toHaveLength(1);
    expect(exported['conversation_state']).toEqual([expect.objectContaining({ member_id: 'console:a' })]);
    expect(await memberData.erase('console:a')).toEqual({ conversation_state: 1, outbox: 0, checkin_subscriptions: 0, moods: 0, sober_dates: 0, members: 1 });
    for (const { table, column } of MEMBER_TABLES) {
      const left = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)} where ${sql.ref(column)} = 'console:a'`.execute(db);
      expect(left.rows[0]?.n).toBe(0);
    }
    expect((await memberData.export('console:b'))['members']).toHaveLength(1);
  });
});

describe('retention', () => {
  it('erases members inactive past the period and keeps the rest', async () => {
    const { expireInactiveMembers, retentionCutoff } = await import('../../src/db/retention.ts');
    const { members, conversations } = sqlStore(db);
    await members.seen('console:old', 'console', new Date('2025-01-01T00:00:00Z'));
    await conversations.save('console:old', { fellowship: { code: 'AA', at: '' } }, at);
    await members.seen('console:recent', 'console', new Date('2026-11-01T00:00:00Z'));
    const erased = await expireInactiveMembers(db, retentionCutoff(at, 365));
    expect(erased).toBe(1);
    const left = await db.selectFrom('members').select('id').execute();
    expect(left).toEqual([{ id: 'console:recent' }]);
    expect(await db.selectFrom('conversation_state').selectAll().execute()).toEqual([]);
  });
});
