/** Counts for admins: how many members, how many active, by channel. Nothing about any one member. */
import type { Statistics } from '../core/ports.ts';
import type { HarbourDb } from './database.ts';

export function sqlStatistics(db: HarbourDb): Statistics {
  return {
    async counts(now: Date) {
      const weekAgo = new Date(now.getTime() - 7 * 86_400_000).toISOString();
      const rows = await db
        .selectFrom('members')
        .select((eb) => ['channel', eb.fn.countAll<number>().as('n'), eb.fn.sum<number>(eb.case().when('last_seen_at', '>=', weekAgo).then(1).else(0).end()).as('active')])
        .groupBy('channel')
        .execute();
      const byChannel = Object.fromEntries(rows.map((r) => [r.channel, Number(r.n)]));
      return {
        members: rows.reduce((sum, r) => sum + Number(r.n), 0),
        activeLast7Days: rows.reduce((sum, r) => sum + Number(r.active ?? 0), 0),
        byChannel,
      };
    },
  };
}
