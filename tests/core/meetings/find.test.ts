import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findMeetings, RADII_KM, type Request } from '../../../src/core/meetings/find.ts';
import type { MeetingRecord } from '../../../src/core/meetings/meeting.ts';
import { openMigratedDatabase, type HarbourDb } from '../../../src/db/database.ts';
import { replaceSourceMeetings } from '../../../src/db/meeting-import.ts';
import { sqlMeetings } from '../../../src/db/meetings.ts';
import { testDatabaseUrl } from '../../support/database.ts';

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const FELLOWSHIPS = ['AA', 'NA', 'CA'];
const ATTENDANCE = ['in_person', 'in_person', 'hybrid', 'online', 'inactive'] as const;
let db: HarbourDb;
let meetings: MeetingRecord[];
let sourceIdOf: Map<number, string>;

beforeAll(async () => {
  db = await openMigratedDatabase(await testDatabaseUrl());
  const r = random(42);
  meetings = Array.from({ length: 3000 }, (_, i) => {
    const attendance = ATTENDANCE[Math.floor(r() * ATTENDANCE.length)] ?? 'in_person';
    return {
      sourceId: String(i), fellowship: FELLOWSHIPS[Math.floor(r() * 3)] ?? 'AA', name: `Group ${i}`, weekday: 1 + Math.floor(r() * 7),
      start: Math.floor(r() * 96) * 15, duration: 60, timezone: 'Europe/London', types: r() < 0.3 ? ['W'] : ['O'], attendance,
      venue: null, address: null, postcode: null, town: null, region: null,
      latitude: attendance === 'online' ? null : 53 + r() * 1.5, longitude: attendance === 'online' ? null : -2.5 + r() * 2,
      onlineUrl: attendance === 'online' || attendance === 'hybrid' ? 'https://zoom.us/j/1' : null, onlinePhone: null, notes: null,
    };
  });
  await replaceSourceMeetings(db, { name: 'random', location: 'x', format: 'csv', fellowship: null }, meetings, 0, new Date());
  sourceIdOf = new Map((await db.selectFrom('meetings').select(['id', 'source_id']).execute()).map((r) => [r.id, r.source_id]));
});
afterAll(async () => {
  await db.destroy();
});

/** The same question answered the slow, obvious way over every meeting. */
function bruteForce(origin: { latitude: number; longitude: number }, radiusKm: number, dates: string[], fellowship: string[], now: Date, window?: [number, number]) {
  const out: { id: string; at: number; km: number }[] = [];
  for (const m of meetings) {
    if (m.attendance !== 'in_person' && m.attendance !== 'hybrid') continue;
    if (fellowship.length && !fellowship.includes(m.fellowship)) continue;
    if (window && !(m.start >= window[0] && m.start < window[1])) continue;
    const km = haversine(origin.latitude, origin.longitude, m.latitude ?? 0, m.longitude ?? 0);
    if (km > radiusKm) continue;
    for (const date of dates) {
      const day = DateTime.fromISO(date, { zone: 'Europe/London' });
      if (day.weekday !== m.weekday) continue;
      const at = day.plus({ minutes: m.start }).toMillis();
      if (at >= now.getTime() - 10 * 60_000) {
        out.push({ id: m.sourceId, at, km });
        break;
      }
    }
  }
  return out.sort((a, b) => a.at - b.at || a.km - b.km);
}

