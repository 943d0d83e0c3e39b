/** The small storage interfaces the core talks to; src/db implements them. */
import type { Channel } from './inbound.ts';

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
  awaiting?: { kind: 'fellowship'; intent: string } | { kind: 'forget-confirm' };
  /** The fellowship last talked about, so "is it free?" can follow "what is NA?". */
  fellowship?: { code: string; at: string };
};

export interface Members {
  /** Finds or creates the member and marks them seen at `now`. */
  seen(user: string, channel: Channel, now: Date, timezone?: string): Promise<Member>;
  /** Sets the member's helpline region (GB, IE, US, CA, AU). */
  setRegion(memberId: string, region: string): Promise<void>;
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

export type Store = { members: Members; conversations: Conversations; memberData: MemberData; statistics: Statistics; soberDates: SoberDates };
