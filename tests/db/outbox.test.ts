import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openMigratedDatabase, type HarbourDb } from '../../src/db/database.ts';
import { deliverDue, sqlOutbox, type Delivery } from '../../src/db/outbox.ts';
import { sqlMembers } from '../../src/db/members.ts';
import { sqlMemberData } from '../../src/db/member-data.ts';
import { testDatabaseUrl } from '../support/database.ts';

let db: HarbourDb;
const now = new Date('2026-11-25T18:00:00Z');
const message = (key: string, due: string, expires = '2026-11-25T20:00:00Z', memberId = 'console:a') => ({
  memberId, channel: 'console' as const, chat: memberId, kind: 'meeting-reminder', key, dueAt: new Date(due), expiresAt: new Date(expires), replies: [{ text: `hello ${key}` }],
});

beforeEach(async () => {
  db = await openMigratedDatabase(await testDatabaseUrl());
  for (const id of ['console:a', 'console:b']) await sqlMembers(db).seen(id, 'console', now);
});
afterEach(async () => {
  await db.destroy();
});

describe('the outbox', () => {
  it('queues a message once per member and key', async () => {
    const outbox = sqlOutbox(db);
    expect(await outbox.schedule(message('m1', '2026-11-25T18:30:00Z'), now)).toBe(true);
    expect(await outbox.schedule(message('m1', '2026-11-25T18:30:00Z'), now)).toBe(false);
    expect(await outbox.schedule(message('m1', '2026-11-25T18:30:00Z', undefined, 'console:b'), now)).toBe(true);
  });
  it('sends what is due exactly once, expires what is too late, and keeps the rest', async () => {
    const outbox = sqlOutbox(db);
    await outbox.schedule(message('due', '2026-11-25T17:59:00Z'), now);
    await outbox.schedule(message('later', '2026-11-25T19:00:00Z'), now);
    await outbox.schedule(message('stale', '2026-11-25T16:00:00Z', '2026-11-25T17:00:00Z'), now);
    const sent: Delivery[] = [];
    expect(await deliverDue(db, 'console', now, async (d) => void sent.push(d))).toMatchObject({ sent: 1, expired: 1 });
    expect(sent.map((d) => d.replies[0]?.text)).toEqual(['hello due']);
    expect(await deliverDue(db, 'console', now, async (d) => void sent.push(d))).toMatchObject({ sent: 0, expired: 0 });
    expect(await deliverDue(db, 'telegram', new Date('2026-11-25T19:30:00Z'), async (d) => void sent.push(d))).toMatchObject({ sent: 0, expired: 0 });
    await deliverDue(db, 'console', new Date('2026-11-25T19:00:00Z'), async (d) => void sent.push(d));
    expect(sent.map((d) => d.replies[0]?.text)).toEqual(['hello due', 'hello later']);
  });
  it('gives up on a message left mid-send by five instances that died, and sends one left by fewer', async () => {
    await sqlOutbox(db).schedule(message('cursed', '2026-11-25T17:59:00Z'), now);
    await sqlOutbox(db).schedule(message('unlucky', '2026-11-25T17:59:00Z', undefined, 'console:b'), now);
    // Both were claimed and their instances died (the lease ran out long ago).
    const past = new Date(Date.now() - 60_000).toISOString();
    await db.updateTable('outbox').set({ status: 'sending', lease_until: past, claimed_by: 'gone' }).execute();
    await db.updateTable('outbox').set({ attempts: 5 }).where('key', '=', 'cursed').execute();
    await db.updateTable('outbox').set({ attempts: 2 }).where('key', '=', 'unlucky').execute();
    const sent: string[] = [];
    expect(await deliverDue(db, 'console', now, async (d) => void sent.push(d.key))).toMatchObject({ sent: 1, failed: 1 });
    expect(sent).toEqual(['unlucky']);
    expect((await db.selectFrom('outbox').select('status').where('key', '=', 'cursed').executeTakeFirstOrThrow()).status).toBe('failed');
  });
  it('keeps a slow send its own: the lease is renewed while it runs, so another instance cannot take it', async () => {
    await sqlOutbox(db).schedule(message('slow', '2026-11-25T17:59:00Z'), now);
    const sent: string[] = [];
    const slow = deliverDue(db, 'console', now, async (d) => {
      await new Promise((r) => setTimeout(r, 2000));
      sent.push(`one:${d.key}`);
    }, { instance: 'one', leaseMs: 600 });
    // Well past the first lease, a second instance looks for work.
    await new Promise((r) => setTimeout(r, 1300));
    await deliverDue(db, 'console', now, async (d) => void sent.push(`two:${d.key}`), { instance: 'two', leaseMs: 600 });
    await slow;
    expect(sent).toEqual(['one:slow']);
  });
  it('releases a message whose send failed, to try again next time', async () => {
    await sqlOutbox(db).schedule(message('flaky', '2026-11-25T17:59:00Z'), now);
    expect(await deliverDue(db, 'console', now, () => Promise.reject(new Error('network')))).toMatchObject({ sent: 0, retrying: 1 });
    const sent: string[] = [];
    await deliverDue(db, 'console', now, async (d) => void sent.push(d.chat));
    expect(sent).toEqual(['console:a']);
  });
  it('delivers only the given member when asked (an interactive console session)', async () => {
    await sqlOutbox(db).schedule(message('x', '2026-11-25T17:59:00Z'), now);
    await sqlOutbox(db).schedule(message('x', '2026-11-25T17:59:00Z', undefined, 'console:b'), now);
    const sent: string[] = [];
    await deliverDue(db, 'console', now, async (d) => void sent.push(d.memberId), { member: 'console:b' });
    expect(sent).toEqual(['console:b']);
  });
  it('is part of what a member can export and erase', async () => {
    await sqlOutbox(db).schedule(message('x', '2026-11-25T17:59:00Z'), now);
    expect((await sqlMemberData(db).export('console:a'))['outbox']).toHaveLength(1);
    expect(await sqlMemberData(db).erase('console:a')).toMatchObject({ outbox: 1 });
  });
});
