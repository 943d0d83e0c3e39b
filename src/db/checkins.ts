/** Check-in settings and mood answers in the database. */
import type { Checkins } from '../core/ports.ts';
import type { HarbourDb } from './database.ts';

export function sqlCheckins(db: HarbourDb): Checkins {
  return {
    async get(memberId) {
      const row = await db.selectFrom('checkin_subscriptions').selectAll().where('member_id', '=', memberId).executeTakeFirst();
      return row ? { minute: row.minute, timezone: row.timezone, active: row.active === 1, pausedUntil: row.paused_until, tracking: row.tracking === 1 } : null;
    },
    async subscribe(memberId, where, minute, timezone, now) {
      const at = now.toISOString();
      const values = { channel: where.channel, chat: where.chat, minute, timezone, active: 1, paused_until: null, stopped_reason: null, updated_at: at };
      await db
        .insertInto('checkin_subscriptions')
        .values({ member_id: memberId, ...values, created_at: at })
        .onConflict((oc) => oc.column('member_id').doUpdateSet(values))
        .execute();
    },
    async pause(memberId, until, now) {
      await db.updateTable('checkin_subscriptions').set({ paused_until: until, updated_at: now.toISOString() }).where('member_id', '=', memberId).execute();
    },
    async stop(memberId, now) {
      await db.updateTable('checkin_subscriptions').set({ active: 0, stopped_reason: 'member', updated_at: now.toISOString() }).where('member_id', '=', memberId).execute();
    },
    async setTracking(memberId, on, now) {
      await db.updateTable('checkin_subscriptions').set({ tracking: on ? 1 : 0, updated_at: now.toISOString() }).where('member_id', '=', memberId).execute();
      // Switching tracking off forgets the answers kept so far.
      if (!on) await db.deleteFrom('moods').where('member_id', '=', memberId).execute();
    },
    async recordMood(memberId, day, mood, now) {
      const sub = await db.selectFrom('checkin_subscriptions').select('tracking').where('member_id', '=', memberId).executeTakeFirst();
      if (sub?.tracking !== 1) return false;
      await db
        .insertInto('moods')
        .values({ member_id: memberId, day, mood, created_at: now.toISOString() })
        .onConflict((oc) => oc.columns(['member_id', 'day']).doUpdateSet({ mood, created_at: now.toISOString() }))
        .execute();
      return true;
    },
    async moods(memberId, since) {
      return db.selectFrom('moods').select(['day', 'mood']).where('member_id', '=', memberId).where('day', '>=', since).orderBy('day').execute();
    },
  };
}
