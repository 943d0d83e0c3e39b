import type { ColumnType, Generated } from 'kysely';

/** The database schema as kysely types: one interface serves SQLite and PostgreSQL. */

/** A member: the least we need to answer them on their platform. */
export interface MemberTable {
  /** Scoped platform id: 'tg:123', 'slack:T1:U9', 'console:alice'. */
  id: string;
  channel: string;
  /** IANA zone, e.g. Europe/London. */
  timezone: string;
  locale: string;
  /** Region code for helplines (GB, IE, US, CA, AU); null means the default. */
  region: string | null;
  created_at: string;
  last_seen_at: string;
}

/** What a member is in the middle of (a follow-up question, a confirm button), as JSON. */
export interface ConversationStateTable {
  member_id: string;
  state: string;
  updated_at: string;
}

/** A sober stretch; the current one has ended_on null. Dates are the member's local YYYY-MM-DD. */
export interface SoberDateTable {
  id: Generated<number>;
  member_id: string;
  started_on: string;
  ended_on: string | null;
  created_at: string;
}

/** A weekly meeting from a feed. Times are local to `timezone`; `types` is a JSON array of the feed's codes. */
export interface MeetingTable {
  id: Generated<number>;
  source: string;
  source_id: string;
  fellowship: string;
  /** The fellowship as a number for the R*Tree (meeting-tree.ts). */
  fellowship_key: number;
  name: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Minutes after local midnight. */
  start_minute: number;
  duration_minutes: number;
  timezone: string;
  types: string;
  /** in_person, online, hybrid or inactive (venue temporarily closed, no online link). */
  attendance: string;
  venue: string | null;
  address: string | null;
  postcode: string | null;
  /** The postcode's outward code ("LS6"), for finding places from a partial postcode. */
  outward: string | null;
  town: string | null;
  region: string | null;
  latitude: number | null;
  longitude: number | null;
  online_url: string | null;
  online_phone: string | null;
  notes: string | null;
  updated_at: string;
  /** 1 for Harbour's made-up demo meetings. */
  demo: number;
}

/** A feed meetings come from, and how its last import went. */
export interface MeetingSourceTable {
  name: string;
  location: string;
  format: string;
  fellowship: string | null;
  last_import_at: string | null;
  meetings: number;
  invalid: number;
  last_error: string | null;
  last_error_at: string | null;
}

/** A message to send unprompted, written before it is sent; `replies` is JSON. */
export interface OutboxTable {
  id: Generated<number>;
  member_id: string;
  channel: string;
  chat: string;
  kind: string;
  /** Unique per member: the same reminder can never be queued twice. */
  key: string;
  due_at: string;
  /** Not sent after this (a reminder for a meeting already started is no use). */
  expires_at: string;
  replies: string;
  /** pending, sending, sent or expired. */
  status: ColumnType<string, string | undefined, string>;
  attempts: ColumnType<number, number | undefined, number>;
  sent_at: string | null;
  created_at: string;
  /** While `sending`: until when the instance that claimed it holds it (after that, another may). */
  lease_until: ColumnType<string | null, string | null | undefined, string | null>;
  /** The instance that claimed it last. */
  claimed_by: ColumnType<string | null, string | null | undefined, string | null>;
}

/** Sends used per slot of time, per platform, shared by every instance (send-budget.ts). */
export interface SendBudgetTable {
  bucket: string;
  slot: number;
  used: number;
}

/** A member's daily check-in: their local time and zone. */
export interface CheckinSubscriptionTable {
  member_id: string;
  channel: string;
  chat: string;
  /** Local time, minutes after midnight. */
  minute: number;
  timezone: string;
  active: ColumnType<number, number | undefined, number>;
  /** Paused up to and including this local date. */
  paused_until: string | null;
  /** 1 when the member chose to keep their mood answers. */
  tracking: ColumnType<number, number | undefined, number>;
  /** Why it stopped: the member, or the platform (blocked, left). */
  stopped_reason: string | null;
  created_at: string;
  updated_at: string;
}

/** A check-in answer, kept only for members tracking their mood. */
export interface MoodTable {
  member_id: string;
  /** The member's local date. */
  day: string;
  mood: string;
  created_at: string;
}

/** Named values the scheduler keeps between runs. */
export interface SchedulerStateTable {
  name: string;
  value: string;
}

/** A Slack workspace (or Enterprise Grid org) that installed the app, as Slack described it. */
export interface SlackInstallationTable {
  /** "E:<enterprise id>" for org-wide installs, else "T:<team id>". */
  key: string;
  installation: string;
  updated_at: string;
}

export interface Database {
  members: MemberTable;
  conversation_state: ConversationStateTable;
  sober_dates: SoberDateTable;
  meetings: MeetingTable;
  meeting_sources: MeetingSourceTable;
  outbox: OutboxTable;
  checkin_subscriptions: CheckinSubscriptionTable;
  moods: MoodTable;
  scheduler_state: SchedulerStateTable;
  slack_installations: SlackInstallationTable;
  send_budget: SendBudgetTable;
}
