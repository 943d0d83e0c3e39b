/**
 * Writes one feed's meetings in one transaction: upsert by (source, source id), remove the
 * meetings that vanished from that source, record how it went. If anything fails the
 * transaction rolls back and the meetings held stay exactly as they were.
 */
import { sql } from 'kysely';
import type { MeetingRecord } from '../core/meetings/meeting.ts';
import type { HarbourDb } from './database.ts';
import { dialectOf } from './dialect.ts';
import { fellowshipKey } from './meeting-tree.ts';
import type { MeetingTable } from './schema.ts';

export type SourceInfo = { name: string; location: string; format: string; fellowship: string | null };
export type ImportCounts = { added: number; updated: number; removed: number; invalid: number; total: number };

/** Rows per INSERT: 24 columns × 400 stays well inside SQLite's 32,766 parameters (PostgreSQL's 65,535). */
const BATCH = 400;

/** Replaces `source`'s meetings with `meetings`. Demo meetings go as soon as real ones arrive. */
export async function replaceSourceMeetings(
  db: HarbourDb,
  source: SourceInfo,
  meetings: readonly MeetingRecord[],
  invalid: number,
  now: Date,
  options: { demo?: boolean } = {},
): Promise<ImportCounts> {
  const at = now.toISOString();
  return db.transaction().execute(async (tx) => {
    const before = await tx.selectFrom('meetings').select(sql<number>`count(*)`.as('n')).where('source', '=', source.name).executeTakeFirstOrThrow();
    for (let i = 0; i < meetings.length; i += BATCH) {
      const rows = meetings.slice(i, i + BATCH).map((m) => toRow(m, source.name, at, options.demo === true));
      await tx
        .insertInto('meetings')
        .values(rows)
        .onConflict((oc) =>
          oc.columns(['source', 'source_id']).doUpdateSet((eb) => {
            const set: Record<string, unknown> = {};
            for (const column of UPDATED_COLUMNS) set[column] = eb.ref(`excluded.${column}`);
            return set;
          }),
        )
        .execute();
    }
    const ids = JSON.stringify(meetings.map((m) => m.sourceId));
    const removed = await tx
      .deleteFrom('meetings')
      .where('source', '=', source.name)
      .where(dialectOf(tx) === 'postgres' ? sql<boolean>`source_id not in (select jsonb_array_elements_text(${ids}::jsonb))` : sql<boolean>`source_id not in (select value from json_each(${ids}))`)
      .executeTakeFirst();
    if (!options.demo) await tx.deleteFrom('meetings').where('demo', '=', 1).execute();
    await tx
      .insertInto('meeting_sources')
      .values({ ...source, last_import_at: at, meetings: meetings.length, invalid, last_error: null, last_error_at: null })
      .onConflict((oc) => oc.column('name').doUpdateSet({ ...source, last_import_at: at, meetings: meetings.length, invalid, last_error: null, last_error_at: null }))
      .execute();
    const gone = Number(removed.numDeletedRows);
    const kept = before.n - gone;
    return { added: meetings.length - kept, updated: kept, removed: gone, invalid, total: meetings.length };
  });
}

/** Notes a failed import against its source, leaving its meetings as they were. */
export async function recordImportError(db: HarbourDb, source: SourceInfo, message: string, now: Date): Promise<void> {
  const at = now.toISOString();
  await db
    .insertInto('meeting_sources')
    .values({ ...source, meetings: 0, invalid: 0, last_error: message, last_error_at: at })
    .onConflict((oc) => oc.column('name').doUpdateSet({ last_error: message, last_error_at: at }))
    .execute();
}

const UPDATED_COLUMNS = [
  'fellowship', 'fellowship_key', 'name', 'weekday', 'start_minute', 'duration_minutes', 'timezone', 'types', 'attendance', 'venue', 'address',
  'postcode', 'outward', 'town', 'region', 'latitude', 'longitude', 'online_url', 'online_phone', 'notes', 'updated_at', 'demo',
] as const;

function toRow(m: MeetingRecord, source: string, at: string, demo: boolean): Omit<MeetingTable, 'id'> {
  return {
    source,
    source_id: m.sourceId,
    fellowship: m.fellowship,
    fellowship_key: fellowshipKey(m.fellowship),
    name: m.name,
    weekday: m.weekday,
    start_minute: m.start,
    duration_minutes: m.duration,
    timezone: m.timezone,
    types: JSON.stringify(m.types),
    attendance: m.attendance,
    venue: m.venue,
    address: m.address,
    postcode: m.postcode,
    outward: outward(m.postcode),
    town: m.town,
    region: m.region,
    latitude: m.latitude,
    longitude: m.longitude,
    online_url: m.onlineUrl,
    online_phone: m.onlinePhone,
    notes: m.notes,
    updated_at: at,
    demo: demo ? 1 : 0,
  };
}

/** "LS6 2AB" → "LS6": the part before the space of a tidied UK postcode, or an outward code on its own. */
function outward(postcode: string | null): string | null {
  const m = postcode ? /^([A-Z]{1,2}\d[A-Z\d]?)(?: \d[A-Z]{2})?$/.exec(postcode) : null;
  return m?.[1] ?? null;
}
