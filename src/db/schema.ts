import type { Generated } from 'kysely';

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

export interface Database {
  members: MemberTable;
  conversation_state: ConversationStateTable;
  sober_dates: SoberDateTable;
}
