/** Sober dates in the database: a reset ends the current stretch and starts a new one. */
import type { SoberDates } from '../core/ports.ts';
import type { HarbourDb } from './database.ts';

export function sqlSoberDates(db: HarbourDb): SoberDates {
  return {
    async current(memberId: string): Promise<string | null> {
      const row = await db.selectFrom('sober_dates').select('started_on').where('member_id', '=', memberId).where('ended_on', 'is', null).orderBy('id', 'desc').executeTakeFirst();
      return row?.started_on ?? null;
    },
    async start(memberId: string, day: string, now: Date): Promise<void> {
      await db.transaction().execute(async (tx) => {
        // The stretch before ends the day the new one starts; it stays as private history.
        await tx.updateTable('sober_dates').set({ ended_on: day }).where('member_id', '=', memberId).where('ended_on', 'is', null).execute();
        await tx.insertInto('sober_dates').values({ member_id: memberId, started_on: day, ended_on: null, created_at: now.toISOString() }).execute();
      });
    },
  };
}
