import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect.ts';

// SQLite's own search indexes, kept in step with `meetings` by triggers:
// - an integer R*Tree of meetings one can walk into, for "AA near here on Tuesday" in one lookup.
//   Coordinates are stored in units of 1e-5 degrees (about a metre), and each weekday gets its own
//   band of latitude (weekday × 20,000,000 units, far beyond ±90°), so a day's meetings sit apart
//   in the tree and a query for one day never visits another's nodes. The third axis is the
//   fellowship as a small number (meeting-tree.ts). Integers are exact, unlike the float R*Tree.
// - FTS5 over names, venues and towns for "when is the Serenity group?".
// Every statement is safe to re-run.
const RTREE_ROW = (m: 'new') => sql.raw(`${m}.id,
  cast(round(${m}.latitude * 100000) as integer) + ${m}.weekday * 20000000, cast(round(${m}.latitude * 100000) as integer) + ${m}.weekday * 20000000,
  cast(round(${m}.longitude * 100000) as integer), cast(round(${m}.longitude * 100000) as integer),
  ${m}.fellowship_key, ${m}.fellowship_key`);
const WALKABLE = sql.raw(`new.latitude is not null and new.longitude is not null and new.attendance in ('in_person', 'hybrid')`);

const STATEMENTS = [
  sql`create virtual table if not exists meetings_rtree using rtree_i32(id, min_lat, max_lat, min_lon, max_lon, min_fellowship, max_fellowship)`,
  sql`create trigger if not exists meetings_rtree_insert after insert on meetings when ${WALKABLE}
      begin insert into meetings_rtree values (${RTREE_ROW('new')}); end`,
  sql`create trigger if not exists meetings_rtree_delete after delete on meetings
      begin delete from meetings_rtree where id = old.id; end`,
  sql`create trigger if not exists meetings_rtree_update after update on meetings
      begin
        delete from meetings_rtree where id = old.id;
        insert into meetings_rtree select ${RTREE_ROW('new')} where ${WALKABLE};
      end`,
  sql`create virtual table if not exists meetings_fts using fts5(name, venue, town, content='meetings', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`,
  sql`create trigger if not exists meetings_fts_insert after insert on meetings
      begin insert into meetings_fts(rowid, name, venue, town) values (new.id, new.name, new.venue, new.town); end`,
  sql`create trigger if not exists meetings_fts_delete after delete on meetings
      begin insert into meetings_fts(meetings_fts, rowid, name, venue, town) values ('delete', old.id, old.name, old.venue, old.town); end`,
  sql`create trigger if not exists meetings_fts_update after update on meetings
      begin
        insert into meetings_fts(meetings_fts, rowid, name, venue, town) values ('delete', old.id, old.name, old.venue, old.town);
        insert into meetings_fts(rowid, name, venue, town) values (new.id, new.name, new.venue, new.town);
      end`,
];

// PostgreSQL's own, on the table itself, no triggers needed:
// - a GiST index over each walkable meeting as a point (longitude, latitude + weekday × 200):
//   the same banding by weekday, so one day's box never reaches another's; exact doubles.
//   Queries must spell the expression and the condition exactly so (meeting-search-postgres.ts).
// - a GIN index over names (weight A), venues (B) and towns (C) as words.
const POSTGRES = [
  sql`create index if not exists meetings_near on meetings using gist (point(longitude, latitude + weekday * 200))
      where latitude is not null and longitude is not null and attendance in ('in_person', 'hybrid')`,
  sql`create index if not exists meetings_words on meetings using gin ((setweight(to_tsvector('simple', coalesce(name, '')), 'A')
      || setweight(to_tsvector('simple', coalesce(venue, '')), 'B') || setweight(to_tsvector('simple', coalesce(town, '')), 'C')))`,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of dialectOf(db) === 'postgres' ? POSTGRES : STATEMENTS) await statement.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`drop index if exists meetings_near`.execute(db);
    await sql`drop index if exists meetings_words`.execute(db);
    return;
  }
  for (const name of ['meetings_rtree_insert', 'meetings_rtree_delete', 'meetings_rtree_update', 'meetings_fts_insert', 'meetings_fts_delete', 'meetings_fts_update']) {
    await sql`drop trigger if exists ${sql.raw(name)}`.execute(db);
  }
  await sql`drop table if exists meetings_rtree`.execute(db);
  await sql`drop table if exists meetings_fts`.execute(db);
}
