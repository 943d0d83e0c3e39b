/**
 * Meeting Guide JSON: the 12 Step Meeting List plugin's and Meeting Guide app's feed. An array
 * of weekly meetings; day 0 = Sunday (or an array of days), `time`/`end_time` as HH:MM.
 * Real feeds send numbers as strings and types as a string in places: read leniently, check strictly.
 */
import { z } from 'zod';
import type { MeetingRecord } from '../core/meetings/meeting.ts';
import { allowedMeetingLink, meetingPhone } from '../core/meetings/online-link.ts';
import { attendanceOf } from './attendance.ts';
import {
  clockMinutes,
  codesOf,
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

const scalar = z.union([z.string(), z.number()]);

const record = z.looseObject({
  slug: scalar.optional(),
  id: scalar.optional(),
  name: z.string(),
  day: z.union([scalar, z.array(scalar)]).optional().nullable(),
  time: z.string().optional().nullable(),
  end_time: z.string().optional().nullable(),
  timezone: z.string().optional().nullable(),
  types: z.union([z.array(scalar), z.string()]).optional().nullable(),
  latitude: scalar.optional().nullable(),
  longitude: scalar.optional().nullable(),
  approximate: z.union([z.string(), z.boolean()]).optional().nullable(),
  location: z.string().optional().nullable(),
  formatted_address: z.string().optional().nullable(),
  address: z.string().optional().nullable(),
  city: z.string().optional().nullable(),
  postal_code: scalar.optional().nullable(),
  region: z.string().optional().nullable(),
  regions: z.array(z.string()).optional().nullable(),
  conference_url: z.string().optional().nullable(),
  conference_phone: scalar.optional().nullable(),
  notes: z.string().optional().nullable(),
  location_notes: z.string().optional().nullable(),
});

/** Parses a Meeting Guide feed; throws FeedError when it is not one. */
export function parseMeetingGuide(json: unknown, options: FeedOptions): ParsedFeed {
  if (!Array.isArray(json)) throw new FeedError('a Meeting Guide feed is a JSON array of meetings');
  return collect(json, (raw) => readMeeting(raw, options));
}

function readMeeting(raw: unknown, options: FeedOptions): MeetingRecord[] {
  const m = recordOf(record, raw);
  const slug = textOf(m.slug ?? m.id, 200);
  if (!slug) throw new RecordError('it has no slug');
  const name = nameOf(m.name);
  if (m.day === undefined || m.day === null || m.day === '' || !m.time) throw new RecordError('it has no day and time (by appointment)');
  const days = (Array.isArray(m.day) ? m.day : [m.day]).map((d) => {
    const n = numberOf(d);
    if (n === null || !Number.isInteger(n) || n < 0 || n > 6) throw new RecordError(`day ${JSON.stringify(d)} is not 0–6`);
    return n === 0 ? 7 : n;
  });
  const start = clockMinutes(m.time, 'time');
  const end = m.end_time ? clockMinutes(m.end_time, 'end_time') : null;
  const duration = durationOf(end === null ? null : (end - start + 24 * 60) % (24 * 60));
  const types = codesOf(m.types);
  const place = coordinatesOf(m.latitude, m.longitude);
  const address = textOf(m.formatted_address) ?? textOf([m.address, m.city].filter(Boolean).join(', '));
  const approximate = m.approximate === true || String(m.approximate).toLowerCase() === 'yes' || (!place && !address);
  const onlineUrl = allowedMeetingLink(m.conference_url);
  const onlinePhone = meetingPhone(m.conference_phone === undefined || m.conference_phone === null ? null : String(m.conference_phone));
  const attendance = attendanceOf(!types.includes('TC') && !approximate, Boolean(onlineUrl || onlinePhone));
  const region = textOf(m.region) ?? textOf(m.regions?.at(-1));
  const notes = [textOf(m.notes), textOf(m.location_notes)].filter(Boolean).join(' ') || null;
  return days.map((weekday) => ({
    // One feed meeting on several days becomes one row per day.
    sourceId: days.length > 1 ? `${slug}#${weekday}` : slug,
    fellowship: options.fellowship,
    name,
    weekday,
    start,
    duration,
    timezone: zoneOf(m.timezone, options.timezone),
    types: types.filter((t) => t !== 'ONL'),
    attendance,
    venue: textOf(m.location, 200),
    address,
    postcode: postcodeOf(m.postal_code),
    town: textOf(m.city, 100),
    region,
    latitude: place?.latitude ?? null,
    longitude: place?.longitude ?? null,
    onlineUrl,
    onlinePhone,
    notes,
  }));
}
