/**
 * Choosing and ordering meetings: pure, so it can be checked against brute force. The directory
 * supplies candidates (a box around a point, or the online ones); this keeps those that match
 * every wish and puts them in order.
 */
import { inWindow, type TimeWanted } from '../understand/entities/time.ts';
import { distanceKm, type Point } from './distance.ts';
import { canAttendInPerson, canJoinOnline, type Listing } from './meeting.ts';
import { calendarDay, LATE_ARRIVAL_MINUTES } from './occurrence.ts';
import { featuresOf, type Feature } from './types.ts';

export type Wishes = {
  fellowships: readonly string[];
  /** Calendar dates (YYYY-MM-DD, the member's) to look on, in order. */
  dates: readonly string[];
  window: TimeWanted | null;
  features: readonly Feature[];
  how: 'in_person' | 'online' | 'hybrid' | 'any';
  /** Where from and how far; null for online or by-name searches. */
  origin: Point | null;
  radiusKm: number | null;
  order: 'time' | 'distance';
};

/** A meeting as found: when it next starts on the dates asked (epoch ms), and how far away. */
export type Found = { meeting: Listing; startsAt: number; km: number | null };

/** The candidates that meet every wish, soonest first (or nearest first), none already over. */
export function chooseMeetings(candidates: readonly Listing[], wishes: Wishes, now: Date): Found[] {
  const earliest = now.getTime() - LATE_ARRIVAL_MINUTES * 60_000;
  const found: Found[] = [];
  // Luxon works out each zone's day once; each meeting's start is then arithmetic.
  const days = new Map<string, ReturnType<typeof calendarDay>[]>();
  for (const meeting of candidates) {
    if (wishes.fellowships.length && !wishes.fellowships.includes(meeting.fellowship)) continue;
    if (wishes.how === 'in_person' && !canAttendInPerson(meeting)) continue;
    if (wishes.how === 'online' && !canJoinOnline(meeting)) continue;
    if (wishes.how === 'hybrid' && meeting.attendance !== 'hybrid') continue;
    if (meeting.attendance === 'inactive') continue;
    if (wishes.window && !inWindow(meeting.start, wishes.window)) continue;
    if (wishes.features.length) {
      const has = featuresOf(meeting.fellowship, meeting.types);
      if (!wishes.features.every((f) => has.has(f))) continue;
    }
    let km: number | null = null;
    if (wishes.origin) {
      if (meeting.latitude === null || meeting.longitude === null) continue;
      km = distanceKm(wishes.origin, { latitude: meeting.latitude, longitude: meeting.longitude });
      if (wishes.radiusKm !== null && km > wishes.radiusKm) continue;
    }
    let calendar = days.get(meeting.timezone);
    if (!calendar) {
      calendar = wishes.dates.map((date) => calendarDay(meeting.timezone, date));
      days.set(meeting.timezone, calendar);
    }
    const startsAt = firstStart(meeting, calendar, earliest);
    if (startsAt !== null) found.push({ meeting, startsAt, km });
  }
  return found.sort(wishes.order === 'distance' ? byDistance : byTime);
}

/** The meeting's first start on the days asked that is not already over. */
function firstStart(meeting: Listing, calendar: ReturnType<typeof calendarDay>[], earliest: number): number | null {
  for (const day of calendar) {
    if (day?.weekday !== meeting.weekday) continue;
    const start = day.startMillis(meeting.start);
    if (start >= earliest) return start;
  }
  return null;
}

function byTime(a: Found, b: Found): number {
  return a.startsAt - b.startsAt || (a.km ?? 0) - (b.km ?? 0) || a.meeting.id - b.meeting.id;
}

function byDistance(a: Found, b: Found): number {
  return (a.km ?? 0) - (b.km ?? 0) || a.startsAt - b.startsAt || a.meeting.id - b.meeting.id;
}
