/**
 * Writes each due daily check-in to the outbox, once per (member, local date), before anything
 * is sent. Worked out zone by zone: luxon gives the zone's local date and minute, and one
 * INSERT … SELECT queues every subscription whose time has come. On the day the clocks go
 * forward a time that does not exist is simply passed at the next real minute; on the day they
 * go back the repeated hour finds the row already queued.
 */
import { DateTime } from 'luxon';
import { sql, type RawBuilder } from 'kysely';
import { clockChanges } from '../core/meetings/calendar.ts';
import type { HarbourDb } from './database.ts';
import { dialectOf, type Dialect } from './dialect.ts';

/** A check-in missed by more than this (downtime) is skipped and recorded rather than sent late. */
export const DEFAULT_WINDOW_MINUTES = 180;
const LAST_TICK = 'checkins.last_tick';

export type Enqueued = { queued: number; skipped: number };

export async function enqueueDueCheckins(db: HarbourDb, now: Date, windowMinutes = DEFAULT_WINDOW_MINUTES): Promise<Enqueued> {
  const last = await db.selectFrom('scheduler_state').select('value').where('name', '=', LAST_TICK).executeTakeFirst();
  const windowStart = now.getTime() - windowMinutes * 60_000;
  // Ticking every minute, only the window needs looking at. After a gap (the scheduler was down),
  // everything since the last tick: what is still within the window is sent, the rest recorded
  // as skipped. With no earlier tick at all there is no gap to account for.
  const lastTick = last ? Date.parse(last.value) : Number.NaN;
  const since = Number.isFinite(lastTick) && lastTick < windowStart ? lastTick : windowStart;
  const zones = await db.selectFrom('checkin_subscriptions').select('timezone').distinct().where('active', '=', 1).execute();
  const totals: Enqueued = { queued: 0, skipped: 0 };
  for (const { timezone } of zones) {
    const local = DateTime.fromJSDate(now, { zone: timezone });
    if (!local.isValid) continue;
    for (const date of [local.toISODate(), local.minus({ days: 1 }).toISODate()]) {
      if (!date) continue;
      // Local minutes of that date due now: up to now today, the whole day yesterday.
      const dueTo = date === local.toISODate() ? local.hour * 60 + local.minute : 24 * 60 - 1;
      const from = firstMinuteAfter(since, timezone, date);
      const sendFrom = firstMinuteAfter(windowStart, timezone, date);
      if (from > dueTo) continue;
      const counts = await queueZone(db, { timezone, date, from, to: dueTo, sendFrom, windowMinutes, now });
      totals.queued += counts.queued;
      totals.skipped += counts.skipped;
    }
  }
  const at = now.toISOString();
  await db.insertInto('scheduler_state').values({ name: LAST_TICK, value: at }).onConflict((oc) => oc.column('name').doUpdateSet({ value: at })).execute();
  return totals;
}

/** The first local minute of `date` in `zone` that comes after the instant `after` (0 if the whole day does, past the end if none). */
function firstMinuteAfter(after: number, zone: string, date: string): number {
  const at = DateTime.fromMillis(after, { zone });
  const day = at.toISODate() ?? '';
  if (day < date) return 0;
  if (day > date) return 24 * 60;
  return at.hour * 60 + at.minute + 1;
}

type ZoneSlice = { timezone: string; date: string; from: number; to: number; sendFrom: number; windowMinutes: number; now: Date };

async function queueZone(db: HarbourDb, z: ZoneSlice): Promise<Enqueued> {
  const day = DateTime.fromISO(z.date, { zone: z.timezone });
  if (!day.isValid) return { queued: 0, skipped: 0 };
  // The instant of local minute m that day, exactly, in SQL: the day's wall clock read with the
  // offset before the clocks change, or after; a minute that does not exist (spring forward)
  // falls due at the change itself, the next real minute; a repeated one (autumn) the first time.
  const wall = Date.UTC(day.year, day.month - 1, day.day) / 1000;
  const before = day.offset * 60;
  const after = day.endOf('day').offset * 60;
  const changeAt = before === after ? undefined : clockChanges(z.timezone, day.startOf('day'), day.endOf('day'))[0]?.at;
  const change = changeAt === undefined ? Number.MAX_SAFE_INTEGER : changeAt / 1000;
  // Numbers are cast so PostgreSQL reads each as a 64-bit integer (it would guess 32 bits).
  const int = (n: number) => sql<number>`cast(${n} as bigint)`;
  const early = sql<number>`(${int(wall)} + s.minute * 60 - ${int(before)})`;
  const late = sql<number>`(${int(wall)} + s.minute * 60 - ${int(after)})`;
  const dueSeconds = sql<number>`(case when ${early} < ${int(change)} then ${early} when ${late} >= ${int(change)} then ${late} else ${int(change)} end)`;
  const iso = isoFromSeconds(dialectOf(db));
  const dueAt = iso(dueSeconds);
  const expiresAt = iso(sql<number>`${dueSeconds} + ${int(z.windowMinutes * 60)}`);
  const result = await sql`insert into outbox (member_id, channel, chat, kind, key, due_at, expires_at, replies, status, attempts, created_at)
    select s.member_id, s.channel, s.chat, 'checkin', ${`checkin:${z.date}`}, ${dueAt}, ${expiresAt}, '[]',
      case when s.minute >= ${z.sendFrom} then 'pending' else 'skipped' end, 0, ${z.now.toISOString()}
    from checkin_subscriptions s
    where s.active = 1 and s.timezone = ${z.timezone} and s.minute between ${z.from} and ${z.to}
      and (s.paused_until is null or s.paused_until < ${z.date})
      and s.updated_at <= ${dueAt}
    on conflict (member_id, key) do nothing`.execute(db);
  const inserted = Number(result.numAffectedRows ?? 0n);
  if (inserted === 0) return { queued: 0, skipped: 0 };
  const skipped = z.from < z.sendFrom
    ? Number(
        (
          await db
            .selectFrom('outbox')
            .select(sql<number>`count(*)`.as('n'))
            .where('key', '=', `checkin:${z.date}`)
            .where('status', '=', 'skipped')
            .where('created_at', '=', z.now.toISOString())
            .executeTakeFirstOrThrow()
        ).n,
      )
    : 0;
  return { queued: inserted - skipped, skipped };
}


/** Seconds since 1970 as the ISO 8601 text every timestamp column holds (as Date#toISOString writes it). */
function isoFromSeconds(dialect: Dialect): (seconds: RawBuilder<number>) => RawBuilder<string> {
  return dialect === 'postgres'
    ? (seconds) => sql<string>`to_char(to_timestamp(${seconds}) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
    : (seconds) => sql<string>`strftime('%Y-%m-%dT%H:%M:%fZ', ${seconds}, 'unixepoch')`;
}
