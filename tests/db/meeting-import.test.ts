import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDemoMeetingsIfEmpty } from '../../src/app/demo-meetings.ts';
import { importMeetings } from '../../src/app/import-meetings.ts';
import type { MeetingRecord } from '../../src/core/meetings/meeting.ts';
import { openMigratedDatabase, type HarbourDb } from '../../src/db/database.ts';
import { replaceSourceMeetings } from '../../src/db/meeting-import.ts';
import { sqlMeetings } from '../../src/db/meetings.ts';
import { fixture } from '../support/shared-data.ts';
import { testDatabaseUrl } from '../support/database.ts';

let db: HarbourDb;
const now = new Date('2026-11-25T12:00:00Z');
const source = { name: 'test', location: 'test.json', format: 'meeting-guide', fellowship: 'AA' };

function record(id: string, overrides: Partial<MeetingRecord> = {}): MeetingRecord {
  return {
    sourceId: id, fellowship: 'AA', name: `Group ${id}`, weekday: 2, start: 1170, duration: 60, timezone: 'Europe/London', types: ['O'],
    attendance: 'in_person', venue: 'Hall', address: '1 Road', postcode: 'LS6 3AA', town: 'Leeds', region: null, latitude: 53.8, longitude: -1.55,
    onlineUrl: null, onlinePhone: null, notes: null, ...overrides,
  };
}

async function snapshot() {
  return (await sql<Record<string, unknown>>`select source, source_id, name, weekday, start_minute, attendance from meetings order by source, source_id`.execute(db)).rows;
}

beforeEach(async () => {
  db = await openMigratedDatabase(await testDatabaseUrl());
});
afterEach(async () => {
  await db.destroy();
});

describe('importing one source', () => {
  it('upserts by source id and removes meetings that vanished from that source only', async () => {
    await replaceSourceMeetings(db, source, [record('a'), record('b')], 0, now);
    await replaceSourceMeetings(db, { ...source, name: 'other' }, [record('a')], 0, now);
    const counts = await replaceSourceMeetings(db, source, [record('b', { name: 'Renamed' }), record('c')], 1, now);
    expect(counts).toEqual({ added: 1, updated: 1, removed: 1, invalid: 1, total: 2 });
    expect((await snapshot()).map((r) => `${String(r['source'])}/${String(r['source_id'])}/${String(r['name'])}`)).toEqual(['other/a/Group a', 'test/b/Renamed', 'test/c/Group c']);
  });
  it('keeps the search indexes in step: only meetings one can walk into are near anywhere', async () => {
    await replaceSourceMeetings(db, source, [record('walk'), record('closed', { attendance: 'inactive' }), record('zoom', { attendance: 'online', latitude: null, longitude: null })], 0, now);
    const directory = sqlMeetings(db);
    const sourceIds = async (listings: { id: number }[]) => (await directory.byIds(listings.map((l) => l.id))).map((m) => m.sourceId);
    expect(await sourceIds(await directory.near({ latitude: 53.8, longitude: -1.55, radiusKm: 5 }, [2], []))).toEqual(['walk']);
    expect(await sourceIds(await directory.near({ latitude: 53.8, longitude: -1.55, radiusKm: 5 }, [2], ['AA']))).toEqual(['walk']);
    expect(await directory.near({ latitude: 53.8, longitude: -1.55, radiusKm: 5 }, [2], ['NA'])).toEqual([]);
    expect(await directory.near({ latitude: 53.8, longitude: -1.55, radiusKm: 5 }, [3], [])).toEqual([]);
    expect(await sourceIds(await directory.online([2], []))).toEqual(['zoom']);
    expect(await sourceIds(await directory.named(['group', 'walk'], 5))).toEqual(['walk']);
    await replaceSourceMeetings(db, source, [record('walk', { latitude: 51.5, longitude: -0.12 })], 0, now);
    expect(await directory.near({ latitude: 53.8, longitude: -1.55, radiusKm: 5 }, [2], [])).toEqual([]);
    expect(await directory.named(['closed'], 5)).toEqual([]);
  });
  it('leaves everything as it was when the write fails part-way', async () => {
    await replaceSourceMeetings(db, source, [record('a'), record('b')], 0, now);
    const before = await snapshot();
    // A NOT NULL violation in the second batch row: the whole transaction must roll back.
    const broken = [record('c'), { ...record('d'), name: null as unknown as string }];
    await expect(replaceSourceMeetings(db, source, broken, 0, now)).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });
  it('a broken feed changes nothing and is noted against its source', async () => {
    const first = await importMeetings(db, { location: fixture('meeting-guide.json'), fellowship: 'AA', source: 'leeds' }, now);
    expect(first).toMatchObject({ format: 'meeting-guide', total: 8, invalid: 6 });
    const before = await snapshot();
    await expect(importMeetings(db, { location: fixture('meetings.csv'), format: 'meeting-guide', fellowship: 'AA', source: 'leeds' }, now)).rejects.toThrow(/not JSON/);
    await expect(importMeetings(db, { location: fixture('does-not-exist.json'), fellowship: 'AA', source: 'leeds' }, now)).rejects.toThrow(/cannot read/);
    expect(await snapshot()).toEqual(before);
    const noted = await db.selectFrom('meeting_sources').selectAll().where('name', '=', 'leeds').executeTakeFirstOrThrow();
    expect(noted).toMatchObject({ meetings: 8, last_error: expect.stringMatching(/cannot read/) });
  });
  it('recognises the format, and refuses an empty feed rather than wiping a source', async () => {
    expect((await importMeetings(db, { location: fixture('bmlt.json'), source: 'na' }, now)).format).toBe('bmlt');
    expect((await importMeetings(db, { location: fixture('meetings.csv'), source: 'csv' }, now)).format).toBe('csv');
    const empty = `${fixture('')}empty.json`;
    const { writeFileSync, rmSync } = await import('node:fs');
    writeFileSync(empty, '[]');
    try {
      await expect(importMeetings(db, { location: empty, fellowship: 'NA', source: 'na' }, now)).rejects.toThrow(/holds no meetings/);
    } finally {
      rmSync(empty);
    }
    expect((await snapshot()).filter((r) => r['source'] === 'na')).toHaveLength(4);
  });
});

describe('demo meetings', () => {
  it('load into an empty directory, and go with the first real import', async () => {
    expect(await loadDemoMeetingsIfEmpty(db, now)).toBeGreaterThan(100);
    expect(await sqlMeetings(db).holding()).toMatchObject({ demo: true });
    await importMeetings(db, { location: fixture('bmlt.json'), source: 'na' }, now);
    expect(await sqlMeetings(db).holding()).toEqual({ meetings: 4, demo: false });
    // Never again once a real feed was imported, even if the directory empties.
    await db.deleteFrom('meetings').execute();
    expect(await loadDemoMeetingsIfEmpty(db, now)).toBe(0);
  });
  it('are all marked demo and named as made up in the file', () => {
    const text = readFileSync(new URL('../../knowledge/demo/meetings.csv', import.meta.url), 'utf8');
    expect(text).toMatch(/Example Street/);
    expect(text).not.toMatch(/https:\/\/(?!zoom\.us\/j\/0000000000)/);
  });
});
