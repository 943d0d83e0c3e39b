/**
 * Meeting search on SQLite: an integer R*Tree (latitude banded by weekday, longitude,
 * fellowship; see the migration) for "near here" and FTS5 for names. The tree's coordinates are
 * rounded to a metre, so it prefilters and picks the closest; the core ranks by the real ones.
 */
import { sql } from 'kysely';
import type { Listing } from '../core/meetings/meeting.ts';
import type { Area } from '../core/ports.ts';
import type { HarbourDb } from './database.ts';
import { boxAround, haversineSql, LISTING_COLUMNS, toListing, type ListingRow } from './meeting-rows.ts';
import { fellowshipKey, TREE_DAY_BAND, TREE_UNITS_PER_DEGREE } from './meeting-tree.ts';

export async function nearSqlite(db: HarbourDb, area: Area, weekdays: readonly number[], fellowships: readonly string[], closest?: number): Promise<Listing[]> {
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
}

export async function namedSqlite(db: HarbourDb, words: readonly string[], limit: number): Promise<Listing[]> {
  const terms = words.map((w) => w.replace(/["*^:()]/g, '').trim()).filter(Boolean);
  if (!terms.length) return [];
  // Each word quoted, so nothing a member types is read as FTS syntax; the last may be a prefix.
  const match = terms.map((t, i) => `"${t}"${i === terms.length - 1 && t.length >= 3 ? '*' : ''}`).join(' ');
  const rows = await sql<ListingRow>`select ${sql.raw(LISTING_COLUMNS.map((c) => `m.${c}`).join(', '))} from meetings_fts f join meetings m on m.id = f.rowid
    where meetings_fts match ${match} order by bm25(meetings_fts, 10.0, 3.0, 1.0) limit ${limit}`.execute(db);
  return rows.rows.map(toListing);
}
