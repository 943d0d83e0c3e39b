/**
 * The outbox: messages written before they are sent. Queuing is idempotent per (member, key);
 * delivery claims each row before handing it over and marks it sent straight after, so a
 * restart resumes where it stopped (see deliverDue for the one message a crash can double).
 */
import type { Reply } from '../core/inbound.ts';
import type { Outbox } from '../core/ports.ts';
import type { ExpressionBuilder } from 'kysely';
import type { HarbourDb } from './database.ts';
import { dialectOf } from './dialect.ts';
import type { Database } from './schema.ts';

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

/** How delivery shares the outbox with other instances. */
export type DeliveryOptions = {
  /** Only this member's messages (an interactive console session). */
  member?: string;
  /** This instance's name, recorded on the rows it claims. */
  instance?: string;
  /** How long a claimed row stays this instance's; after that another may send it. Default: a
   * minute on PostgreSQL; none on SQLite, where one instance runs, so a row left `sending` by a
   * process that died is sent again at the next pass. */
  leaseMs?: number;
  /** Checked before each claim: true once the instance is shutting down. */
  stopping?: () => boolean;
  /** Wall clock for leases (real time, even when `now` is a chosen instant). */
  clock?: () => number;
};

const SHARED_LEASE_MS = 60_000;

/**
 * Hands every due message for `channel` to `send`, oldest first, one at a time. Each is claimed
 * first: marked `sending` and leased to this instance, in one statement that on PostgreSQL skips
 * rows other instances hold (FOR UPDATE SKIP LOCKED), so instances sharing the outbox never
 * take the same row. Once sent it is marked sent; a failed send is released to try again (given
 * up after five attempts, or at once if it can never work). Messages past their expiry are
 * marked expired. A row whose lease ran out (its instance died) is claimed again: the one
 * message that instance had in flight may then arrive twice, but none is lost. An instance that
 * is stopping finishes the message in hand and claims no more, so a graceful stop doubles none.
 */
export async function deliverDue(db: HarbourDb, channel: string, now: Date, send: (delivery: Delivery) => Promise<void>, options: DeliveryOptions = {}): Promise<Drained> {
  const at = now.toISOString();
  const clock = options.clock ?? Date.now;
  const instance = options.instance ?? 'local';
  const postgres = dialectOf(db) === 'postgres';
  const leaseMs = options.leaseMs ?? (postgres ? SHARED_LEASE_MS : 0);
  const forMember = <Q extends { where: (c: 'member_id', op: '=', v: string) => Q }>(q: Q): Q => (options.member === undefined ? q : q.where('member_id', '=', options.member));
  const leaseOver = (eb: ExpressionBuilder<Database, 'outbox'>) =>
    eb.and([eb('status', '=', 'sending'), eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', new Date(clock()).toISOString())])]);
  const expired = await forMember(
    db
      .updateTable('outbox')
      .set({ status: 'expired' })
      .where('channel', '=', channel)
      .where('expires_at', '<=', at)
      .where((eb) => eb.or([eb('status', '=', 'pending'), leaseOver(eb)])),
  ).executeTakeFirst();
  // A message whose instances keep dying while sending it is given up on like any other.
  const abandoned = await forMember(
    db.updateTable('outbox').set({ status: 'failed', lease_until: null }).where('channel', '=', channel).where('attempts', '>=', MAX_ATTEMPTS).where(leaseOver),
  ).executeTakeFirst();
  const counts: Drained = { sent: 0, expired: Number(expired.numUpdatedRows), failed: Number(abandoned.numUpdatedRows), retrying: 0 };
  // Failed sends wait for the next pass rather than being retried straight away in this one.
  const failedHere: number[] = [];
  for (;;) {
    if (options.stopping?.()) break;
    const next = forMember(
      db
        .selectFrom('outbox')
        .select('id')
        .where('channel', '=', channel)
        .where((eb) => eb.or([eb.and([eb('status', '=', 'pending'), eb('due_at', '<=', at)]), leaseOver(eb)]))
        .$if(failedHere.length > 0, (q) => q.where('id', 'not in', failedHere))
        .orderBy('due_at')
        .orderBy('id')
        .limit(1),
    );
    const row = await db
      .updateTable('outbox')
      .set((eb) => ({ status: 'sending', attempts: eb('attempts', '+', 1), lease_until: new Date(clock() + leaseMs).toISOString(), claimed_by: instance }))
      .where('id', '=', (postgres ? next.forUpdate().skipLocked() : next) as typeof next)
      .returningAll()
      .executeTakeFirst();
    if (!row) break;
    // Only this claim's own row is touched: if the lease ran out meanwhile and another instance
    // took the row, these updates leave the other's claim alone.
    const whileMine = (values: { status?: string; lease_until: string | null; sent_at?: string }) =>
      db.updateTable('outbox').set(values).where('id', '=', row.id).where('claimed_by', '=', instance).where('status', '=', 'sending').execute();
    const mine = (status: string, extra: { sent_at?: string } = {}) => whileMine({ status, lease_until: null, ...extra });
    // A send can take longer than the lease (waiting out a 429): the lease is renewed while it
    // runs, so no other instance takes the row from a live one.
    const renewal = leaseMs > 0
      ? setInterval(() => void whileMine({ lease_until: new Date(clock() + leaseMs).toISOString() }).catch(() => undefined), Math.max(10, leaseMs / 3))
      : undefined;
    try {
      await send({ id: row.id, memberId: row.member_id, channel: row.channel, chat: row.chat, kind: row.kind, key: row.key, replies: parseReplies(row.replies) });
      await mine('sent', { sent_at: new Date(clock()).toISOString() });
      counts.sent += 1;
    } catch (error) {
      const giveUp = error instanceof PermanentFailure || row.attempts >= MAX_ATTEMPTS;
      await mine(giveUp ? 'failed' : 'pending');
      if (giveUp) counts.failed += 1;
      else {
        counts.retrying += 1;
        failedHere.push(row.id);
      }
    } finally {
      clearInterval(renewal);
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