function haversine(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const toRad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * toRad) / 2) ** 2 + Math.cos(lat1 * toRad) * Math.cos(lat2 * toRad) * Math.sin(((lon2 - lon1) * toRad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
}

describe('finding meetings near a point, checked against brute force', () => {
  it('matches on 200 random questions (dates, fellowships, time windows, widening)', async () => {
    const r = random(7);
    const directory = sqlMeetings(db);
    let total = 0;
    for (let q = 0; q < 200; q += 1) {
      const origin = { latitude: 53 + r() * 1.5, longitude: -2.5 + r() * 2 };
      const now = new Date(Date.UTC(2026, 10, 23 + Math.floor(r() * 7), Math.floor(r() * 24), Math.floor(r() * 60)));
      const today = DateTime.fromJSDate(now, { zone: 'Europe/London' });
      const dates = r() < 0.5 ? [today.plus({ days: Math.floor(r() * 6) }).toISODate() ?? ''] : [];
      const fellowships = r() < 0.5 ? [FELLOWSHIPS[Math.floor(r() * 3)] ?? 'AA'] : [];
      const window: [number, number] | undefined = r() < 0.3 ? [16 * 60, 21 * 60] : undefined;
      const request: Request = {
        where: { kind: 'near', point: origin, label: 'here' }, fellowships, dates, features: [], how: 'any', order: 'time',
        window: window ? { label: 'evening', from: window[0], to: window[1] } : null,
      };
      const result = await findMeetings(directory, request, now, 'Europe/London');
      // Expected: the first radius giving three or more; "soon" adds tomorrow when today has fewer than five.
      let expected: ReturnType<typeof bruteForce> = [];
      for (const radius of RADII_KM) {
        const todayOnly = dates.length ? dates : [today.toISODate() ?? ''];
        expected = bruteForce(origin, radius, todayOnly, fellowships, now, window);
        if (!dates.length && expected.length < 5) expected = bruteForce(origin, radius, [...todayOnly, today.plus({ days: 1 }).toISODate() ?? ''], fellowships, now, window);
        if (expected.length >= 3) {
          expect(result.radiusKm).toBe(radius);
          break;
        }
      }
      expect(result.found.map((f) => sourceIdOf.get(f.meeting.id))).toEqual(expected.map((e) => e.id));
      total += expected.length;
    }
    expect(total).toBeGreaterThan(1000);
  });
  it('orders by distance when asked for the nearest', async () => {
    const request: Request = { where: { kind: 'near', point: { latitude: 53.8, longitude: -1.5 }, label: 'x' }, fellowships: [], dates: ['2026-11-25'], features: [], how: 'any', order: 'distance', window: null };
    const { found } = await findMeetings(sqlMeetings(db), request, new Date('2026-11-25T06:00:00Z'), 'Europe/London');
    const kms = found.map((f) => f.km ?? 0);
    expect(kms.length).toBeGreaterThan(3);
    expect(kms).toEqual([...kms].sort((a, b) => a - b));
  });
  it('filters by kind of meeting, and never offers online-only or closed venues as near', async () => {
    const request: Request = { where: { kind: 'near', point: { latitude: 53.8, longitude: -1.5 }, label: 'x' }, fellowships: [], dates: ['2026-11-26'], features: ['women'], how: 'in_person', order: 'time', window: null };
    const { found } = await findMeetings(sqlMeetings(db), request, new Date('2026-11-25T06:00:00Z'), 'Europe/London');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.meeting.types.includes('W') && (f.meeting.attendance === 'in_person' || f.meeting.attendance === 'hybrid'))).toBe(true);
  });
});

describe('finding meetings on the days the clocks change', () => {
  let clockDb: HarbourDb;
  const at = (id: string, weekday: number, start: number): MeetingRecord => ({
    sourceId: id, fellowship: 'AA', name: id, weekday, start, duration: 60, timezone: 'Europe/London', types: [], attendance: 'in_person',
    venue: null, address: null, postcode: null, town: null, region: null, latitude: 53.8, longitude: -1.55, onlineUrl: null, onlinePhone: null, notes: null,
  });
  beforeAll(async () => {
    clockDb = await openMigratedDatabase(await testDatabaseUrl());
    await replaceSourceMeetings(clockDb, { name: 'c', location: 'x', format: 'csv', fellowship: null }, [at('small-hours', 7, 90), at('evening', 7, 19 * 60 + 30), at('monday', 1, 19 * 60 + 30)], 0, new Date());
  });
  afterAll(async () => {
    await clockDb.destroy();
  });
  const soon = (now: string) =>
    findMeetings(sqlMeetings(clockDb), { where: { kind: 'near', point: { latitude: 53.8, longitude: -1.55 }, label: 'x' }, fellowships: [], dates: [], window: null, features: [], how: 'any', order: 'time' }, new Date(now), 'Europe/London');

  it('spring forward (Sun 28 Mar 2027): 1:30am does not exist, so it is at 2:30am BST; the evening stays 7:30pm', async () => {
    const { found } = await soon('2027-03-28T00:45:00Z');
    expect(found.map((f) => new Date(f.startsAt).toISOString())).toEqual(['2027-03-28T01:30:00.000Z', '2027-03-28T18:30:00.000Z', '2027-03-29T18:30:00.000Z']);
  });
  it('fall back (Sun 25 Oct 2026): 1:30am happens twice, and the first is the one; the evening is 7:30pm GMT', async () => {
    const { found } = await soon('2026-10-24T23:30:00Z');
    expect(found.map((f) => new Date(f.startsAt).toISOString())).toEqual(['2026-10-25T00:30:00.000Z', '2026-10-25T19:30:00.000Z', '2026-10-26T19:30:00.000Z']);
  });
});
