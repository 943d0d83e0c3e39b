/**
 * Harbour's CSV: one meeting per row, a header row naming the columns (any order, any case).
 *
 *   id, fellowship, name, day, time, end_time | duration, timezone, types, attendance,
 *   venue, address, postcode, town, region, country, latitude, longitude, online_url,
 *   online_phone, notes
 *
 * `day` is a weekday name ("Tuesday", "tue"); `time` HH:MM; `duration` minutes or "1hr 30mins";
 * `types` codes of the fellowship's vocabulary separated by commas or spaces; `attendance` one of
 * in_person, online, hybrid (else worked out from the link and the `TC` code). The Recovery
 * Meeting Finder's data dump columns (Guid, Title, Day, Time, Duration, Open, Wheelchair,
 * Hearing, Format, MeetingTypeNamespace, …) are read too.
 */
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { MeetingRecord } from '../core/meetings/meeting.ts';
import { allowedMeetingLink, meetingPhone } from '../core/meetings/online-link.ts';
import { codeFor, type Feature } from '../core/meetings/types.ts';
import { attendanceOf } from './attendance.ts';
import {
  clockMinutes,
  codesOf,
  collect,
  coordinatesOf,
  durationOf,
  FeedError,
  nameOf,
  postcodeOf,
  RecordError,
  recordOf,
  textOf,
  zoneOf,
  type FeedOptions,
  type ParsedFeed,
} from './feed.ts';

/** Recovery Meeting Finder column → Harbour column. */
const ALIASES: Record<string, string> = {
  guid: 'id',
  title: 'name',
  meetingtypenamespace: 'fellowship',
  end: 'end_time',
  endtime: 'end_time',
  lat: 'latitude',
  lon: 'longitude',
  lng: 'longitude',
  url: 'online_url',
  conference_url: 'online_url',
  phone: 'online_phone',
};

const row = z.record(z.string(), z.string());

const DAYS: Record<string, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };
const ZONE_BY_COUNTRY: Record<string, string> = { 'republic of ireland': 'Europe/Dublin', ireland: 'Europe/Dublin', ie: 'Europe/Dublin' };

/** Words in a Recovery Meeting Finder `Format` list → features. */
const FORMAT_WORDS: [RegExp, Feature][] = [
  [/^open\b/, 'open'],
  [/^closed\b/, 'closed'],
  [/^women/, 'women'],
  [/^men/, 'men'],
  [/lgbt|gay|lesbian/, 'lgbtq'],
  [/wheelchair/, 'wheelchair'],
  [/speaker/, 'speaker'],
  [/^steps?\b|step meeting|step study/, 'step'],
  [/newcomer|beginner/, 'beginners'],
  [/young people/, 'young'],
];

/** Parses CSV text; throws FeedError when it has no header with the needed columns. */
export function parseCsv(text: string, options: FeedOptions): ParsedFeed {
  let rows: Record<string, string>[];
  try {
    rows = parse(text, {
      columns: (header: string[]) => header.map((h) => columnName(h)),
      skip_empty_lines: true,
      trim: true,
      bom: true,
      relax_column_count: true,
    }) as Record<string, string>[];
  } catch (error) {
    throw new FeedError(`this is not CSV Harbour can read (${error instanceof Error ? error.message : String(error)})`);
  }
  const first = rows[0];
  const missing = ['name', 'day', 'time'].filter((c) => first && !(c in first));
  if (!first || missing.length) throw new FeedError(`a meetings CSV needs a header row with name, day and time columns${missing.length ? ` (missing: ${missing.join(', ')})` : ''}`);
  return collect(rows, (raw, index) => [readRow(raw, index, options)]);
}

function columnName(header: string): string {
  const key = header.trim().toLowerCase().replace(/[\s-]+/g, '_');
  return ALIASES[key.replace(/_/g, '')] ?? ALIASES[key] ?? key;
}

function readRow(raw: unknown, index: number, options: FeedOptions): MeetingRecord {
  const r = recordOf(row, raw);
  const fellowship = (textOf(r['fellowship'], 20) ?? options.fellowship).toUpperCase();
  if (!fellowship) throw new RecordError('it names no fellowship (add a fellowship column or --fellowship)');
  const weekday = DAYS[(r['day'] ?? '').trim().toLowerCase().slice(0, 3)];
  if (!weekday) throw new RecordError(`day ${JSON.stringify(r['day'] ?? '')} is not a weekday`);
  const start = clockMinutes(r['time'], 'time');
  const end = r['end_time'] ? clockMinutes(r['end_time'], 'end_time') : null;
  const duration = durationOf(end !== null ? (end - start + 24 * 60) % (24 * 60) : minutesIn(r['duration']));
  const types = [...codesOf((r['types'] ?? '').replace(/\s+/g, ',')), ...finderCodes(r, fellowship)];
  const place = coordinatesOf(r['latitude'], r['longitude']);
  const onlineUrl = allowedMeetingLink(r['online_url']);
  const onlinePhone = meetingPhone(r['online_phone']);
  const said = (r['attendance'] ?? '').trim().toLowerCase().replace(/[\s-]+/g, '_');
  const inPerson = said === 'online' ? false : !types.includes('TC') && (place !== null || Boolean(textOf(r['address'])));
  const country = (r['country'] ?? '').trim().toLowerCase();
  return {
    sourceId: textOf(r['id'], 200) ?? `row-${index + 1}`,
    fellowship,
    name: nameOf(r['name']),
    weekday,
    start,
    duration,
    timezone: zoneOf(r['timezone'], ZONE_BY_COUNTRY[country] ?? options.timezone),
    types: [...new Set(types)],
    attendance: attendanceOf(inPerson, Boolean(onlineUrl || onlinePhone)),
    venue: textOf(r['venue'], 200),
    address: textOf(r['address']),
    postcode: postcodeOf(r['postcode']),
    town: textOf(r['town'], 100),
    region: textOf(r['region'], 100),
    latitude: place?.latitude ?? null,
    longitude: place?.longitude ?? null,
    onlineUrl,
    onlinePhone,
    notes: textOf(r['notes']),
  };
}

/** "90", "1hr 30mins", "45mins", "2hrs" → minutes; null when absent or unreadable. */
function minutesIn(value: string | undefined): number | null {
  const text = (value ?? '').trim().toLowerCase();
  if (!text) return null;
  if (/^\d+$/.test(text)) return Number(text);
  const m = /^(?:(\d+)\s*h(?:rs?|ours?)?)?\s*(?:(\d+)\s*m(?:ins?|inutes?)?)?$/.exec(text);
  if (!m || (!m[1] && !m[2])) return null;
  return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
}

/** Codes from the Recovery Meeting Finder's Open/Wheelchair/Hearing flags and Format words. */
function finderCodes(r: Record<string, string>, fellowship: string): string[] {
  const features = new Set<Feature>();
  const yes = (v: string | undefined) => /^(true|yes|1)$/i.test((v ?? '').trim());
  if (yes(r['open'])) features.add('open');
  if (yes(r['wheelchair'])) features.add('wheelchair');
  if (yes(r['hearing'])) features.add('hearing');
  if (/\bclosed\b/i.test(r['openformat'] ?? '')) features.add('closed');
  for (const word of (r['format'] ?? '').split(',').map((w) => w.trim().toLowerCase())) {
    for (const [pattern, feature] of FORMAT_WORDS) if (pattern.test(word)) features.add(feature);
  }
  // A meeting cannot be both; the explicit "closed" wins.
  if (features.has('closed')) features.delete('open');
  return [...features].flatMap((f) => codeFor(fellowship, f) ?? []);
}
