/**
 * Meeting search on PostgreSQL, with the indexes its migration made: a GiST index over each
 * walkable meeting as a point, latitude banded by weekday (one box per day, never reaching
 * another day's band), and a GIN index over names, venues and towns as words. The expressions
 * here must match the migration's exactly, or the planner cannot use the indexes.
 */
import { sql } from 'kysely';
import type { Listing } from '../core/meetings/meeting.ts';
import type { Area } from '../core/ports.ts';
import type { HarbourDb } from './database.ts';
import { boxAround, haversineSql, LISTING_COLUMNS, toListing, type ListingRow } from './meeting-rows.ts';

/** Degrees of latitude between weekday bands (as in the migration); far beyond ±90°. */
const DAY_BAND = 200;
const POINT = sql.raw(`point(longitude, latitude + weekday * ${DAY_BAND})`);
const WALKABLE = sql.raw(`latitude is not null and longitude is not null and attendance in ('in_person', 'hybrid')`);
const WORDS = sql.raw(`(setweight(to_tsvector('simple', coalesce(name, '')), 'A')
  || setweight(to_tsvector('simple', coalesce(venue, '')), 'B') || setweight(to_tsvector('simple', coalesce(town, '')), 'C'))`);
const COLUMNS = sql.raw(LISTING_COLUMNS.join(', '));

export async function nearPostgres(db: HarbourDb, area: Area, weekdays: readonly number[], fellowships: readonly string[], closest?: number): Promise<Listing[]> {
  const days = [...new Set(weekdays)].filter((d) => Number.isInteger(d) && d >= 1 && d <= 7);
  if (!days.length) return [];
  const box = boxAround(area);
  const corner = (lon: number, lat: number) => sql`point(${lon}::float8, ${lat}::float8)`;
  const boxes = sql.join(
    days.map((day) => sql`${POINT} <@ box(${corner(box.minLon, box.minLat + day * DAY_BAND)}, ${corner(box.maxLon, box.maxLat + day * DAY_BAND)})`),
    sql` or `,
  );
  const km = haversineSql(sql.ref('latitude'), sql.ref('longitude'), area);
  const which = fellowships.length ? sql`and fellowship in (${sql.join([...fellowships])})` : sql``;
  const nearest = closest === undefined ? sql`` : sql`order by km, id limit ${closest}`;
  const rows = await sql<ListingRow>`select * from (
      select ${COLUMNS}, ${km} as km from meetings where (${boxes}) and ${WALKABLE} ${which}
    ) hits where km <= ${area.radiusKm}::float8 ${nearest}`.execute(db);
  return rows.rows.map(toListing);
}

export async function namedPostgres(db: HarbourDb, words: readonly string[], limit: number): Promise<Listing[]> {
  // Only letters and digits reach to_tsquery, so nothing a member types is read as its syntax.
  const terms = words.flatMap((w) => w.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter(Boolean);
  if (!terms.length) return [];
  const last = terms.length - 1;
  const query = terms.map((t, i) => (i === last && t.length >= 3 ? `${t}:*` : t)).join(' & ');
  const rows = await sql<ListingRow>`select ${COLUMNS} from meetings, to_tsquery('simple', ${query}) q
    where ${WORDS} @@ q order by ts_rank(${WORDS}, q) desc, id limit ${limit}`.execute(db);
  return rows.rows.map(toListing);
}
