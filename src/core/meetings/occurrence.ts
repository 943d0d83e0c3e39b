/**
 * When a weekly meeting next happens, in its own time zone. Luxon does the calendar: on the
 * day the clocks go forward a start inside the missing hour moves to the first real minute
 * after it, and on the day they go back a repeated hour means the first of the two.
 */
import { DateTime } from 'luxon';
import type { Meeting } from './meeting.ts';

type Weekly = Pick<Meeting, 'weekday' | 'start' | 'timezone'>;

/** Meetings that began this long ago still count as "now": people arrive late. */
export const LATE_ARRIVAL_MINUTES = 10;

/** The meeting's start on the calendar date `date` (YYYY-MM-DD in the meeting's zone), or null if it does not meet that day. */
export function startOn(meeting: Weekly, date: string): DateTime | null {
  const day = DateTime.fromISO(date, { zone: meeting.timezone });
  if (!day.isValid || day.weekday !== meeting.weekday) return null;
  return day.set({ hour: Math.floor(meeting.start / 60), minute: meeting.start % 60, second: 0, millisecond: 0 });
}

/**
 * A calendar day in one zone, for working out many start times fast: luxon once for the day,
 * then arithmetic. On the rare day the clocks change, every start goes through luxon.
 */
export function calendarDay(zone: string, date: string): CalendarDay | null {
  const key = `${zone} ${date}`;
  const known = calendarDays.get(key);
  if (known !== undefined) return known;
  const day = workOutDay(zone, date);
  // Searches ask about the same few days over and over; a small memo spares luxon the work.
  if (calendarDays.size >= 512) calendarDays.clear();
  calendarDays.set(key, day);
  return day;
}

type CalendarDay = { weekday: number; startMillis(minute: number): number };
const calendarDays = new Map<string, CalendarDay | null>();

function workOutDay(zone: string, date: string): CalendarDay | null {
  const day = DateTime.fromISO(date, { zone });
  if (!day.isValid) return null;
  const offset = day.offset;
  const steady = day.endOf('day').offset === offset;
  const midnightUtc = Date.UTC(day.year, day.month - 1, day.day);
  return {
    weekday: day.weekday,
    startMillis: (minute) =>
      steady ? midnightUtc + (minute - offset) * 60_000 : day.set({ hour: Math.floor(minute / 60), minute: minute % 60 }).toMillis(),
  };
}

/** The next start at or after `now` less the late-arrival grace. */
export function nextStart(meeting: Weekly, now: Date): DateTime {
  const local = DateTime.fromJSDate(now, { zone: meeting.timezone });
  const earliest = now.getTime() - LATE_ARRIVAL_MINUTES * 60_000;
  for (let offset = 0; offset <= 7; offset += 1) {
    const start = startOn(meeting, local.plus({ days: offset }).toISODate() ?? '');
    if (start && start.toMillis() >= earliest) return start;
  }
  // Unreachable for a weekday 1–7; a week on is the safe answer.
  return local.plus({ weeks: 1 });
}

/** "starts in 40 min", "started 5 min ago", "in 3 hours", "tomorrow", "on Friday". */
export function relativeStart(start: DateTime, now: Date, memberZone: string): string {
  const minutes = Math.round((start.toMillis() - now.getTime()) / 60_000);
  if (minutes < 0) return `started ${-minutes} min ago`;
  if (minutes === 0) return 'starting now';
  if (minutes < 60) return `starts in ${minutes} min`;
  if (minutes < 6 * 60) {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    return `starts in ${hours} hr${rest ? ` ${rest} min` : ''}`;
  }
  const today = DateTime.fromJSDate(now, { zone: memberZone }).startOf('day');
  const day = start.setZone(memberZone).startOf('day');
  const days = Math.round(day.diff(today, 'days').days);
  if (days === 0) return 'later today';
  if (days === 1) return 'tomorrow';
  return `on ${day.toFormat('cccc')}`;
}
