/** The small storage interfaces the core talks to; src/db implements them. */
import type { Channel, Reply } from './inbound.ts';
import type { MeetingAsk, ShownMeetings } from './meetings/ask.ts';
import type { Listing, Meeting } from './meetings/meeting.ts';

export type Member = {
  id: string;
  channel: Channel;
  timezone: string;
  locale: string;
  /** Region code for helplines; null means the default (GB). */
  region: string | null;
  createdAt: string;
  lastSeenAt: string;
};

/** What a member is in the middle of, kept between messages (and restarts). */
export type ConversationState = {
  /** A question Harbour asked and is waiting on. */
  awaiting?: { kind: 'fellowship'; intent: string } | { kind: 'forget-confirm' } | { kind: 'meeting-place'; ask: MeetingAsk } | { kind: 'checkin-time' };
  /** The meetings found last, for "more" (ids and distances only, never the place searched). */
  shown?: ShownMeetings;
  /** The fellowship last talked about, so "is it free?" can follow "what is NA?". */
  fellowship?: { code: string; at: string };
};

export interface Members {
  /** Finds or creates the member and marks them seen at `now`. */
  seen(user: string, channel: Channel, now: Date, timezone?: string): Promise<Member>;
  /** Sets the member's helpline region (GB, IE, US, CA, AU). */
  setRegion(memberId: string, region: string): Promise<void>;
  /** Sets the member's time zone (an IANA name), and their check-in's with it. */
  setTimezone(memberId: string, timezone: string): Promise<void>;
}

export interface Conversations {
  load(memberId: string): Promise<ConversationState>;
  save(memberId: string, state: ConversationState, now: Date): Promise<void>;
}

/** Everything held about one member, table by table. */
export type MemberRecords = Record<string, Record<string, unknown>[]>;

export interface MemberData {
  /** Every row about the member, for `mydata`. */
  export(memberId: string): Promise<MemberRecords>;
  /** Deletes every row about the member; returns rows removed per table. */
  erase(memberId: string): Promise<Record<string, number>>;
}

/** A member's sober date (their local YYYY-MM-DD), with earlier ones kept privately as history. */
export interface SoberDates {
  current(memberId: string): Promise<string | null>;
  /** Starts a new stretch on `day`, ending the current one if any. */
  start(memberId: string, day: string, now: Date): Promise<void>;
}

/** Counts for admins: never anything about one member. */
export interface Statistics {
  counts(now: Date): Promise<{ members: number; activeLast7Days: number; byChannel: Record<string, number> }>;
}

export type Store = { members: Members; conversations: Conversations; memberData: MemberData; statistics: Statistics; soberDates: SoberDates; meetings: MeetingDirectory; outbox: Outbox; checkins: Checkins };

/** Where to look: a point and how far around it. */
export type Area = { latitude: number; longitude: number; radiusKm: number };

/** A place a member named, resolved by the gazetteer built from the meetings' own postcodes and towns. */
export type Place = { name: string; latitude: number; longitude: number };

/** Where a postcode is, from an online service; optional (the gazetteer works offline). */
export interface Geocoder {
  postcode(postcode: string, full: boolean): Promise<Place | null>;
}

/** The meetings Harbour holds, searched without the core knowing how. */
export interface MeetingDirectory {
  /** Meetings one can walk into within `area`, on these weekdays (and fellowships, if given);
   * with `closest`, only that many, nearest first. */
  near(area: Area, weekdays: readonly number[], fellowships: readonly string[], closest?: number): Promise<Listing[]>;
  /** Meetings one can join online on these weekdays (and fellowships, if given). */
  online(weekdays: readonly number[], fellowships: readonly string[]): Promise<Listing[]>;
  /** Meetings whose name, venue or town match every word, best first. */
  named(words: readonly string[], limit: number): Promise<Listing[]>;
  byId(id: number): Promise<Meeting | null>;
  /** Whole meetings for these ids, in the same order; ids no longer held are left out. */
  byIds(ids: readonly number[]): Promise<Meeting[]>;
  /** A full or outward postcode (falling back to its postcode area, "LS"), or a town, as a point; null when no meeting is there. */
  place(query: { postcode?: string; outward?: string; area?: string; town?: string }): Promise<Place | null>;
  /** Whether any meetings are held, and whether they are demo ones. */
  holding(): Promise<{ meetings: number; demo: boolean }>;
}

/** A message Harbour will send unprompted, at `dueAt`, unless `expiresAt` passes first. */
export type Scheduled = { memberId: string; channel: Channel; chat: string; kind: string; key: string; dueAt: Date; expiresAt: Date; replies: Reply[] };

export interface Outbox {
  /** Queues a message; false when one with the same key was already queued for the member. */
  schedule(message: Scheduled, now: Date): Promise<boolean>;
  /** Drops every message still waiting for the member ("stop"); returns how many. */
  cancel(memberId: string): Promise<number>;
}

/** A member's daily check-in setting. */
export type CheckinSettings = { minute: number; timezone: string; active: boolean; pausedUntil: string | null; tracking: boolean };

export interface Checkins {
  get(memberId: string): Promise<CheckinSettings | null>;
  /** Starts (or changes) the daily check-in at a local time, on the channel the member wrote from. */
  subscribe(memberId: string, where: { channel: Channel; chat: string }, minute: number, timezone: string, now: Date): Promise<void>;
  /** No check-ins up to and including this local date. */
  pause(memberId: string, until: string, now: Date): Promise<void>;
  stop(memberId: string, now: Date): Promise<void>;
  setTracking(memberId: string, on: boolean, now: Date): Promise<void>;
  /** Keeps a check-in answer if the member tracks their mood; says whether it was kept. */
  recordMood(memberId: string, day: string, mood: string, now: Date): Promise<boolean>;
  /** Mood answers from `since` (a local date) on, oldest first. */
  moods(memberId: string, since: string): Promise<{ day: string; mood: string }[]>;
}
