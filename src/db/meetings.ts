/**
 * The meeting directory on SQLite: an integer R*Tree (latitude banded by weekday, longitude,
 * fellowship; see the migration) for "near here", FTS5 for names, indexes for online meetings
 * and the gazetteer. The tree's coordinates are rounded to a metre, so it prefilters and picks
 * the closest; the core ranks by the real coordinates.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Attendance, Listing, Meeting } from '../core/meetings/meeting.ts';
import type { Area, MeetingDirectory, Place } from '../core/ports.ts';
import type { HarbourDb } from './database.ts';
import { fellowshipKey, TREE_DAY_BAND, TREE_UNITS_PER_DEGREE } from './meeting-tree.ts';
import type { MeetingTable } from './schema.ts';

type Row = Omit<MeetingTable, 'id'> & { id: number };

const KM_PER_DEGREE_LAT = 111.32;

/** The bounding box of a circle, in degrees, a little generous so float32 rounding never cuts a meeting. */
export function boxAround(area: Area): { minLat: number; maxLat: number; minLon: number; maxLon: number } {
  const dLat = area.radiusKm / KM_PER_DEGREE_LAT + 1e-4;
  const cos = Math.max(Math.cos((area.latitude * Math.PI) / 180), 0.01);
  const dLon = area.radiusKm / (KM_PER_DEGREE_LAT * cos) + 1e-4;
  return { minLat: area.latitude - dLat, maxLat: area.latitude + dLat, minLon: area.longitude - dLon, maxLon: area.longitude + dLon };
}

/** The columns ranking needs, named as the R*Tree's auxiliary columns name them. */
export const LISTING_COLUMNS = ['id', 'fellowship', 'weekday', 'start_minute', 'timezone', 'types', 'attendance', 'latitude', 'longitude'] as const;
export type ListingRow = { km?: number; id: number; fellowship: string; weekday: number; start_minute: number; timezone: string; types: string; attendance: string; latitude: number | null; longitude: number | null };

