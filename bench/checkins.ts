/**
 * checkins.*: 100,000 subscriptions due in the same minute, queued to the outbox in one tick
 * (enqueue_100k); 3,000 check-ins sent through the Telegram sender against a local server that
 * enforces Telegram's limits (send_rate, duplicates, lost); and 1,000 with the sending process
 * killed (SIGKILL) mid-drain and restarted (after_kill.*).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { enqueueDueCheckins } from '../src/db/checkin-queue.ts';
import { openMigratedDatabase } from '../src/db/database.ts';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { tick } from '../src/app/tick.ts';
import { telegramSender } from '../src/bots/telegram/sender.ts';
import { loadKnowledge } from '../src/core/knowledge/load.ts';
import { startFakeTelegram, type FakeTelegram } from '../tests/support/fake-telegram.ts';
import { report, round } from './figure.ts';
import { benchDatabase, benchDatabaseUrl } from './database.ts';

const HARBOUR = fileURLToPath(new URL('../bin/harbour.mjs', import.meta.url));

const SUBSCRIBERS = 100_000;

async function enqueue100k(dir: string): Promise<void> {
  const db = await openMigratedDatabase(await benchDatabaseUrl(join(dir, 'checkins.sqlite')));
  const created = '2026-01-01T00:00:00.000Z';
  // Members and subscriptions written straight in: this measures the queueing, not the set-up.
  await db.transaction().execute(async (tx) => {
    for (let i = 0; i < SUBSCRIBERS; i += 500) {
      const ids = Array.from({ length: Math.min(500, SUBSCRIBERS - i) }, (_, k) => `tg:${i + k}`);
      await tx.insertInto('members').values(ids.map((id) => ({ id, channel: 'telegram', timezone: 'Europe/London', locale: 'en', region: null, created_at: created, last_seen_at: created }))).execute();
      await tx.insertInto('checkin_subscriptions').values(ids.map((id) => ({ member_id: id, channel: 'telegram', chat: id.slice(3), minute: 8 * 60, timezone: 'Europe/London', created_at: created, updated_at: created }))).execute();
    }
  });
  await enqueueDueCheckins(db, new Date('2026-11-25T07:59:00Z'));
  const started = performance.now();
  const result = await enqueueDueCheckins(db, new Date('2026-11-25T08:00:00Z'));
  const seconds = (performance.now() - started) / 1000;
  const rows = await db.selectFrom('outbox').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  if (result.queued !== SUBSCRIBERS || rows.n !== SUBSCRIBERS) throw new Error(`queued ${result.queued}, rows ${rows.n}, expected ${SUBSCRIBERS}`);
  report({ name: 'checkins.enqueue_100k', value: round(seconds, 3), unit: 's', note: `${SUBSCRIBERS} check-ins due at 08:00 Europe/London queued to the outbox in one tick` });
  const dupStart = performance.now();
  await enqueueDueCheckins(db, new Date('2026-11-25T08:00:30Z'));
  const again = await db.selectFrom('outbox').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  report({ name: 'checkins.enqueue_again', value: round((performance.now() - dupStart) / 1000, 3), unit: 's', note: `a second tick in the same minute adds ${again.n - rows.n} rows` });
  await db.destroy();
}

/** Members with Telegram check-ins at 08:00 London, written straight into a new database. */
async function telegramSubscribers(file: string, count: number): Promise<void> {
  const db = await openMigratedDatabase(file);
  const at = '2026-01-01T00:00:00.000Z';
  await db.transaction().execute(async (tx) => {
    for (let i = 0; i < count; i += 500) {
      const ids = Array.from({ length: Math.min(500, count - i) }, (_, k) => `tg:${100_000 + i + k}`);
      await tx.insertInto('members').values(ids.map((id) => ({ id, channel: 'telegram', timezone: 'Europe/London', locale: 'en', region: null, created_at: at, last_seen_at: at }))).execute();
      await tx.insertInto('checkin_subscriptions').values(ids.map((id) => ({ member_id: id, channel: 'telegram', chat: id.slice(3), minute: 480, timezone: 'Europe/London', created_at: at, updated_at: at }))).execute();
    }
  });
  await db.destroy();
}

