import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enqueueDueCheckins } from '../../src/db/checkin-queue.ts';
import { sqlCheckins } from '../../src/db/checkins.ts';
import { openMigratedDatabase, type HarbourDb } from '../../src/db/database.ts';
import { sqlMembers } from '../../src/db/members.ts';
import { testDatabaseUrl } from '../support/database.ts';

let db: HarbourDb;
const created = new Date('2026-01-01T00:00:00Z');

async function member(id: string, minute: number, timezone = 'Europe/London'): Promise<void> {
  await sqlMembers(db).seen(id, 'console', created);
  await sqlCheckins(db).subscribe(id, { channel: 'console', chat: id }, minute, timezone, created);
}

/** Ticks once a minute from `from` to `to` (inclusive), as the scheduler does. */
async function tickEveryMinute(from: string, to: string): Promise<void> {
  for (let t = Date.parse(from); t <= Date.parse(to); t += 60_000) await enqueueDueCheckins(db, new Date(t));
}

async function queued(): Promise<{ member_id: string; key: string; due_at: string; status: string }[]> {
  return db.selectFrom('outbox').select(['member_id', 'key', 'due_at', 'status']).where('kind', '=', 'checkin').orderBy('member_id').orderBy('key').execute();
}

beforeEach(async () => {
  db = await openMigratedDatabase(await testDatabaseUrl());
});
afterEach(async () => {
  await db.destroy();
});

describe('queuing daily check-ins', () => {
  it('queues each at its local minute, once, in every zone', async () => {
    await member('console:london', 8 * 60);
    await member('console:dublin', 8 * 60, 'Europe/Dublin');
    await member('console:ny', 8 * 60, 'America/New_York');
    await member('console:sydney', 8 * 60, 'Australia/Sydney');
    await tickEveryMinute('2026-11-25T07:58:00Z', '2026-11-25T08:01:00Z');
    // Duplicate ticks in the same minute change nothing.
    await enqueueDueCheckins(db, new Date('2026-11-25T08:01:30Z'));
    expect((await queued()).map((r) => `${r.member_id} ${r.key} ${r.due_at}`)).toEqual([
      'console:dublin checkin:2026-11-25 2026-11-25T08:00:00.000Z',
      'console:london checkin:2026-11-25 2026-11-25T08:00:00.000Z',
    ]);
    await tickEveryMinute('2026-11-25T12:59:00Z', '2026-11-25T13:00:00Z');
    expect((await queued()).map((r) => r.member_id)).toContain('console:ny');
    expect((await queued()).map((r) => r.member_id)).not.toContain('console:sydney');
    await tickEveryMinute('2026-11-25T20:59:00Z', '2026-11-25T21:00:00Z');
    expect((await queued()).find((r) => r.member_id === 'console:sydney')).toMatchObject({ key: 'checkin:2026-11-26', due_at: '2026-11-25T21:00:00.000Z' });
  });
  it('keeps 8am at 8am local across the clock change in spring (Sun 29 Mar 2026) and autumn (Sun 25 Oct 2026)', async () => {
    await member('console:a', 8 * 60);
    await tickEveryMinute('2026-03-28T07:58:00Z', '2026-03-28T08:01:00Z'); // GMT
    await tickEveryMinute('2026-03-29T06:58:00Z', '2026-03-29T07:01:00Z'); // BST from 1am
    await tickEveryMinute('2026-10-25T07:58:00Z', '2026-10-25T08:01:00Z'); // GMT again
    // (Between these ticks the scheduler was "down", so the days in between are recorded as skipped.)
    expect((await queued()).filter((r) => r.status === 'pending').map((r) => r.due_at)).toEqual(['2026-03-28T08:00:00.000Z', '2026-03-29T07:00:00.000Z', '2026-10-25T08:00:00.000Z']);
  });
  it('sends a time that does not exist (1:30am as clocks go forward) at the next real minute, and a repeated one once', async () => {
    await member('console:night', 60 + 30);
    await tickEveryMinute('2026-03-29T00:55:00Z', '2026-03-29T01:05:00Z'); // 00:55 GMT … 02:05 BST
    const spring = await queued();
    expect(spring).toHaveLength(1);
    expect(spring[0]).toMatchObject({ key: 'checkin:2026-03-29', due_at: '2026-03-29T01:00:00.000Z' });
    await tickEveryMinute('2026-10-25T00:25:00Z', '2026-10-25T01:35:00Z'); // 1:30 BST, then 1:30 GMT
    expect((await queued()).filter((r) => r.key === 'checkin:2026-10-25')).toEqual([expect.objectContaining({ due_at: '2026-10-25T00:30:00.000Z' })]);
  });
  it('pauses and resumes, and stops', async () => {
    await member('console:p', 9 * 60);
    await sqlCheckins(db).pause('console:p', '2026-11-26', created);
    await tickEveryMinute('2026-11-25T08:59:00Z', '2026-11-25T09:00:00Z');
    await tickEveryMinute('2026-11-26T08:59:00Z', '2026-11-26T09:00:00Z');
    await tickEveryMinute('2026-11-27T08:59:00Z', '2026-11-27T09:00:00Z');
    expect((await queued()).map((r) => r.key)).toEqual(['checkin:2026-11-27']);
    await sqlCheckins(db).stop('console:p', created);
    await tickEveryMinute('2026-11-28T08:59:00Z', '2026-11-28T09:00:00Z');
    expect(await queued()).toHaveLength(1);
  });
  it('after downtime sends what is within three hours and records the rest as skipped', async () => {
    await member('console:early', 6 * 60);
    await member('console:late', 10 * 60);
    await enqueueDueCheckins(db, new Date('2026-11-24T23:00:00Z'));
    // Down from midnight until 11:30: 6am is 5.5 hours ago, 10am 1.5 hours ago.
    await enqueueDueCheckins(db, new Date('2026-11-25T11:30:00Z'));
    expect((await queued()).map((r) => `${r.member_id} ${r.status}`)).toEqual(['console:early skipped', 'console:late pending']);
  });
  it('takes the missed window from configuration', async () => {
    await member('console:w', 10 * 60);
    await enqueueDueCheckins(db, new Date('2026-11-24T23:00:00Z'), 60);
    await enqueueDueCheckins(db, new Date('2026-11-25T11:30:00Z'), 60);
    expect((await queued()).map((r) => r.status)).toEqual(['skipped']);
  });
  it('does not send today\'s check-in straight away to someone who just chose an earlier time', async () => {
    await sqlMembers(db).seen('console:new', 'console', created);
    await enqueueDueCheckins(db, new Date('2026-11-25T10:59:00Z'));
    await sqlCheckins(db).subscribe('console:new', { channel: 'console', chat: 'console:new' }, 9 * 60, 'Europe/London', new Date('2026-11-25T11:00:00Z'));
    await tickEveryMinute('2026-11-25T11:00:00Z', '2026-11-25T11:02:00Z');
    await tickEveryMinute('2026-11-26T08:59:00Z', '2026-11-26T09:00:00Z');
    expect((await queued()).map((r) => r.key)).toEqual(['checkin:2026-11-26']);
  });
});
