/**
 * The outbox: messages written before they are sent. Queuing is idempotent per (member, key);
 * delivery marks each row sent in the same step that hands it over, so a restart resumes
 * where it stopped and never sends one twice.
 */
import type { Reply } from '../core/inbound.ts';
import type { Outbox } from '../core/ports.ts';
import type { HarbourDb } from './database.ts';

export function sqlOutbox(db: HarbourDb): Outbox {
  return {
    async schedule(message, now) {
      const result = await db
        .insertInto('outbox')
        .values({
          member_id: message.memberId,
          channel: message.channel,
          chat: message.chat,
          kind: message.kind,
          key: message.key,
          due_at: message.dueAt.toISOString(),
          expires_at: message.expiresAt.toISOString(),
          replies: JSON.stringify(message.replies),
          created_at: now.toISOString(),
        })
        .onConflict((oc) => oc.columns(['member_id', 'key']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
    },
    async cancel(memberId) {
      const result = await db.deleteFrom('outbox').where('member_id', '=', memberId).where('status', '=', 'pending').executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

export type Delivery = { id: number; memberId: string; channel: string; chat: string; kind: string; key: string; replies: Reply[] };

/** A send that can never succeed (the member blocked the bot): the message is dropped, not retried. */
export class PermanentFailure extends Error {}

/** After this many failed attempts a message is given up on. */
const MAX_ATTEMPTS = 5;

export type Drained = { sent: number; expired: number; failed: number; retrying: number };

/**
 * Hands every due message for `channel` to `send`, oldest first, one at a time, marking each sent
 * as it goes; messages past their expiry are marked expired instead. A failed send is released
 * to try again at the next pass (given up after five attempts, or at once if it can never work).
 * A message left "sending" by a process that died is sent again: after a crash the one message
 * that was in flight may arrive twice, but none is lost.
 */
export async function deliverDue(
  db: HarbourDb,
  channel: string,
  now: Date,
  send: (delivery: Delivery) => Promise<void>,
  member?: string,
): Promise<Drained> {
  const at = now.toISOString();
  let reclaim = db.updateTable('outbox').set({ status: 'pending' }).where('status', '=', 'sending').where('channel', '=', channel);
  let expiring = db.updateTable('outbox').set({ status: 'expired' }).where('status', '=', 'pending').where('channel', '=', channel).where('expires_at', '<=', at);
  let pending = db.selectFrom('outbox').selectAll().where('status', '=', 'pending').where('channel', '=', channel).where('due_at', '<=', at);
  // An interactive console session delivers only its own member's messages.
  if (member !== undefined) {
    reclaim = reclaim.where('member_id', '=', member);
    expiring = expiring.where('member_id', '=', member);
    pending = pending.where('member_id', '=', member);
  }
  await reclaim.execute();
  const expired = await expiring.executeTakeFirst();
  const due = await pending.orderBy('due_at').orderBy('id').execute();
  const counts: Drained = { sent: 0, expired: Number(expired.numUpdatedRows), failed: 0, retrying: 0 };
  for (const row of due) {
    const claimed = await db.updateTable('outbox').set({ status: 'sending', attempts: row.attempts + 1 }).where('id', '=', row.id).where('status', '=', 'pending').executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) continue;
    try {
      await send({ id: row.id, memberId: row.member_id, channel: row.channel, chat: row.chat, kind: row.kind, key: row.key, replies: parseReplies(row.replies) });
      await db.updateTable('outbox').set({ status: 'sent', sent_at: new Date().toISOString() }).where('id', '=', row.id).execute();
      counts.sent += 1;
    } catch (error) {
      const giveUp = error instanceof PermanentFailure || row.attempts + 1 >= MAX_ATTEMPTS;
      await db.updateTable('outbox').set({ status: giveUp ? 'failed' : 'pending' }).where('id', '=', row.id).execute();
      if (giveUp) counts.failed += 1;
      else counts.retrying += 1;
    }
  }
  return counts;
}

function parseReplies(json: string): Reply[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? (value as Reply[]) : [];
  } catch {
    return [];
  }
}
