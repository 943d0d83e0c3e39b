/** How one meeting reads in a list and in full. Everything from a feed passes through `plain`. */
import type { DateTime } from 'luxon';
import { formatDistance } from '../meetings/distance.ts';
import { canAttendInPerson, type Meeting } from '../meetings/meeting.ts';
import { relativeStart } from '../meetings/occurrence.ts';
import { labelsOf } from '../meetings/types.ts';
import { en } from '../text/en.ts';
import { plain } from '../text/markup.ts';
import { clock } from '../understand/entities/time.ts';

export type CardContext = { now: Date; memberZone: string; miles: boolean };

/** "Tue 7:30pm, starts in 40 min", in the meeting's own zone (named when it is not the member's). */
export function whenLine(meeting: Meeting, startsAt: DateTime, ctx: CardContext): string {
  const zone = meeting.timezone === ctx.memberZone ? '' : en.meetings.timeHere(meeting.timezone.split('/').at(-1)?.replace(/_/g, ' ') ?? meeting.timezone);
  return `${startsAt.toFormat('ccc')} ${clock(meeting.start)}${zone}, ${relativeStart(startsAt, ctx.now, ctx.memberZone)}`;
}

/** The meeting's name as shown: a demo meeting always says it is made up. */
export function shownName(meeting: Meeting): string {
  return plain(meeting.demo ? en.meetings.demoName(meeting.name) : meeting.name);
}

/** Where: venue and address, "online", or both. */
export function whereLine(meeting: Meeting): string {
  const place = [meeting.venue, meeting.address, meeting.postcode].filter((p): p is string => Boolean(p));
  // A venue's address often repeats its postcode or venue name.
  const unique = place.filter((p, i) => !place.some((q, j) => j !== i && q.length > p.length && q.includes(p)));
  const address = plain([...new Set(unique)].join(', '));
  if (meeting.attendance === 'online') return en.meetings.onlineOnly;
  if (meeting.attendance === 'hybrid') return `${address || meeting.town || ''} (${en.meetings.hybrid})`.trim();
  return address || plain(meeting.town ?? '');
}

/** Directions on OpenStreetMap, for meetings one can walk into. */
export function directionsLink(meeting: Meeting): string | null {
  if (!canAttendInPerson(meeting) || meeting.latitude === null || meeting.longitude === null) return null;
  const to = `${meeting.latitude.toFixed(5)},${meeting.longitude.toFixed(5)}`;
  return `[${en.meetings.directions}](https://www.openstreetmap.org/directions?route=%3B${encodeURIComponent(to)}#map=16/${meeting.latitude.toFixed(5)}/${meeting.longitude.toFixed(5)})`;
}

/** The join link for online meetings (already checked against the provider allow-list at import). */
export function joinLine(meeting: Meeting): string | null {
  if (meeting.attendance !== 'online' && meeting.attendance !== 'hybrid') return null;
  if (meeting.demo) return `(${en.meetings.demoLink})`;
  const parts = [meeting.onlineUrl ? `[${en.meetings.join}](${meeting.onlineUrl})` : null, meeting.onlinePhone ? plain(en.meetings.dialIn(meeting.onlinePhone)) : null];
  return parts.filter(Boolean).join(' · ') || null;
}

/** What open or closed means for this meeting. */
export function openLine(meeting: Meeting): string {
  if (meeting.types.includes('C')) return en.meetings.closed(meeting.fellowship);
  if (meeting.types.includes('O')) return en.meetings.open;
  return en.meetings.openOrClosedUnknown;
}

/** One meeting in a list: four short lines. */
export function listCard(n: number, meeting: Meeting, startsAt: DateTime, km: number | null, ctx: CardContext): string {
  const distance = km === null ? '' : ` · ${formatDistance(km, ctx.miles)}`;
  const where = [whereLine(meeting), directionsLink(meeting), joinLine(meeting)].filter(Boolean).join(' · ');
  const kind = meeting.types.includes('C') ? en.meetings.closedShort : meeting.types.includes('O') ? en.meetings.openShort : '';
  return [`**${n}. ${shownName(meeting)}** (${meeting.fellowship}${kind ? `, ${kind}` : ''})`, `${whenLine(meeting, startsAt, ctx)}${distance}`, where].join('\n');
}

/** Everything about one meeting. */
export function detailCard(meeting: Meeting, startsAt: DateTime, ctx: CardContext): string {
  const formats = labelsOf(meeting.fellowship, meeting.types);
  const lines = [
    `**${shownName(meeting)}** (${meeting.fellowship})`,
    `Every ${startsAt.toFormat('cccc')}, ${clock(meeting.start)} to ${clock((meeting.start + meeting.duration) % (24 * 60))}${whenLine(meeting, startsAt, ctx).replace(/^[^,]*/, '')}`,
    whereLine(meeting),
    directionsLink(meeting),
    joinLine(meeting),
    openLine(meeting),
    formats.length ? `${en.meetings.types}: ${formats.join(', ')}` : null,
    meeting.notes ? `${en.meetings.notes}: ${plain(meeting.notes)}` : null,
    meeting.demo ? en.meetings.demo : en.meetings.checked(meeting.updatedAt.slice(0, 10), plain(meeting.source)),
  ];
  return lines.filter((l): l is string => Boolean(l)).join('\n');
}
