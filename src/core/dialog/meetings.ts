/**
 * "Where's a meeting near me tonight?": what was asked, where, then the best five with "more".
 * Where comes from a shared location, a postcode or a town (the gazetteer of the meetings' own
 * postcodes and towns); without one Harbour asks, remembering the question meanwhile.
 */
import { DateTime } from 'luxon';
import type { Button, Reply } from '../inbound.ts';
import type { Catalogue } from '../knowledge/catalogue.ts';
import type { MeetingAsk } from '../meetings/ask.ts';
import { KM_PER_MILE, type Point } from '../meetings/distance.ts';
import { findByName, findMeetings, KEEP, PAGE, RADII_KM, type Request, type Where } from '../meetings/find.ts';
import { nextStart } from '../meetings/occurrence.ts';
import type { Found } from '../meetings/search.ts';
import type { Meeting } from '../meetings/meeting.ts';
import { en } from '../text/en.ts';
import type { Entities } from '../understand/understand.ts';
import { action } from './actions.ts';
import type { Turn } from './intents.ts';
import { listCard, type CardContext } from './meeting-card.ts';
import { reply, rows } from './reply.ts';

/** Groups whose finders are shown when the member names none. */
const DEFAULT_FINDERS = ['AA', 'NA', 'CA', 'SMART'];
const TONIGHT = { label: 'tonight', from: 16 * 60, to: 29 * 60 };

/** "NA meetings tomorrow from 7pm near LS6", built from what was understood. */
export function describeWanted(entities: Pick<Entities, 'day' | 'time' | 'postcode' | 'place'>): string {
  const parts: string[] = [];
  if (entities.day) parts.push(entities.day.label);
  if (entities.time && !(entities.day?.evening && entities.time.label === 'tonight')) parts.push(entities.time.label);
  if (entities.postcode) parts.push(`near ${entities.postcode.postcode}`);
  else if (entities.place) parts.push(`in ${entities.place.name}`);
  return parts.join(' ');
}

/** The meeting search as asked, kept if Harbour has to ask where. */
export function askOf(entities: Entities): MeetingAsk {
  return { fellowships: entities.fellowships, day: entities.day, time: entities.time, wants: entities.meeting };
}

/** Answers a meeting question: by name, near a place, online, or asks where. */
export async function meetingsAnswer(entities: Entities, turn: Turn, location?: Point): Promise<Reply> {
  const directory = turn.store.meetings;
  const holding = await directory.holding();
  if (holding.meetings === 0) return officialFinders(entities, turn.catalogue);
  const ask = askOf(entities);
  if (location) return search(ask, { kind: 'near', point: location, label: 'you' }, turn, holding.demo);
  if (ask.wants.online && !ask.wants.inPerson && !ask.wants.hybrid) return search(ask, { kind: 'online' }, turn, holding.demo);

  const byName = ask.wants.words.filter((w) => !entities.place || !entities.place.name.toLowerCase().split(/\s+/).includes(w));
  if (byName.length && !entities.postcode && !entities.place) {
    // A town the meetings know, named without "in" ("meetings ilkley tonight").
    const town = await directory.place({ town: byName.join(' ') });
    if (town) return search(ask, { kind: 'near', point: town, label: titleCase(byName.join(' ')) }, turn, holding.demo);
  }
  if (byName.length) {
    const found = await findByName(directory, ask.wants.words, ask.fellowships, turn.now, turn.timezone);
    if (found.length) return await show(found, en.meetings.byName(ask.wants.words.join(' ')), turn, holding.demo);
  }
  if (entities.postcode) {
    const { postcode, outward, full } = entities.postcode;
    // The meetings' own postcodes first (offline); then the online geocoder, if switched on;
    // a postcode area's centre ("LS") only as a last resort.
    const place =
      (await directory.place({ postcode: full ? postcode : undefined, outward })) ??
      (await turn.geocoder?.postcode(full ? postcode : outward, full)) ??
      (await directory.place({ area: /^[A-Z]+/.exec(outward)?.[0] }));
    if (!place) return unknownPlace(entities.postcode.postcode, ask, turn);
    return search(ask, { kind: 'near', point: place, label: entities.postcode.postcode }, turn, holding.demo);
  }
  if (entities.place) {
    const place = await directory.place({ town: entities.place.name });
    if (!place) return unknownPlace(entities.place.name, ask, turn);
    return search(ask, { kind: 'near', point: place, label: entities.place.name }, turn, holding.demo);
  }
  turn.state.awaiting = { kind: 'meeting-place', ask };
  const intro = en.meetingsIntro(ask.fellowships.join(' and '), describeWanted({ day: ask.day, time: ask.time, postcode: null, place: null }));
  return { ...reply(`${intro}${en.meetings.where}`, [onlineButton()]), askLocation: true };
}

