/**
 * scale.*: three `harbour start` instances on one PostgreSQL draining 10,000 check-ins due in
 * the same minute to a local Telegram Bot API server: how long it takes, and how many arrive
 * twice or never, untouched, with one instance stopped (SIGTERM) and with one killed (SIGKILL)
 * a third of the way through. Then, with Telegram's own limits and the default shared budget,
 * the most sends in any one second. Needs PostgreSQL (HARBOUR_BENCH_POSTGRES_URL).
 */
import { openMigratedDatabase } from '../src/db/database.ts';
import { startFakeTelegram } from '../tests/support/fake-telegram.ts';
import { busiestSecond, children, exit, perChat, startInstances, subscribers, until } from '../tests/support/instances.ts';
import { BENCH_POSTGRES_URL } from './database.ts';
import { freshSchemaUrl } from '../tests/support/database.ts';
import { report, round } from './figure.ts';

const SUBSCRIBERS = 10_000;
const FAST = { HARBOUR_TELEGRAM_SENDS_PER_SECOND: '5000', HARBOUR_OUTBOX_LEASE_SECONDS: '3' };

type Drained = { seconds: number; duplicates: number; lost: number };

async function drain(base: string, stop?: 'SIGTERM' | 'SIGKILL'): Promise<Drained> {
  const url = await freshSchemaUrl(base);
  const db = await openMigratedDatabase(url);
  await subscribers(db, SUBSCRIBERS);
  const fake = await startFakeTelegram({ perSecond: 1_000_000 });
  try {
    const [first] = await startInstances(url, fake, 3, FAST);
    const started = performance.now();
    if (stop && first) {
      await until(() => fake.sent.length >= SUBSCRIBERS * 0.3, 120_000, 'a third of the check-ins');
      first.child.kill(stop);
      await exit(first.child);
    }
    await until(() => perChat(fake).size >= SUBSCRIBERS, 180_000, 'every check-in');
    const seconds = (performance.now() - started) / 1000;
    // Anything doubled would arrive within the lease.
    await new Promise((r) => setTimeout(r, 4_000));
    const counts = perChat(fake);
    return { seconds, duplicates: [...counts.values()].reduce((sum, n) => sum + n - 1, 0), lost: SUBSCRIBERS - counts.size };
  } finally {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGTERM');
    await fake.close();
    await db.destroy();
  }
}

/** The most sends in any one second, and 429s, with Telegram's limits and the default budget. */
async function rate(base: string): Promise<{ most: number; tooMany: number; perSecond: number }> {
  const url = await freshSchemaUrl(base);
  const db = await openMigratedDatabase(url);
  const count = 300;
  await subscribers(db, count);
  const fake = await startFakeTelegram();
  try {
    await startInstances(url, fake, 3, {});
    const started = performance.now();
    await until(() => perChat(fake).size >= count, 120_000, 'every check-in');
    const seconds = (performance.now() - started) / 1000;
    return { most: busiestSecond(fake), tooMany: fake.tooMany.overall + fake.tooMany.perChat, perSecond: count / seconds };
  } finally {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGTERM');
    await fake.close();
    await db.destroy();
  }
}

export async function benchScale(): Promise<void> {
  if (!BENCH_POSTGRES_URL) {
    process.stderr.write('scale: skipped, needs PostgreSQL (set HARBOUR_BENCH_POSTGRES_URL=postgres://…)\n');
    return;
  }
  const plain = await drain(BENCH_POSTGRES_URL);
  report({ name: 'scale.drain_10k', value: round(plain.seconds, 2), unit: 's', note: `${SUBSCRIBERS} check-ins, 3 instances on PostgreSQL, shared budget 5000/s against a local server` });
  report({ name: 'scale.duplicates', value: plain.duplicates, unit: 'messages' });
  report({ name: 'scale.lost', value: plain.lost, unit: 'messages' });
  const stopped = await drain(BENCH_POSTGRES_URL, 'SIGTERM');
  report({ name: 'scale.after_stop.duplicates', value: stopped.duplicates, unit: 'messages', note: 'one instance stopped (SIGTERM) a third of the way through' });
  report({ name: 'scale.after_stop.lost', value: stopped.lost, unit: 'messages' });
  const killed = await drain(BENCH_POSTGRES_URL, 'SIGKILL');
  report({ name: 'scale.after_kill.duplicates', value: killed.duplicates, unit: 'messages', note: 'one instance killed (SIGKILL) a third of the way through; its message in flight may be sent again' });
  report({ name: 'scale.after_kill.lost', value: killed.lost, unit: 'messages' });
  const limits = await rate(BENCH_POSTGRES_URL);
  report({ name: 'scale.telegram.max_per_s', value: limits.most, unit: 'messages', baseline: 30, note: "most sends in any sliding second, 3 instances, default shared budget 25/s, against Telegram's limit" });
  report({ name: 'scale.telegram.rate', value: round(limits.perSecond, 1), unit: 'messages/s', note: `${limits.tooMany} answered 429` });
}
