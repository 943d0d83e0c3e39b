/**
 * One scheduler pass at an instant: due daily check-ins are written to the outbox, then every
 * channel that can send drains its due messages. Check-ins are worded as they are sent (the
 * day's encouragement, the day count). Telegram and Slack senders arrive with their channels;
 * until then their messages wait. Old sent, skipped and expired rows are cleared after a week.
 */
import type { Encouragement } from '../core/checkins/encouragement.ts';
import { dailyMessage } from '../core/checkins/daily-message.ts';
import type { Reply } from '../core/inbound.ts';
import { enqueueDueCheckins, type Enqueued } from '../db/checkin-queue.ts';
import type { HarbourDb } from '../db/database.ts';
import { deliverDue, PermanentFailure, type Delivery, type DeliveryOptions } from '../db/outbox.ts';
import { clearSpentBudget } from '../db/send-budget.ts';
import { sqlSoberDates } from '../db/sober-dates.ts';

/** Sends one member's due replies on a channel. */
export type Sender = (to: { memberId: string; chat: string }, replies: Reply[]) => Promise<void>;

const KEEP_DONE_DAYS = 7;

export type TickResult = Enqueued & { sent: number; expired: number; failed: number };

export async function tick(
  db: HarbourDb,
  now: Date,
  senders: Partial<Record<string, Sender>>,
  library: readonly Encouragement[],
  windowMinutes?: number,
  delivery: Omit<DeliveryOptions, 'member'> = {},
): Promise<TickResult> {
  const enqueued = await enqueueDueCheckins(db, now, windowMinutes);
  const word = wording(db, library);
  let sent = 0;
  let expired = 0;
  let failed = 0;
  for (const [channel, send] of Object.entries(senders)) {
    if (!send) continue;
    const done = await deliverDue(db, channel, now, async (d) => {
      try {
        await send({ memberId: d.memberId, chat: d.chat }, await word(d));
      } catch (error) {
        // Blocked the bot, or left: no more check-ins until they come back and ask.
        if (error instanceof PermanentFailure) {
          await db.updateTable('checkin_subscriptions').set({ active: 0, stopped_reason: 'unreachable', updated_at: now.toISOString() }).where('member_id', '=', d.memberId).execute();
        }
        throw error;
      }
    }, delivery);
    sent += done.sent;
    expired += done.expired;
    failed += done.failed;
  }
  const cutoff = new Date(now.getTime() - KEEP_DONE_DAYS * 86_400_000).toISOString();
  await db.deleteFrom('outbox').where('status', 'in', ['sent', 'expired', 'skipped']).where('due_at', '<', cutoff).execute();
  await clearSpentBudget(db);
  return { ...enqueued, sent, expired, failed };
}

/** A delivery's replies: stored ones as they are; a check-in worded for its day. */
export function wording(db: HarbourDb, library: readonly Encouragement[]): (delivery: Delivery) => Promise<Reply[]> {
  const soberDates = sqlSoberDates(db);
  return async (d) => {
    if (d.kind !== 'checkin') return d.replies;
    const day = d.key.slice('checkin:'.length);
    return [dailyMessage(d.memberId, day, await soberDates.current(d.memberId), library)];
  };
}