/** The search asked earlier, now that the member has said where (text) or shared a location. */
export async function continueAsk(ask: MeetingAsk, entities: Entities, turn: Turn, location?: Point): Promise<Reply> {
  const merged: Entities = {
    ...entities,
    fellowships: entities.fellowships.length ? entities.fellowships : ask.fellowships,
    day: entities.day ?? ask.day,
    time: entities.time ?? ask.time,
    meeting: { ...ask.wants, online: ask.wants.online || entities.meeting.online, words: [] },
  };
  return meetingsAnswer(merged, turn, location);
}

/** The next page of the meetings last found. */
export async function moreMeetings(turn: Turn): Promise<Reply> {
  const shown = turn.state.shown;
  if (!shown || shown.next >= shown.items.length) return reply(en.meetings.noMore, [onlineButton(), findersButton()]);
  const page = shown.items.slice(shown.next, shown.next + PAGE);
  const km = new Map(page);
  const meetings = await turn.store.meetings.byIds(page.map(([id]) => id));
  const found = meetings.map((meeting) => ({ meeting, startsAt: nextStart(meeting, turn.now), km: km.get(meeting.id) ?? null }));
  const first = shown.next + 1;
  shown.next += page.length;
  return page_(found, first, shown.next < shown.items.length, '', turn, found.some((f) => f.meeting.demo));
}

async function search(ask: MeetingAsk, where: Where, turn: Turn, demo: boolean): Promise<Reply> {
  const request = requestOf(ask, where, turn);
  const result = await findMeetings(turn.store.meetings, request, turn.now, turn.timezone);
  const miles = usesMiles(turn);
  const codes = ask.fellowships.join(' and ');
  const features = [...ask.wants.features.map((f) => FEATURE_WORDS[f]), ask.wants.hybrid ? 'hybrid' : ''].filter(Boolean).join(' ');
  const wanted = describeWanted({ day: ask.day, time: ask.time, postcode: null, place: null });
  const what = en.meetings.what(codes, [features, where.kind === 'online' ? en.meetings.online : ''].filter(Boolean).join(' '), wanted || (result.addedTomorrow ? '' : 'starting soon'));
  const place = where.kind === 'online' ? '' : en.meetings.nearPlace(where.label, radiusLabel(result.radiusKm, miles));
  if (!result.found.length) {
    const none = en.meetings.none(what.replace(/^M/, 'm').replace(/^Online/, 'online'), place);
    return reply(demo ? `${none}\n\n${en.meetings.demo}` : none, [onlineButton(), findersButton()]);
  }
  const notes = [
    result.widened ? en.meetings.widened(radiusLabel(result.radiusKm, miles)) : null,
    result.addedTomorrow ? en.meetings.addedTomorrow : null,
  ].filter(Boolean);
  return await show(result.found, [en.meetings.heading(what, place), ...notes].join('\n'), turn, demo);
}

/** Keeps the first KEEP found for "more" and shows the first page, read in full. */
async function show(found: Found[], heading: string, turn: Turn, demo: boolean): Promise<Reply> {
  const kept = found.slice(0, KEEP);
  turn.state.shown = { items: kept.map((f) => [f.meeting.id, f.km === null ? null : Math.round(f.km * 100) / 100]), next: Math.min(PAGE, kept.length), at: turn.now.toISOString() };
  const first = kept.slice(0, PAGE);
  const whole = new Map((await turn.store.meetings.byIds(first.map((f) => f.meeting.id))).map((m) => [m.id, m]));
  const page = first.flatMap((f) => {
    const meeting = whole.get(f.meeting.id);
    return meeting ? [{ meeting, km: f.km, startsAt: DateTime.fromMillis(f.startsAt, { zone: meeting.timezone }) }] : [];
  });
  return page_(page, 1, kept.length > PAGE, heading, turn, demo || page.some((f) => f.meeting.demo));
}

