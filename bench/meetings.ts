/**
 * meetings.*: 100,000 meetings generated across the UK, imported as a Meeting Guide feed, then
 * "the nearest meetings within 10 miles, for one fellowship on one day" asked 2,000 times through
 * the R*Tree, and the same question as a full scan for comparison.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { sql } from 'kysely';
import { importMeetings } from '../src/app/import-meetings.ts';
import { findMeetings, type Request } from '../src/core/meetings/find.ts';
import type { MeetingDirectory } from '../src/core/ports.ts';
import { openMigratedDatabase, type HarbourDb } from '../src/db/database.ts';
import { boxAround, LISTING_COLUMNS, toListing, type ListingRow } from '../src/db/meeting-rows.ts';
import { sqlMeetings } from '../src/db/meetings.ts';
import { quantile, report, round } from './figure.ts';
import { benchDatabaseUrl } from './database.ts';
import { dialectOf } from '../src/db/dialect.ts';

const COUNT = 100_000;
const QUERIES = 2_000;
const FELLOWSHIPS = ['AA', 'AA', 'AA', 'NA', 'NA', 'CA', 'SMART', 'GA'];
/** Population centres, so meetings cluster as they do in life, plus a spread over the whole country. */
const CENTRES: [number, number, number][] = [
  [51.507, -0.128, 30], [53.48, -2.242, 12], [52.486, -1.89, 12], [53.8, -1.549, 8], [55.864, -4.252, 8], [53.408, -2.992, 6],
  [55.953, -3.188, 5], [51.455, -2.588, 5], [53.381, -1.47, 5], [54.978, -1.618, 5], [52.954, -1.158, 4], [51.482, -3.179, 4],
  [54.597, -5.93, 4], [50.822, -0.137, 3], [50.376, -4.143, 2], [52.63, 1.297, 2], [57.149, -2.094, 2], [51.752, -1.258, 2],
];

