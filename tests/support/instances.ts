/**
 * Several `harbour start` processes on one database, against a local Telegram Bot API server:
 * for the several-instances test and the scale benchmark.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { HarbourDb } from '../../src/db/database.ts';
import type { FakeTelegram } from './fake-telegram.ts';
import { freePort } from './free-port.ts';
import { TEST_CACHE_DIR } from './harbour.ts';

const HARBOUR = fileURLToPath(new URL('../../bin/harbour.mjs', import.meta.url));
/** Every process started, so a test can make sure none outlives it. */
export const children: ChildProcess[] = [];

/** `count` Telegram members whose daily check-in falls due this very minute (UTC). */
export async function subscribers(db: HarbourDb, count: number): Promise<void> {
  const now = new Date();
  const minute = now.getUTCHours() * 60 + now.getUTCMinutes();
  const earlier = new Date(now.getTime() - 3_600_000).toISOString();
  for (let i = 0; i < count; i += 1000) {
    const ids = Array.from({ length: Math.min(1000, count - i) }, (_, k) => 1000 + i + k);
    await db.insertInto('members').values(ids.map((id) => ({ id: `tg:${id}`, channel: 'telegram', timezone: 'UTC', locale: 'en', region: null, created_at: earlier, last_seen_at: now.toISOString() }))).execute();
    await db
      .insertInto('checkin_subscriptions')
      .values(ids.map((id) => ({ member_id: `tg:${id}`, channel: 'telegram', chat: String(id), minute, timezone: 'UTC', created_at: earlier, updated_at: earlier })))
      .execute();
  }
}

export type Instance = { child: ChildProcess; ops: number };

/** `n` instances of `harbour start` on `url`, Telegram in webhook mode; `env` adds to or changes each one's environment. */
export async function startInstances(url: string, fake: FakeTelegram, n: number, env: Record<string, string> | ((i: number) => Record<string, string>)): Promise<Instance[]> {
  const instances: Instance[] = [];
  for (let i = 0; i < n; i++) {
    const ops = await freePort();
    const child = spawn(process.execPath, [HARBOUR, 'start'], {
      env: {
        ...process.env,
        DATABASE_URL: url,
        TELEGRAM_BOT_TOKEN: '123:TEST',
        TELEGRAM_API_ROOT: fake.apiRoot,
        // Several instances take Telegram's updates by webhook (it refuses two pollers).
        TELEGRAM_WEBHOOK_URL: 'https://harbour.example/telegram',
        PORT: '0',
        HARBOUR_OPS_PORT: String(ops),
        HARBOUR_INSTANCE: `instance-${i}`,
        HARBOUR_TICK_SCHEDULE: '* * * * * *',
        HARBOUR_PG_POOL: '4',
        HARBOUR_CACHE_DIR: TEST_CACHE_DIR,
        LOG_LEVEL: 'silent',
        ...(typeof env === 'function' ? env(i) : env),
      },
      stdio: 'ignore',
    });
    children.push(child);
    instances.push({ child, ops });
  }
  // Ready when each says so on /healthz.
  const until = Date.now() + 60_000;
  for (const { ops } of instances) {
    for (;;) {
      const ok = await fetch(`http://127.0.0.1:${ops}/healthz`).then((r) => r.ok, () => false);
      if (ok) break;
      if (Date.now() > until) throw new Error('an instance did not become healthy');
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return instances;
}

export function perChat(fake: FakeTelegram): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of fake.sent) counts.set(m.chatId, (counts.get(m.chatId) ?? 0) + 1);
  return counts;
}

export async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const exit = (child: ChildProcess) => (child.exitCode !== null ? Promise.resolve(child.exitCode) : new Promise<number | null>((resolve) => child.once('exit', resolve)));

/** The most messages the server received in any one second (a sliding window). */
export function busiestSecond(fake: FakeTelegram): number {
  const times = fake.sent.map((m) => m.at).sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while ((times[i] ?? 0) - (times[j] ?? 0) >= 1000) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}