/** A meeting found and read in full, ready to show. */
type Shown = { meeting: Meeting; startsAt: DateTime; km: number | null };

function page_(found: Shown[], first: number, more: boolean, heading: string, turn: Turn, demo: boolean): Reply {
  const ctx: CardContext = { now: turn.now, memberZone: turn.timezone, miles: usesMiles(turn) };
  const cards = found.map((f, i) => listCard(first + i, f.meeting, f.startsAt, f.km, ctx));
  const text = [heading, ...cards, demo ? en.meetings.demo : null].filter(Boolean).join('\n\n');
  const details: Button[] = found.map((f, i) => ({ label: en.meetings.details(first + i), action: action.meeting(f.meeting.id) }));
  const footer: Button[] = [...(more ? [{ label: en.meetings.more, action: action.moreMeetings }] : []), onlineButton()];
  return { text, buttons: [...rows(details, 3), footer] };
}

function requestOf(ask: MeetingAsk, where: Where, turn: Turn): Request {
  const today = DateTime.fromJSDate(turn.now, { zone: turn.timezone });
  const soon = !ask.day || ask.day.now === true;
  const dates = soon
    ? []
    : ask.day?.weekdays.map((weekday) => today.plus({ days: (weekday - today.weekday + 7) % 7 }).toISODate() ?? '').sort() ?? [];
  return {
    where,
    fellowships: ask.fellowships,
    dates,
    window: ask.time ?? (ask.day?.evening ? TONIGHT : null),
    features: ask.wants.features,
    how: ask.wants.hybrid ? 'hybrid' : ask.wants.inPerson ? 'in_person' : 'any',
    order: ask.wants.nearest && where.kind === 'near' ? 'distance' : 'time',
  };
}

function unknownPlace(place: string, ask: MeetingAsk, turn: Turn): Reply {
  turn.state.awaiting = { kind: 'meeting-place', ask };
  return { ...reply(en.meetings.unknownPlace(place), [onlineButton()]), askLocation: true };
}

/** Before any meetings are imported (and with no demo data), the fellowships' own finders. */
export function officialFinders(entities: Entities, catalogue: Catalogue): Reply {
  const named = entities.fellowships.map((c) => catalogue.fellowship(c)).filter((f) => f && f.kind !== 'professional');
  const shown = named.length ? named : DEFAULT_FINDERS.map((c) => catalogue.fellowship(c));
  const finders = shown.flatMap((f) => (f ? [en.meetingsFinder(f.name, f.meeting_finder ?? f.website)] : []));
  const codes = named.map((f) => f?.code).join(' and ');
  const text = [`${en.meetingsIntro(codes, describeWanted(entities))}${en.meetingsOfficialFinders}`, finders.join('\n'), en.meetingsOnline].join('\n\n');
  const buttons = [
    { label: catalogue.topic('first_meeting')?.title ?? 'First meeting', action: action.intent('first_meeting') },
    { label: catalogue.topic('online_meetings')?.title ?? 'Online meetings', action: action.intent('online_meetings') },
  ];
  return reply(text, buttons);
}

const FEATURE_WORDS: Record<string, string> = {
  open: 'open',
  closed: 'closed',
  women: "women's",
  men: "men's",
  lgbtq: 'LGBTQ+',
  wheelchair: 'wheelchair-accessible',
  speaker: 'speaker',
  step: 'step',
  beginners: 'beginners',
  young: "young people's",
  hearing: 'hearing-accessible',
};

function titleCase(text: string): string {
  return text.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

/** "10 miles", "16 km": the search circle, rounded as people say it. */
function radiusLabel(km: number | null, miles: boolean): string {
  const value = km ?? RADII_KM[0] ?? 16;
  return miles ? `${Math.round(value / KM_PER_MILE)} miles` : `${Math.round(value)} km`;
}

/** Miles in the UK (and the US), kilometres elsewhere. */
export function usesMiles(turn: Turn): boolean {
  const { regions } = turn.catalogue.helplines;
  return turn.region === regions['GB'] || turn.region === regions['US'];
}

function onlineButton(): Button {
  return { label: en.meetings.onlineButton, action: action.onlineMeetings };
}

function findersButton(): Button {
  return { label: en.meetings.findersButton, action: action.intent('finders') };
}
