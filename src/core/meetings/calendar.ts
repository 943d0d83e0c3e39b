/**
 * An .ics invitation for a weekly meeting: a weekly RRULE in the meeting's own zone, with the
 * VTIMEZONE RFC 5545 asks for (its clock changes over the next three years, worked out with
 * luxon), so calendars keep the meeting at the same local time through summer time.
 */
import { DateTime } from 'luxon';
import type { Meeting } from './meeting.ts';
import { nextStart } from './occurrence.ts';

const BYDAY = ['', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const YEARS_OF_CHANGES = 3;

/** The calendar file for `meeting`, starting from its next occurrence after `now`. */
export function meetingCalendar(meeting: Meeting, now: Date, details: { description: string; location: string | null }): string {
  const start = nextStart(meeting, now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Harbour//Meetings//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...timezone(meeting.timezone, start),
    'BEGIN:VEVENT',
    `UID:${`${meeting.source}-${meeting.sourceId}`.replace(/[^A-Za-z0-9._-]+/g, '-')}@meetings.harbour`,
    `DTSTAMP:${DateTime.fromJSDate(now).toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'")}`,
    `DTSTART;TZID=${meeting.timezone}:${start.toFormat("yyyyMMdd'T'HHmmss")}`,
    `DURATION:PT${meeting.duration}M`,
    `RRULE:FREQ=WEEKLY;BYDAY=${BYDAY[meeting.weekday] ?? 'MO'}`,
    `SUMMARY:${escape(meeting.demo ? `${meeting.name} (made-up demo meeting)` : meeting.name)}`,
    ...(details.location ? [`LOCATION:${escape(details.location)}`] : []),
    ...(meeting.onlineUrl ? [`URL:${meeting.onlineUrl}`] : []),
    `DESCRIPTION:${escape(details.description)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** VTIMEZONE with one observance per clock change from `from` on (or one if the zone has none). */
function timezone(zone: string, from: DateTime): string[] {
  const changes = clockChanges(zone, from.minus({ days: 1 }), from.plus({ years: YEARS_OF_CHANGES }));
  const observances = changes.length
    ? changes.map((c) => observance(c.after > c.before ? 'DAYLIGHT' : 'STANDARD', c.localBefore, c.before, c.after))
    : [observance('STANDARD', '19700101T000000', from.offset, from.offset)];
  // The offset in force before the first change, from the start of the event on.
  const first = changes[0];
  const opening = first ? observance(first.before > first.after ? 'DAYLIGHT' : 'STANDARD', from.minus({ days: 1 }).toFormat("yyyyMMdd'T'000000"), first.before, first.before) : [];
  return ['BEGIN:VTIMEZONE', `TZID:${zone}`, ...opening, ...observances.flat(), 'END:VTIMEZONE'];
}

function observance(kind: 'DAYLIGHT' | 'STANDARD', localStart: string, fromMinutes: number, toMinutes: number): string[] {
  return [`BEGIN:${kind}`, `DTSTART:${localStart}`, `TZOFFSETFROM:${offset(fromMinutes)}`, `TZOFFSETTO:${offset(toMinutes)}`, `END:${kind}`];
}

/** A change of UTC offset: the instant (epoch ms), the local time just before it, the offsets (minutes). */
export type Change = { at: number; localBefore: string; before: number; after: number };

/** Every change of UTC offset in `zone` between two instants, found hour by hour then to the minute. */
export function clockChanges(zone: string, from: DateTime, to: DateTime): Change[] {
  const changes: Change[] = [];
  let t = from.setZone(zone).startOf('hour');
  while (t < to) {
    const next = t.plus({ hours: 1 });
    if (next.offset !== t.offset) {
      let lo = t.toMillis();
      let hi = next.toMillis();
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
        if (DateTime.fromMillis(mid, { zone }).offset === t.offset) lo = mid;
        else hi = mid;
      }
      const at = DateTime.fromMillis(hi, { zone });
      // DTSTART of an observance is the local time just before the change, in the old offset.
      const localBefore = DateTime.fromMillis(hi, { zone: 'UTC' }).plus({ minutes: t.offset }).toFormat("yyyyMMdd'T'HHmmss");
      changes.push({ at: hi, localBefore, before: t.offset, after: at.offset });
    }
    t = next;
  }
  return changes;
}

function offset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** RFC 5545 text: backslash, semicolon, comma and newlines escaped. */
function escape(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets are folded with CRLF and a space. */
function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  for (const ch of line) {
    if (Buffer.byteLength(current + ch, 'utf8') > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
    }
    current += ch;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
