/**
 * Every migration, imported statically: works the same under tsx, vitest and a bundler, with
 * no folder scanning at start-up. Names sort in the order they run.
 */
import type { Migration, MigrationProvider } from 'kysely';
import * as members from './2026-11-24-01-members.ts';
import * as conversationState from './2026-11-24-02-conversation-state.ts';
import * as membersLastSeenIndex from './2026-11-24-03-members-last-seen-index.ts';
import * as soberDates from './2026-11-24-04-sober-dates.ts';
import * as soberDatesMemberIndex from './2026-11-24-05-sober-dates-member-index.ts';
import * as meetings from './2026-11-25-01-meetings.ts';
import * as meetingSearch from './2026-11-25-02-meeting-search.ts';
import * as meetingSources from './2026-11-25-03-meeting-sources.ts';
import * as outbox from './2026-11-25-04-outbox.ts';
import * as checkins from './2026-11-25-05-checkins.ts';
import * as schedulerState from './2026-11-25-06-scheduler-state.ts';
import * as slackInstallations from './2026-11-25-07-slack-installations.ts';
import * as outboxLeases from './2026-11-25-08-outbox-leases.ts';

const migrations: Record<string, Migration> = {
  '2026-11-24-01-members': members,
  '2026-11-24-02-conversation-state': conversationState,
  '2026-11-24-03-members-last-seen-index': membersLastSeenIndex,
  '2026-11-24-04-sober-dates': soberDates,
  '2026-11-24-05-sober-dates-member-index': soberDatesMemberIndex,
  '2026-11-25-01-meetings': meetings,
  '2026-11-25-02-meeting-search': meetingSearch,
  '2026-11-25-03-meeting-sources': meetingSources,
  '2026-11-25-04-outbox': outbox,
  '2026-11-25-05-checkins': checkins,
  '2026-11-25-06-scheduler-state': schedulerState,
  '2026-11-25-07-slack-installations': slackInstallations,
  '2026-11-25-08-outbox-leases': outboxLeases,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
