/**
 * Made-up demo meetings (knowledge/demo/meetings.csv), so a newcomer sees meeting search work
 * before importing a feed. Loaded only while no real feed has ever been imported; the first
 * real import removes them in its own transaction. Every reply showing one says it is made up.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { HarbourDb } from '../db/database.ts';
import { replaceSourceMeetings } from '../db/meeting-import.ts';
import { parseCsv } from '../feeds/csv.ts';

export const DEMO_FILE = fileURLToPath(new URL('../../knowledge/demo/meetings.csv', import.meta.url));
const DEMO_SOURCE = 'demo';

/** Loads the demo meetings if the directory is empty and no real feed was ever imported; returns how many. */
export async function loadDemoMeetingsIfEmpty(db: HarbourDb, now: Date): Promise<number> {
  const held = await db.selectFrom('meetings').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  if (held.n > 0) return 0;
  const real = await db.selectFrom('meeting_sources').select('name').where('name', '!=', DEMO_SOURCE).where('last_import_at', 'is not', null).executeTakeFirst();
  if (real) return 0;
  const parsed = parseCsv(readFileSync(DEMO_FILE, 'utf8'), { fellowship: '', timezone: 'Europe/London' });
  await replaceSourceMeetings(db, { name: DEMO_SOURCE, location: 'knowledge/demo/meetings.csv', format: 'csv', fellowship: null }, parsed.meetings, parsed.invalid, now, { demo: true });
  return parsed.meetings.length;
}
