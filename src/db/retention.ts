/** Erases members who have not written for the retention period: data kept no longer than needed. */
import type { HarbourDb } from './database.ts';
import { sqlMemberData } from './member-data.ts';

/** Erases every member last seen before `cutoff`; returns how many were erased. */
export async function expireInactiveMembers(db: HarbourDb, cutoff: Date): Promise<number> {
  const stale = await db.selectFrom('members').select('id').where('last_seen_at', '<', cutoff.toISOString()).execute();
  const data = sqlMemberData(db);
  for (const { id } of stale) await data.erase(id);
  return stale.length;
}

/** The cutoff for a retention period of `days` ending at `now`. */
export function retentionCutoff(now: Date, days: number): Date {
  return new Date(now.getTime() - days * 86_400_000);
}
