import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openMigratedDatabase } from '../../src/db/database.ts';
import { sqlStore } from '../../src/db/store.ts';

const dir = mkdtempSync(join(tmpdir(), 'harbour-erase-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function onDisk(file: string, needle: string): boolean {
  return [file, `${file}-wal`].some((f) => existsSync(f) && readFileSync(f).includes(Buffer.from(needle)));
}

describe('erasure on disk', () => {
  it('leaves no trace of an erased member in the database file or its WAL', async () => {
    const file = join(dir, 'harbour.sqlite');
    const db = await openMigratedDatabase(file);
    const store = sqlStore(db);
    const at = new Date('2026-11-24T12:00:00Z');
    const secret = 'console:erase-me-7f3a9c';
    await store.members.seen(secret, 'console', at);
    await store.conversations.save(secret, { fellowship: { code: 'CMA', at: at.toISOString() } }, at);
    await store.members.seen('console:someone-else', 'console', at);
    expect(onDisk(file, secret)).toBe(true);

    await store.memberData.erase(secret);
    await db.destroy();
    expect(onDisk(file, secret)).toBe(false);
    expect(onDisk(file, 'console:someone-else')).toBe(true);
  });
});
