/**
 * A send budget shared by every instance on one database: at most `perSecond` sends a second
 * for a bucket (a platform), counted in fifth-of-a-second slots. Each slot allows a fifth, so
 * any sliding second (which spans at most six slots) holds at most 6/5 of the rate: 25 a second
 * keeps every second within Telegram's 30. One upsert per send; a full slot means waiting for
 * the next.
 */
import type { HarbourDb } from './database.ts';

const SLOT_MS = 200;
const SLOTS_PER_SECOND = 1000 / SLOT_MS;

export type SendGate = () => Promise<void>;

export function sendBudget(db: HarbourDb, bucket: string, perSecond: number, clock: () => number = Date.now): SendGate {
  const perSlot = Math.max(1, Math.floor(perSecond / SLOTS_PER_SECOND));
  return async () => {
    for (;;) {
      const now = clock();
      const slot = Math.floor(now / SLOT_MS);
      const taken = await db
        .insertInto('send_budget')
        .values({ bucket, slot, used: 1 })
        .onConflict((oc) =>
          oc
            .columns(['bucket', 'slot'])
            .doUpdateSet((eb) => ({ used: eb('send_budget.used', '+', 1) }))
            .where('send_budget.used', '<', perSlot),
        )
        .returning('used')
        .executeTakeFirst();
      if (taken) return;
      await new Promise((resolve) => setTimeout(resolve, Math.max(1, (slot + 1) * SLOT_MS - now)));
    }
  };
}

/** Drops slots older than a minute. */
export async function clearSpentBudget(db: HarbourDb, now: number = Date.now()): Promise<void> {
  await db.deleteFrom('send_budget').where('slot', '<', Math.floor((now - 60_000) / SLOT_MS)).execute();
}