function generator(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A Meeting Guide feed of `count` made-up meetings. */
export function feed(count: number): unknown[] {
  const r = generator(2026);
  const weight = CENTRES.reduce((sum, c) => sum + c[2], 0);
  return Array.from({ length: count }, (_, i) => {
    let lat: number;
    let lon: number;
    if (r() < 0.3) {
      lat = 50.1 + r() * 8.4;
      lon = -5.6 + r() * 7.3;
    } else {
      let pick = r() * weight;
      const centre = CENTRES.find((c) => (pick -= c[2]) < 0) ?? CENTRES[0];
      lat = (centre?.[0] ?? 51.5) + (r() - 0.5) * 0.5;
      lon = (centre?.[1] ?? -0.1) + (r() - 0.5) * 0.8;
    }
    const minute = Math.floor(r() * 64) * 15 + 6 * 60;
    return {
      slug: `m${i}`,
      name: `Bench Group ${i}`,
      day: Math.floor(r() * 7),
      time: `${String(Math.floor(minute / 60) % 24).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`,
      end_time: `${String((Math.floor(minute / 60) + 1) % 24).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`,
      location: 'Hall',
      formatted_address: `${i} Bench Street, Town, UK`,
      latitude: round(lat, 5),
      longitude: round(lon, 5),
      types: [r() < 0.5 ? 'O' : 'C', ...(r() < 0.1 ? ['W'] : [])],
      fellowship_for_bench: FELLOWSHIPS[Math.floor(r() * FELLOWSHIPS.length)],
      timezone: 'Europe/London',
    };
  });
}

/** The same directory, but answering "near" by reading every meeting (no R*Tree), with the same SQL otherwise. */
function fullScanDirectory(db: HarbourDb): MeetingDirectory {
  const indexed = sqlMeetings(db);
  return {
    ...indexed,
    async near(area, weekdays, fellowships, closest) {
      const box = boxAround(area);
      const km = sql<number>`2 * 6371.0088 * asin(sqrt(pow(sin(radians(latitude - ${area.latitude}) / 2), 2) + cos(radians(${area.latitude})) * cos(radians(latitude)) * pow(sin(radians(longitude - ${area.longitude}) / 2), 2)))`;
      // PostgreSQL has no `not indexed`, but its only index on coordinates is the spatial one,
      // which this query's plain box cannot use.
      const rows = await sql<ListingRow>`select * from (select ${sql.raw(LISTING_COLUMNS.join(', '))}, ${km} as km from meetings ${sql.raw(dialectOf(db) === 'postgres' ? '' : 'not indexed')}
        where attendance in ('in_person', 'hybrid') and weekday in (${sql.join([...weekdays])})
        ${fellowships.length ? sql`and fellowship in (${sql.join([...fellowships])})` : sql``}
        and latitude between ${box.minLat} and ${box.maxLat} and longitude between ${box.minLon} and ${box.maxLon}) hits
        where km <= ${area.radiusKm} ${closest === undefined ? sql`` : sql`order by km, id limit ${closest}`}`.execute(db);
      return rows.rows.map(toListing);
    },
  };
}

export async function benchMeetings(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'harbour-bench-meetings-'));
  let peak = process.memoryUsage().rss;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  try {
    const meetings = feed(COUNT);
    // One feed per fellowship, as fellowships publish them: 100,000 records in all.
    const byFellowship = new Map<string, unknown[]>();
    for (const m of meetings as { fellowship_for_bench: string }[]) {
      const list = byFellowship.get(m.fellowship_for_bench) ?? [];
      list.push(m);
      byFellowship.set(m.fellowship_for_bench, list);
    }
    const db = await openMigratedDatabase(await benchDatabaseUrl(join(dir, 'bench.sqlite')));
    let seconds = 0;
    for (const [fellowship, list] of byFellowship) {
      const file = join(dir, `${fellowship}.json`);
      writeFileSync(file, JSON.stringify(list));
      const started = performance.now();
      await importMeetings(db, { location: file, fellowship, source: `bench-${fellowship}` }, new Date());
      seconds += (performance.now() - started) / 1000;
    }
    report({ name: 'meetings.import_100k', value: round(seconds, 2), unit: 's', note: `${COUNT} Meeting Guide records in ${byFellowship.size} feeds: read, validated, written with indexes` });

    const directory = sqlMeetings(db);
    const scanning = fullScanDirectory(db);
    const r = generator(7);
    const points = meetings as { latitude: number; longitude: number }[];
    const questions = Array.from({ length: QUERIES }, () => {
      const p = points[Math.floor(r() * points.length)] ?? { latitude: 53.8, longitude: -1.55 };
      return { latitude: p.latitude + (r() - 0.5) * 0.1, longitude: p.longitude + (r() - 0.5) * 0.1, weekday: 1 + Math.floor(r() * 7), fellowship: FELLOWSHIPS[Math.floor(r() * 4)] ?? 'AA' };
    });
    const now = new Date('2026-11-23T00:00:00Z'); // a Monday: the week's dates follow
    const dateOf = (weekday: number) => DateTime.fromJSDate(now, { zone: 'Europe/London' }).plus({ days: weekday - 1 }).toISODate() ?? '';
    const ask = async (q: (typeof questions)[number], scan: boolean) => {
      const request: Request = {
        where: { kind: 'near', point: q, label: 'bench' }, fellowships: [q.fellowship], dates: [dateOf(q.weekday)],
        window: null, features: [], how: 'in_person', order: 'distance',
      };
      return (await findMeetings(scan ? scanning : directory, request, now, 'Europe/London')).found.slice(0, 5);
    };
    const time = async (scan: boolean, n: number) => {
      const timings: number[] = [];
      for (const q of questions.slice(0, n)) {
        const started = performance.now();
        await ask(q, scan);
        timings.push(performance.now() - started);
      }
      return timings;
    };
    // The two ways must agree before their speed means anything.
    for (const q of questions.slice(0, 50)) {
      const a = (await ask(q, false)).map((f) => f.meeting.id).join();
      const b = (await ask(q, true)).map((f) => f.meeting.id).join();
      if (a !== b) throw new Error('R*Tree and full scan disagree');
    }
    await time(false, 200);
    const indexed = await time(false, QUERIES);
    const scanned = await time(true, 200);
    const found = (await Promise.all(questions.slice(0, 100).map((q) => ask(q, false)))).reduce((n, f) => n + f.length, 0) / 100;
    const p50 = quantile(indexed, 0.5);
    report({ name: 'meetings.nearest.p50', value: round(p50, 3), unit: 'ms', baseline: round(quantile(scanned, 0.5), 3), note: `nearest 5 within 10 miles (widening if fewer than 3), one fellowship and day, through findMeetings; ${round(found, 1)} found on average; baseline: the same with a full scan` });
    report({ name: 'meetings.nearest.p99', value: round(quantile(indexed, 0.99), 3), unit: 'ms', baseline: round(quantile(scanned, 0.99), 3) });
    report({ name: 'meetings.nearest.speedup', value: round(quantile(scanned, 0.5) / p50, 1), unit: '×', note: 'full-scan p50 / indexed p50' });
    await db.destroy();
  } finally {
    clearInterval(sample);
    peak = Math.max(peak, process.memoryUsage().rss);
    report({ name: 'meetings.rss', value: round(peak / 1024 / 1024, 0), unit: 'MB', note: 'peak resident memory of the benchmark process' });
    rmSync(dir, { recursive: true, force: true });
  }
}