export function sqlMeetings(db: HarbourDb): MeetingDirectory {
  return {
    async near(area, weekdays, fellowships, closest) {
      const days = [...new Set(weekdays)].filter((d) => Number.isInteger(d) && d >= 1 && d <= 7);
      if (!days.length) return [];
      const box = boxAround(area);
      // One known fellowship is a point on the tree's third axis; otherwise it is checked on the rows.
      const key = fellowships.length === 1 ? fellowshipKey(fellowships[0] ?? '') : 0;
      const units = (degrees: number, round: (n: number) => number) => round(degrees * TREE_UNITS_PER_DEGREE);
      const perDegree = sql.raw(`${TREE_UNITS_PER_DEGREE}.0`);
      // One box per weekday band; the tree gives each hit's coordinates back, to within a metre.
      const hits = sql.join(
        days.map((day) => {
          const band = day * TREE_DAY_BAND;
          return sql`select r.id, (r.min_lat - ${band}) / ${perDegree} as lat, r.min_lon / ${perDegree} as lon from meetings_rtree r
            where r.min_lat >= ${units(box.minLat, Math.floor) + band} and r.max_lat <= ${units(box.maxLat, Math.ceil) + band}
            and r.min_lon >= ${units(box.minLon, Math.floor)} and r.max_lon <= ${units(box.maxLon, Math.ceil)}
            ${key ? sql`and r.min_fellowship >= ${key} and r.max_fellowship <= ${key}` : sql``}`;
        }),
        sql` union all `,
      );
      const which = fellowships.length ? sql`and m.fellowship in (${sql.join([...fellowships])})` : sql``;
      const columns = sql.raw(LISTING_COLUMNS.map((c) => `m.${c}`).join(', '));
      if (closest !== undefined && (fellowships.length === 0 || key !== 0)) {
        // The tree alone settles which are closest, before any wide row is read, by a flat-earth
        // distance (plain arithmetic, within 0.5% of the great circle at these distances); the
        // core then ranks them again exactly.
        const kmPerDegree = 6371.0088 * (Math.PI / 180);
        const squeeze = Math.cos((area.latitude * Math.PI) / 180);
        const flat2 = sql<number>`((lat - ${area.latitude}) * (lat - ${area.latitude}) + (lon - ${area.longitude}) * (lon - ${area.longitude}) * ${squeeze * squeeze}) * ${kmPerDegree * kmPerDegree}`;
        const reach = area.radiusKm * 1.005 + 0.01;
        const rows = await sql<ListingRow>`with hits as (${hits}),
            closest as (select id, ${flat2} as d2 from hits where d2 <= ${reach * reach} order by d2, id limit ${closest})
          select ${columns}, sqrt(closest.d2) as km from closest join meetings m on m.id = closest.id where 1 ${which}`.execute(db);
        return rows.rows.map(toListing);
      }
      const km = haversineSql(sql.ref('m.latitude'), sql.ref('m.longitude'), area);
      const rows = await sql<ListingRow>`with hits as (${hits})
        select ${columns}, ${km} as km from hits join meetings m on m.id = hits.id where ${km} <= ${area.radiusKm} ${which}`.execute(db);
      return rows.rows.map(toListing);
    },
    async online(weekdays, fellowships) {
      if (!weekdays.length) return [];
      let query = db.selectFrom('meetings').select(LISTING_COLUMNS).where('attendance', 'in', ['online', 'hybrid']).where('weekday', 'in', [...weekdays]);
      if (fellowships.length) query = query.where('fellowship', 'in', [...fellowships]);
      return (await query.execute()).map(toListing);
    },
    async named(words, limit) {
      const terms = words.map((w) => w.replace(/["*^:()]/g, '').trim()).filter(Boolean);
      if (!terms.length) return [];
      // Each word quoted, so nothing a member types is read as FTS syntax; the last may be a prefix.
      const match = terms.map((t, i) => `"${t}"${i === terms.length - 1 && t.length >= 3 ? '*' : ''}`).join(' ');
      const rows = await sql<ListingRow>`select ${sql.raw(LISTING_COLUMNS.map((c) => `m.${c}`).join(', '))} from meetings_fts f join meetings m on m.id = f.rowid
        where meetings_fts match ${match} order by bm25(meetings_fts, 10.0, 3.0, 1.0) limit ${limit}`.execute(db);
      return rows.rows.map(toListing);
    },
    async byId(id) {
      const row = await db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toMeeting(row) : null;
    },
    async byIds(ids) {
      if (!ids.length) return [];
      const rows = await db.selectFrom('meetings').selectAll().where('id', 'in', [...ids]).execute();
      const byId = new Map(rows.map((r) => [r.id, toMeeting(r)]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },
    async place(query) {
      const centre = (name: string, rows: { lat: number | null; lon: number | null; n: number }) =>
        rows.n > 0 && rows.lat !== null && rows.lon !== null ? ({ name, latitude: rows.lat, longitude: rows.lon } satisfies Place) : null;
      const average = db.selectFrom('meetings').select([sql<number | null>`avg(latitude)`.as('lat'), sql<number | null>`avg(longitude)`.as('lon'), sql<number>`count(latitude)`.as('n')]);
      if (query.postcode) {
        const found = centre(query.postcode, await average.where('postcode', '=', query.postcode).where('latitude', 'is not', null).executeTakeFirstOrThrow());
        if (found) return found;
      }
      if (query.outward) {
        const found = centre(query.outward, await average.where('outward', '=', query.outward).where('latitude', 'is not', null).executeTakeFirstOrThrow());
        if (found) return found;
      }
      if (query.area && /^[A-Z]{1,2}$/.test(query.area)) {
        // Outward codes are the area letters then a district number: LS6 is in LS, not in L.
        const found = centre(query.outward ?? query.area, await average.where(sql<boolean>`outward glob ${`${query.area}[0-9]*`}`).where('latitude', 'is not', null).executeTakeFirstOrThrow());
        if (found) return found;
      }
      if (query.town) {
        const town = query.town;
        const found = centre(town, await average.where(sql<boolean>`town = ${town} collate nocase`).where('latitude', 'is not', null).executeTakeFirstOrThrow());
        if (found) return found;
        // Some feeds name only the area (intergroup or county), which is often the town too.
        const area = centre(town, await average.where(sql<boolean>`region = ${town} collate nocase`).where('latitude', 'is not', null).executeTakeFirstOrThrow());
        if (area) return area;
      }
      return null;
    },
    async holding() {
      const row = await db.selectFrom('meetings').select([sql<number>`count(*)`.as('n'), sql<number>`coalesce(max(demo), 0)`.as('demo')]).executeTakeFirstOrThrow();
      return { meetings: row.n, demo: row.demo === 1 };
    },
  };
}

/** Kilometres between a row's coordinates and a point, in SQL (SQLite's math functions). */
function haversineSql(latitude: RawBuilder<unknown>, longitude: RawBuilder<unknown>, { latitude: lat, longitude: lon }: Area): RawBuilder<number> {
  return sql<number>`2 * 6371.0088 * asin(sqrt(pow(sin(radians(${latitude} - ${lat}) / 2), 2) + cos(radians(${lat})) * cos(radians(${latitude})) * pow(sin(radians(${longitude} - ${lon}) / 2), 2)))`;
}

/** A row of the listing columns as the core's Listing. */
export function toListing(row: ListingRow): Listing {
  return {
    id: row.id,
    fellowship: row.fellowship,
    weekday: row.weekday,
    start: row.start_minute,
    timezone: row.timezone,
    types: parseTypes(row.types),
    attendance: row.attendance as Attendance,
    latitude: row.latitude,
    longitude: row.longitude,
    ...(row.km === undefined ? {} : { km: row.km }),
  };
}

/** A row as the core's Meeting. */
export function toMeeting(row: Row): Meeting {
  return {
    id: row.id,
    source: row.source,
    sourceId: row.source_id,
    fellowship: row.fellowship,
    name: row.name,
    weekday: row.weekday,
    start: row.start_minute,
    duration: row.duration_minutes,
    timezone: row.timezone,
    types: parseTypes(row.types),
    attendance: row.attendance as Attendance,
    venue: row.venue,
    address: row.address,
    postcode: row.postcode,
    town: row.town,
    region: row.region,
    latitude: row.latitude,
    longitude: row.longitude,
    onlineUrl: row.online_url,
    onlinePhone: row.online_phone,
    notes: row.notes,
    updatedAt: row.updated_at,
    demo: row.demo === 1,
  };
}

function parseTypes(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}
