/** Meeting rows as the core sees them, and the geometry both databases' searches share. */
import { sql, type RawBuilder } from 'kysely';
import type { Attendance, Listing, Meeting } from '../core/meetings/meeting.ts';
import type { Area } from '../core/ports.ts';
import type { MeetingTable } from './schema.ts';

export type MeetingRow = Omit<MeetingTable, 'id'> & { id: number };

const KM_PER_DEGREE_LAT = 111.32;

/** The bounding box of a circle, in degrees, a little generous so float32 rounding never cuts a meeting. */
export function boxAround(area: Area): { minLat: number; maxLat: number; minLon: number; maxLon: number } {
  const dLat = area.radiusKm / KM_PER_DEGREE_LAT + 1e-4;
  const cos = Math.max(Math.cos((area.latitude * Math.PI) / 180), 0.01);
  const dLon = area.radiusKm / (KM_PER_DEGREE_LAT * cos) + 1e-4;
  return { minLat: area.latitude - dLat, maxLat: area.latitude + dLat, minLon: area.longitude - dLon, maxLon: area.longitude + dLon };
}

/** The columns ranking needs, named as the R*Tree's auxiliary columns name them. */
export const LISTING_COLUMNS = ['id', 'fellowship', 'weekday', 'start_minute', 'timezone', 'types', 'attendance', 'latitude', 'longitude'] as const;
export type ListingRow = { km?: number; id: number; fellowship: string; weekday: number; start_minute: number; timezone: string; types: string; attendance: string; latitude: number | null; longitude: number | null };

/** Kilometres between a row's coordinates and a point, in SQL (the same functions on SQLite and PostgreSQL). */
export function haversineSql(latitude: RawBuilder<unknown>, longitude: RawBuilder<unknown>, { latitude: lat, longitude: lon }: Area): RawBuilder<number> {
  return sql<number>`2 * 6371.0088 * asin(sqrt(pow(sin(radians(${latitude} - ${lat}) / 2), 2) + cos(radians(${lat})) * cos(radians(${latitude})) * pow(sin(radians(${longitude} - ${lon}) / 2), 2)))`;
}

/** A row of the listing columns as the core's Listing. */
export function toListing(row: ListingRow): Listing {
  return {
    id: row.id,
    fellowship: row.fellowship,
    weekday: row.weekday,
    start: row.start_minute,
    timezone: row.timezone,
    types: parseTypes(row.types),
    attendance: row.attendance as Attendance,
    latitude: row.latitude,
    longitude: row.longitude,
    ...(row.km === undefined ? {} : { km: row.km }),
  };
}

/** A row as the core's Meeting. */
export function toMeeting(row: MeetingRow): Meeting {
  return {
    id: row.id,
    source: row.source,
    sourceId: row.source_id,
    fellowship: row.fellowship,
    name: row.name,
    weekday: row.weekday,
    start: row.start_minute,
    duration: row.duration_minutes,
    timezone: row.timezone,
    types: parseTypes(row.types),
    attendance: row.attendance as Attendance,
    venue: row.venue,
    address: row.address,
    postcode: row.postcode,
    town: row.town,
    region: row.region,
    latitude: row.latitude,
    longitude: row.longitude,
    onlineUrl: row.online_url,
    onlinePhone: row.online_phone,
    notes: row.notes,
    updatedAt: row.updated_at,
    demo: row.demo === 1,
  };
}

function parseTypes(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}
