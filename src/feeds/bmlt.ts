/**
 * BMLT `GetSearchResults` JSON, NA's meeting servers: `weekday_tinyint` 1 = Sunday,
 * `start_time`/`duration_time` as HH:MM:SS, `venue_type` 1 in person / 2 virtual / 3 hybrid,
 * every value a string. Either a bare array or `{meetings, formats}` (get_used_formats=1).
 */
import { z } from 'zod';
import type { MeetingRecord } from '../core/meetings/meeting.ts';
import { allowedMeetingLink, meetingPhone } from '../core/meetings/online-link.ts';
import { attendanceOf } from './attendance.ts';
import { formatReader, type BmltFormat } from './bmlt-formats.ts';
import {
  clockMinutes,
  collect,
  coordinatesOf,
  durationOf,
  FeedError,
  nameOf,
  numberOf,
  postcodeOf,
  RecordError,
  recordOf,
  textOf,
  zoneOf,
  type FeedOptions,
  type ParsedFeed,
} from './feed.ts';

const text = z.union([z.string(), z.number()]).optional().nullable();

const record = z.looseObject({
  id_bigint: z.union([z.string(), z.number()]),
  meeting_name: z.string(),
  weekday_tinyint: z.union([z.string(), z.number()]),
  start_time: z.string(),
  duration_time: text,
  time_zone: text,
  venue_type: text,
  formats: text,
  latitude: text,
  longitude: text,
  location_text: text,
  location_info: text,
  location_street: text,
  location_municipality: text,
  location_province: text,
  location_postal_code_1: text,
  location_nation: text,
  comments: text,
  virtual_meeting_link: text,
  phone_meeting_number: text,
});

const envelope = z.looseObject({ meetings: z.array(z.unknown()), formats: z.array(z.looseObject({})).optional() });

/** Parses a BMLT response; throws FeedError when it is not one. */
export function parseBmlt(json: unknown, options: FeedOptions): ParsedFeed {
  const wrapped = envelope.safeParse(json);
  const meetings = Array.isArray(json) ? json : wrapped.success ? wrapped.data.meetings : null;
  if (!meetings) throw new FeedError('a BMLT response is a JSON array of meetings or {"meetings": [...]}');
  const readFormats = formatReader(wrapped.success ? (wrapped.data.formats as BmltFormat[] | undefined) : undefined);
  return collect(meetings, (raw) => [readMeeting(raw, options, readFormats)]);
}

function readMeeting(raw: unknown, options: FeedOptions, readFormats: (keys: string) => string[]): MeetingRecord {
  const m = recordOf(record, raw);
  const day = numberOf(m.weekday_tinyint);
  if (day === null || !Number.isInteger(day) || day < 1 || day > 7) throw new RecordError(`weekday_tinyint ${JSON.stringify(m.weekday_tinyint)} is not 1–7`);
  const start = clockMinutes(m.start_time, 'start_time');
  const duration = m.duration_time ? durationOf(clockMinutes(m.duration_time, 'duration_time') || null) : durationOf(null);
  const codes = readFormats(String(m.formats ?? ''));
  const venueType = String(m.venue_type ?? '').trim();
  // Older servers have no venue_type: then the VM (virtual) and HY (hybrid) formats say it.
  const virtual = venueType === '2' || (!venueType && codes.includes('VM') && !codes.includes('HY'));
  const onlineUrl = allowedMeetingLink(textOf(m.virtual_meeting_link));
  const onlinePhone = meetingPhone(textOf(m.phone_meeting_number));
  const place = coordinatesOf(m.latitude, m.longitude);
  const inPerson = !virtual && !codes.includes('TC') && place !== null;
  const address = [m.location_street, m.location_municipality, m.location_province, m.location_postal_code_1].map((p) => textOf(p)).filter(Boolean).join(', ');
  return {
    sourceId: String(m.id_bigint),
    fellowship: options.fellowship,
    name: nameOf(m.meeting_name),
    weekday: day === 1 ? 7 : day - 1,
    start,
    duration,
    timezone: zoneOf(m.time_zone, options.timezone),
    types: codes.filter((c) => c !== 'VM' && c !== 'HY'),
    attendance: attendanceOf(inPerson, Boolean(onlineUrl || onlinePhone)),
    venue: virtual ? null : textOf(m.location_text, 200),
    address: virtual ? null : address || null,
    postcode: postcodeOf(m.location_postal_code_1),
    town: textOf(m.location_municipality, 100),
    region: textOf(m.location_province, 100),
    // Virtual meetings' coordinates are nominal, not venues: kept out of "near me".
    latitude: inPerson ? (place?.latitude ?? null) : null,
    longitude: inPerson ? (place?.longitude ?? null) : null,
    onlineUrl,
    onlinePhone,
    notes: [textOf(m.location_info), textOf(m.comments)].filter(Boolean).join(' ') || null,
  };
}
