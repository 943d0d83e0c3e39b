/**
 * One scheduler pass at an instant: every channel that can send drains its due messages from
 * the outbox. Telegram and Slack senders arrive with their channels; until then their messages
 * wait in the outbox. Old sent and expired rows are cleared after a week.
 */
import type { Reply } from '../core/inbound.ts';
import type { HarbourDb } from '../db/database.ts';
import { deliverDue } from '../db/outbox.ts';

/** Sends one member's due replies on a channel. */
export type Sender = (to: { memberId: string; chat: string }, replies: Reply[]) => Promise<void>;

const KEEP_DONE_DAYS = 7;

export async function tick(db: HarbourDb, now: Date, senders: Partial<Record<string, Sender>>): Promise<{ sent: number; expired: number }> {
  let sent = 0;
  let expired = 0;
  for (const [channel, send] of Object.entries(senders)) {
    if (!send) continue;
    const done = await deliverDue(db, channel, now, (d) => send({ memberId: d.memberId, chat: d.chat }, d.replies));
    sent += done.sent;
    expired += done.expired;
  }
  const cutoff = new Date(now.getTime() - KEEP_DONE_DAYS * 86_400_000).toISOString();
  await db.deleteFrom('outbox').where('status', 'in', ['sent', 'expired']).where('due_at', '<', cutoff).execute();
  return { sent, expired };
}
