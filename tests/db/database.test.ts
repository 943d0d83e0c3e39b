import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate, openMigratedDatabase, sqlitePath } from '../../src/db/database.ts';
import { dialectOf, isPostgresUrl } from '../../src/db/dialect.ts';
import { onPostgres, testDatabaseUrl } from '../support/database.ts';

const dir = mkdtempSync(join(tmpdir(), 'harbour-db-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('database', () => {
  it('creates the file and its folder, in WAL mode with secure delete', async () => {
    const db = await openMigratedDatabase(join(dir, 'nested', 'harbour.sqlite'));
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
    const secure = await sql<{ secure_delete: number }>`pragma secure_delete`.execute(db);
    expect(mode.rows[0]?.journal_mode).toBe('wal');
    expect(secure.rows[0]?.secure_delete).toBe(1);
    await db.destroy();
  });
  it('migrates to the latest schema, and again without harm', async () => {
    const db = await openMigratedDatabase(await testDatabaseUrl(join(dir, 'twice.sqlite')));
    await migrate(db);
    const tables = await db.introspection.getTables();
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['members', 'conversation_state', 'meetings', 'outbox', 'checkin_subscriptions']));
    expect(dialectOf(db)).toBe(onPostgres ? 'postgres' : 'sqlite');
    await db.destroy();
  });
  it('reads sqlite: URLs, and knows a PostgreSQL one', () => {
    expect(sqlitePath('sqlite:./data/x.sqlite')).toBe('./data/x.sqlite');
    expect(sqlitePath('sqlite:///tmp/x.sqlite')).toBe('/tmp/x.sqlite');
    expect(isPostgresUrl('postgres://localhost/harbour')).toBe(true);
    expect(isPostgresUrl('postgresql://u:p@db:5432/harbour')).toBe(true);
    expect(isPostgresUrl('./data/postgres.sqlite')).toBe(false);
  });
});
