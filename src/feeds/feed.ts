/** What every feed parser returns, and the checks they share. */
import { IANAZone } from 'luxon';
import { toNormalised } from 'postcode';
import type { z } from 'zod';
import type { MeetingRecord } from '../core/meetings/meeting.ts';

export type FeedFormat = 'meeting-guide' | 'bmlt' | 'csv';
export const FEED_FORMATS: readonly FeedFormat[] = ['meeting-guide', 'bmlt', 'csv'];

/** Valid meetings, and how many records were not, with the first few reasons. */
export type ParsedFeed = { meetings: MeetingRecord[]; invalid: number; reasons: string[] };

export type FeedOptions = {
  /** Fellowship code the feed belongs to (Meeting Guide, BMLT); CSV may name its own per row. */
  fellowship: string;
  /** Zone for meetings that do not name one. */
  timezone: string;
};

/** Something that is not a feed at all: rejected whole, nothing imported. */
export class FeedError extends Error {}

const MAX_REASONS = 5;

/** Parses each raw record with `read`, keeping the valid ones and tallying the rest. */
export function collect<T>(raw: readonly T[], read: (record: T, index: number) => MeetingRecord[]): ParsedFeed {
  const meetings: MeetingRecord[] = [];
  const reasons: string[] = [];
  const seen = new Set<string>();
  let invalid = 0;
  raw.forEach((record, index) => {
    try {
      const read_ = read(record, index);
      // A feed naming one meeting twice keeps the first: an import never depends on row order twice.
      const twice = read_.find((m) => seen.has(m.sourceId));
      if (twice) throw new RecordError(`id ${JSON.stringify(twice.sourceId)} appears more than once`);
      for (const m of read_) seen.add(m.sourceId);
      meetings.push(...read_);
    } catch (error) {
      invalid += 1;
      if (reasons.length < MAX_REASONS) reasons.push(`record ${index + 1}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  if (raw.length > 0 && meetings.length === 0) {
    throw new FeedError(`none of its ${raw.length} records is a meeting Harbour can read (${reasons.slice(0, 3).join('; ')})`);
  }
  return { meetings, invalid, reasons };
}

/** Thrown inside a record's parser: the record is skipped with this reason. */
export class RecordError extends Error {}

/** A raw record checked against its zod shape; a mismatch skips the record with zod's reasons. */
export function recordOf<T>(schema: z.ZodType<T>, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new RecordError(parsed.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join(', '));
  return parsed.data;
}

/** "19:30", "19:30:00" → 1170; throws for anything that is not a time of day. */
export function clockMinutes(value: unknown, field: string): number {
  const m = typeof value === 'string' ? /^\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*$/.exec(value) : null;
  const hour = Number(m?.[1]);
  const minute = Number(m?.[2]);
  if (!m || hour > 24 || minute > 59 || (hour === 24 && minute > 0)) throw new RecordError(`${field} ${JSON.stringify(value)} is not a time`);
  return (hour * 60 + minute) % (24 * 60);
}

/** Zone names already checked: luxon's check builds an Intl formatter (~60 µs), too slow per record. */
const zoneValidity = new Map<string, boolean>();

/** The zone a record names, or the default; throws for a name that is not a zone. */
export function zoneOf(value: unknown, fallback: string): string {
  const zone = typeof value === 'string' ? value.trim() : '';
  if (!zone) return fallback;
  let valid = zoneValidity.get(zone);
  if (valid === undefined) {
    valid = IANAZone.isValidZone(zone);
    if (zoneValidity.size < 1000) zoneValidity.set(zone, valid);
  }
  if (!valid) throw new RecordError(`timezone ${JSON.stringify(zone)} is not a time zone`);
  return zone;
}

/** A number from a number or a numeric string; null when absent or not a number. */
export function numberOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || !value.trim()) return null;
  const n = Number(value.trim());
  return Number.isFinite(n) ? n : null;
}

/** Coordinates when both are present and plausible (0,0 is a placeholder, not a venue). */
export function coordinatesOf(lat: unknown, lon: unknown): { latitude: number; longitude: number } | null {
  const latitude = numberOf(lat);
  const longitude = numberOf(lon);
  if (latitude === null || longitude === null) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180 || (latitude === 0 && longitude === 0)) return null;
  return { latitude, longitude };
}

/** Trimmed text, or null when empty; long free text is cut. */
export function textOf(value: unknown, max = 1000): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = String(value).replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, max) : null;
}

/** A meeting's name: required. */
export function nameOf(value: unknown): string {
  const name = textOf(value, 255);
  if (!name) throw new RecordError('it has no name');
  return name;
}

/** A UK postcode tidied ("ls62ab" → "LS6 2AB"), or the text as given for other countries. */
export function postcodeOf(value: unknown): string | null {
  const text = textOf(value, 20);
  return text ? (toNormalised(text) ?? text.toUpperCase()) : null;
}

/** Codes as upper-case strings, from an array or a comma list. Lower-case codes such as
 * Meeting Guide's `12x12` keep their case. */
export function codesOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  const codes = list.map((c) => (typeof c === 'string' || typeof c === 'number' ? String(c).trim() : '')).filter(Boolean);
  return [...new Set(codes.map((c) => (/^\d+x\d+$/i.test(c) ? c.toLowerCase() : c.toUpperCase())))];
}

/** A duration in minutes, or the default when missing or implausible (over 12 hours). */
export function durationOf(minutes: number | null): number {
  return minutes !== null && minutes > 0 && minutes <= 12 * 60 ? minutes : DEFAULT_DURATION;
}

/** Meeting finders assume an hour when a feed gives no end. */
export const DEFAULT_DURATION = 60;
