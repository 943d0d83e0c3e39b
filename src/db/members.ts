/** Members in the database: found or created on every message, with the least we need. */
import type { Channel } from '../core/inbound.ts';
import type { Member, Members } from '../core/ports.ts';
import type { HarbourDb } from './database.ts';
import type { MemberTable } from './schema.ts';

const DEFAULT_ZONE = 'Europe/London';
const DEFAULT_LOCALE = 'en-GB';

function toMember(row: MemberTable): Member {
  return {
    id: row.id,
    channel: row.channel as Channel,
    timezone: row.timezone,
    locale: row.locale,
    region: row.region,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
  };
}

export function sqlMembers(db: HarbourDb): Members {
  return {
    async seen(user: string, channel: Channel, now: Date, timezone?: string): Promise<Member> {
      const at = now.toISOString();
      const row = await db
        .insertInto('members')
        .values({ id: user, channel, timezone: timezone ?? DEFAULT_ZONE, locale: DEFAULT_LOCALE, region: null, created_at: at, last_seen_at: at })
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({
            last_seen_at: at,
            // The platform's zone wins when it tells us one (Slack does); otherwise keep ours.
            timezone: timezone ?? eb.ref('members.timezone'),
          })),
        )
        .returningAll()
        .executeTakeFirstOrThrow();
      return toMember(row);
    },
    async setRegion(memberId: string, region: string): Promise<void> {
      await db.updateTable('members').set({ region }).where('id', '=', memberId).execute();
    },
    async setTimezone(memberId: string, timezone: string): Promise<void> {
      await db.transaction().execute(async (tx) => {
        await tx.updateTable('members').set({ timezone }).where('id', '=', memberId).execute();
        await tx.updateTable('checkin_subscriptions').set({ timezone }).where('member_id', '=', memberId).execute();
      });
    },
  };
}