function tally(server: FakeTelegram, expected: number): { duplicates: number; lost: number } {
  const counts = new Map<string, number>();
  for (const m of server.sent) counts.set(m.chatId, (counts.get(m.chatId) ?? 0) + 1);
  return { duplicates: [...counts.values()].reduce((n, c) => n + c - 1, 0), lost: expected - counts.size };
}

/** 3,000 check-ins through the Telegram sender against a server that enforces Telegram's limits. */
async function sendRate(dir: string): Promise<void> {
  const count = 3_000;
  const file = await benchDatabaseUrl(join(dir, 'send.sqlite'));
  await telegramSubscribers(file, count);
  const server = await startFakeTelegram();
  const db = await openMigratedDatabase(file);
  try {
    const sender = telegramSender('123:BENCH', { apiRoot: server.apiRoot });
    await tick(db, new Date('2026-11-25T08:00:00Z'), { telegram: (to, replies) => sender.send(to.chat, replies) }, loadKnowledge().encouragements);
    const first = server.sent[0]?.at ?? 0;
    const last = server.sent.at(-1)?.at ?? 0;
    const perSecond = (server.sent.length - 1) / ((last - first) / 1000);
    const { duplicates, lost } = tally(server, count);
    report({ name: 'checkins.send_rate', value: round(perSecond / 30, 3), unit: 'share', note: `${server.sent.length} messages at ${round(perSecond, 2)} a second against Telegram's 30; 429s: ${server.tooMany.overall + server.tooMany.perChat}` });
    report({ name: 'checkins.duplicates', value: duplicates, unit: 'messages' });
    report({ name: 'checkins.lost', value: lost, unit: 'messages' });
  } finally {
    await db.destroy();
    await server.close();
  }
}

/**
 * 1,000 check-ins; the sending process is killed with SIGKILL a third of the way, then restarted.
 * Delivery is at least once: a kill in the moment between Telegram receiving a message and the
 * outbox marking it sent means that one message arrives twice, never that one is lost.
 */
async function afterKill(dir: string): Promise<void> {
  const count = 1_000;
  const file = await benchDatabaseUrl(join(dir, 'kill.sqlite'));
  await telegramSubscribers(file, count);
  const server = await startFakeTelegram();
  try {
    // On PostgreSQL the killed run's message in hand is leased to it: a short lease, waited out
    // before the restart, as another instance would wait it out.
    const leaseSeconds = benchDatabase() === 'postgres' ? 2 : 0;
    const env = { ...process.env, TELEGRAM_BOT_TOKEN: '123:BENCH', TELEGRAM_API_ROOT: server.apiRoot, HARBOUR_OUTBOX_LEASE_SECONDS: String(leaseSeconds), LOG_LEVEL: 'silent' };
    const run = () => spawn(process.execPath, [HARBOUR, 'tick', '--now', '2026-11-25T08:00:00Z', '--db', file], { env, stdio: 'ignore' });
    const first = run();
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (server.sent.length >= count / 3) {
          clearInterval(poll);
          // At a random moment in the next message's cycle, not the instant one arrives: the
          // sender is as likely to be anywhere in its cycle as a real crash would find it.
          setTimeout(() => {
            first.kill('SIGKILL');
            resolve();
          }, Math.random() * 35);
        }
      }, 2);
    });
    await new Promise((resolve) => first.once('exit', resolve));
    await new Promise((resolve) => setTimeout(resolve, leaseSeconds * 1000 + 200));
    const second = run();
    await new Promise((resolve) => second.once('exit', resolve));
    const { duplicates, lost } = tally(server, count);
    report({ name: 'checkins.after_kill.duplicates', value: duplicates, unit: 'messages', note: `${count} subscribers, kill -9 after ${Math.round(count / 3)} sent, then a restart; 429s: ${server.tooMany.overall + server.tooMany.perChat}` });
    report({ name: 'checkins.after_kill.lost', value: lost, unit: 'messages' });
  } finally {
    await server.close();
  }
}

export async function benchCheckins(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'harbour-bench-checkins-'));
  try {
    await enqueue100k(dir);
    await sendRate(dir);
    await afterKill(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
