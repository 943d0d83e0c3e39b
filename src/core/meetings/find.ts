/**
 * Finding meetings with the directory: near a point (widening the circle step by step when
 * fewer than three are found), online, or by name. "Soon" means today's from now, then
 * tomorrow's when today has too few.
 */
import { DateTime } from 'luxon';
import type { MeetingDirectory } from '../ports.ts';
import { KM_PER_MILE, type Point } from './distance.ts';
import { chooseMeetings, type Found, type Wishes } from './search.ts';

/** The circle a search starts with, 10 miles (16 km), and the steps it widens by. */
export const RADII_KM = [10, 20, 30, 50, 100].map((miles) => miles * KM_PER_MILE);
/** Fewer than this many meetings and the circle widens. */
export const ENOUGH = 3;
/** A page of results; "soon" adds tomorrow's when today has fewer than this. */
export const PAGE = 5;
/** How many found meetings are kept for "more". */
export const KEEP = 20;
/** Nearest-first searches fetch this many closest before choosing. */
const CLOSEST = KEEP + 10;

export type Where = { kind: 'near'; point: Point; label: string } | { kind: 'online' };

export type Request = Omit<Wishes, 'origin' | 'radiusKm' | 'dates' | 'how'> & {
  where: Where;
  /** Dates asked for; empty means "soon": today, then tomorrow if today has too few. */
  dates: string[];
  /** In person (including hybrid), hybrid only, or any; a search "online" is always online. */
  how: 'any' | 'in_person' | 'hybrid';
};

export type Result = { found: Found[]; radiusKm: number | null; widened: boolean; addedTomorrow: boolean };

/** Runs a search; `memberZone` gives "today". */
export async function findMeetings(directory: MeetingDirectory, request: Request, now: Date, memberZone: string): Promise<Result> {
  const today = DateTime.fromJSDate(now, { zone: memberZone });
  const soon = request.dates.length === 0;
  const todayOnly = soon ? [today.toISODate() ?? ''] : request.dates;
  const withTomorrow = [...todayOnly, today.plus({ days: 1 }).toISODate() ?? ''];
  const weekdays = (dates: string[]) => [...new Set(dates.map(isoWeekday))];

  const choose = async (radiusKm: number | null): Promise<{ found: Found[]; addedTomorrow: boolean }> => {
    const base = { ...request, how: request.where.kind === 'online' ? ('online' as const) : request.how };
    const origin = request.where.kind === 'near' ? request.where.point : null;
    const chosen = async (dates: string[]) => {
      const wishes = { ...base, dates, origin, radiusKm };
      if (request.where.kind === 'online') return chooseMeetings(await directory.online(weekdays(dates), request.fellowships), wishes, now);
      const area = { ...request.where.point, radiusKm: radiusKm ?? RADII_KM[0] ?? 16 };
      if (request.order === 'distance') {
        // Nearest first: the closest few are enough when the ones kept are all nearer than the last
        // fetched, by more than the directory's rough measure can be out (0.5% and a few metres).
        const few = await directory.near(area, weekdays(dates), request.fellowships, CLOSEST);
        const found = chooseMeetings(few, wishes, now);
        const last = few.at(-1)?.km;
        const kept = found[KEEP - 1]?.km;
        if (few.length < CLOSEST || (typeof kept === 'number' && last !== undefined && kept < last * 0.995 - 0.01)) return found;
      }
      return chooseMeetings(await directory.near(area, weekdays(dates), request.fellowships), wishes, now);
    };
    const first = await chosen(todayOnly);
    if (!soon || first.length >= PAGE) return { found: first, addedTomorrow: false };
    const both = await chosen(withTomorrow);
    return { found: both, addedTomorrow: both.length > first.length };
  };

  if (request.where.kind === 'online') return { ...(await choose(null)), radiusKm: null, widened: false };
  let last: Result = { found: [], radiusKm: RADII_KM[0] ?? 16, widened: false, addedTomorrow: false };
  for (const [step, radiusKm] of RADII_KM.entries()) {
    last = { ...(await choose(radiusKm)), radiusKm, widened: step > 0 };
    if (last.found.length >= ENOUGH) break;
  }
  return last;
}

/** The ISO weekday (1 = Monday … 7 = Sunday) of a YYYY-MM-DD date. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Meetings whose name, venue or town match the words, each at its next start in the coming week. */
export async function findByName(directory: MeetingDirectory, words: readonly string[], fellowships: readonly string[], now: Date, memberZone: string): Promise<Found[]> {
  const candidates = await directory.named(words, 25);
  const today = DateTime.fromJSDate(now, { zone: memberZone });
  const week = Array.from({ length: 8 }, (_, i) => today.plus({ days: i }).toISODate() ?? '');
  const wishes: Wishes = { fellowships, dates: week, window: null, features: [], how: 'any', origin: null, radiusKm: null, order: 'time' };
  return chooseMeetings(candidates, wishes, now);
}
