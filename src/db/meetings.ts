/**
 * The meeting directory: "near here" and names through each database's own search indexes
 * (meeting-search-sqlite.ts, meeting-search-postgres.ts); online meetings, ids and the
 * gazetteer in plain SQL both share.
 */
import { sql } from 'kysely';
import type { MeetingDirectory, Place } from '../core/ports.ts';
import type { HarbourDb } from './database.ts';
import { dialectOf } from './dialect.ts';
import { LISTING_COLUMNS, toListing, toMeeting } from './meeting-rows.ts';
import { namedPostgres, nearPostgres } from './meeting-search-postgres.ts';
import { namedSqlite, nearSqlite } from './meeting-search-sqlite.ts';

export function sqlMeetings(db: HarbourDb): MeetingDirectory {
  const postgres = dialectOf(db) === 'postgres';
  // Case-blind equality, and "an outward code in this postcode area", said each database's way.
  const sameName = (column: 'town' | 'region', name: string) =>
    postgres ? sql<boolean>`lower(${sql.ref(column)}) = lower(${name})` : sql<boolean>`${sql.ref(column)} = ${name} collate nocase`;
  const inArea = (area: string) => (postgres ? sql<boolean>`outward ~ ${`^${area}[0-9]`}` : sql<boolean>`outward glob ${`${area}[0-9]*`}`);
  return {
    near: (area, weekdays, fellowships, closest) => (postgres ? nearPostgres : nearSqlite)(db, area, weekdays, fellowships, closest),
    async online(weekdays, fellowships) {
      if (!weekdays.length) return [];
      let query = db.selectFrom('meetings').select(LISTING_COLUMNS).where('attendance', 'in', ['online', 'hybrid']).where('weekday', 'in', [...weekdays]);
      if (fellowships.length) query = query.where('fellowship', 'in', [...fellowships]);
      return (await query.execute()).map(toListing);
    },
    named: (words, limit) => (postgres ? namedPostgres : namedSqlite)(db, words, limit),
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
        const found = centre(query.outward ?? query.area, await average.where(inArea(query.area)).where('latitude', 'is not', null).executeTakeFirstOrThrow());
        if (found) return found;
      }
      if (query.town) {
        const town = query.town;
        const found = centre(town, await average.where(sameName('town', town)).where('latitude', 'is not', null).executeTakeFirstOrThrow());
        if (found) return found;
        // Some feeds name only the area (intergroup or county), which is often the town too.
        const area = centre(town, await average.where(sameName('region', town)).where('latitude', 'is not', null).executeTakeFirstOrThrow());
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
