/** The core's storage, backed by the database. */
import type { Store } from '../core/ports.ts';
import type { HarbourDb } from './database.ts';
import { sqlCheckins } from './checkins.ts';
import { sqlConversations } from './conversations.ts';
import { sqlMemberData } from './member-data.ts';
import { sqlMeetings } from './meetings.ts';
import { sqlMembers } from './members.ts';
import { sqlOutbox } from './outbox.ts';
import { sqlSoberDates } from './sober-dates.ts';
import { sqlStatistics } from './statistics.ts';

export function sqlStore(db: HarbourDb): Store {
  return { members: sqlMembers(db), conversations: sqlConversations(db), memberData: sqlMemberData(db), statistics: sqlStatistics(db), soberDates: sqlSoberDates(db), meetings: sqlMeetings(db), outbox: sqlOutbox(db), checkins: sqlCheckins(db) };
}
