import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { tick } from '../../../src/app/tick.ts';
import { telegramSender } from '../../../src/bots/telegram/sender.ts';
import { loadKnowledge } from '../../../src/core/knowledge/load.ts';
import { openMigratedDatabase, type HarbourDb } from '../../../src/db/database.ts';
import { startFakeTelegram, type FakeTelegram } from '../../support/fake-telegram.ts';
import { testDatabaseUrl } from '../../support/database.ts';

const HARBOUR = fileURLToPath(new URL('../../../bin/harbour.mjs', import.meta.url));
const library = loadKnowledge().encouragements;
const dir = mkdtempSync(join(tmpdir(), 'harbour-tg-sender-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let server: FakeTelegram | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** `count` Telegram members whose check-in is at 08:00 London time. */
async function subscribers(db: HarbourDb, count: number): Promise<void> {
  const at = '2026-01-01T00:00:00.000Z';
  const ids = Array.from({ length: count }, (_, i) => `tg:${1000 + i}`);
  await db.insertInto('members').values(ids.map((id) => ({ id, channel: 'telegram', timezone: 'Europe/London', locale: 'en', region: null, created_at: at, last_seen_at: at }))).execute();
  await db.insertInto('checkin_subscriptions').values(ids.map((id) => ({ member_id: id, channel: 'telegram', chat: id.slice(3), minute: 480, timezone: 'Europe/London', created_at: at, updated_at: at }))).execute();
}

const perChat = (f: FakeTelegram) => {
  const counts = new Map<string, number>();
  for (const m of f.sent) counts.set(m.chatId, (counts.get(m.chatId) ?? 0) + 1);
  return counts;
};

describe('sending check-ins to Telegram', () => {
  it('sends each due check-in once, within the limits (no 429), as HTML with one-tap buttons', async () => {
    server = await startFakeTelegram();
    const db = await openMigratedDatabase(await testDatabaseUrl());
    await subscribers(db, 40);
    const sender = telegramSender('123:TEST', { apiRoot: server.apiRoot });
    const started = Date.now();
    const result = await tick(db, new Date('2026-11-25T08:00:00Z'), { telegram: (to, replies) => sender.send(to.chat, replies) }, library);
    expect(result).toMatchObject({ queued: 40, sent: 40, failed: 0 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1200); // 40 at under 30 a second
    expect(server.tooMany).toEqual({ overall: 0, perChat: 0 });
    expect([...perChat(server).values()].every((n) => n === 1)).toBe(true);
    expect(perChat(server).size).toBe(40);
    // Spread evenly rather than in bursts: no two arrive much closer than 1/30 s.
    const gaps = server.sent.slice(1).map((m, i) => m.at - (server?.sent[i]?.at ?? 0));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(15);
    const first = server.sent[0];
    expect(first?.body['parse_mode']).toBe('HTML');
    expect(first?.text).toMatch(/<b>Your daily check-in<\/b>/);
    expect(JSON.stringify(first?.body['reply_markup'])).toMatch(/mood:struggling:2026-11-25/);
    expect((await tick(db, new Date('2026-11-25T08:00:40Z'), { telegram: (to, replies) => sender.send(to.chat, replies) }, library)).sent).toBe(0);
    await db.destroy();
  });
  it('stops check-ins for a member who blocked the bot, and carries on with the rest', async () => {
    server = await startFakeTelegram();
    server.blocked.add('1001');
    const db = await openMigratedDatabase(await testDatabaseUrl());
    await subscribers(db, 3);
    const sender = telegramSender('123:TEST', { apiRoot: server.apiRoot });
    const result = await tick(db, new Date('2026-11-25T08:00:00Z'), { telegram: (to, replies) => sender.send(to.chat, replies) }, library);
    expect(result).toMatchObject({ sent: 2, failed: 1 });
    expect(await db.selectFrom('checkin_subscriptions').select(['member_id', 'active', 'stopped_reason']).where('active', '=', 0).execute()).toEqual([{ member_id: 'tg:1001', active: 0, stopped_reason: 'unreachable' }]);
    await db.destroy();
  });
  it('waits as Telegram asks when it does say 429, and still sends each once', async () => {
    // A stricter server than the pacing expects: it will refuse some, with retry_after 1.
    server = await startFakeTelegram({ perSecond: 4 });
    const db = await openMigratedDatabase(await testDatabaseUrl());
    await subscribers(db, 8);
    const sender = telegramSender('123:TEST', { apiRoot: server.apiRoot });
    const result = await tick(db, new Date('2026-11-25T08:00:00Z'), { telegram: (to, replies) => sender.send(to.chat, replies) }, library);
    expect(server.tooMany.overall).toBeGreaterThan(0);
    expect(result.sent).toBe(8);
    expect([...perChat(server).values()]).toEqual(Array(8).fill(1));
    await db.destroy();
  }, 20_000);
  it('after the sending process is killed mid-drain and restarted, every member gets their check-in, none lost', async () => {
    server = await startFakeTelegram();
    const file = await testDatabaseUrl(join(dir, 'kill.sqlite'));
    const db = await openMigratedDatabase(file);
    await subscribers(db, 60);
    await db.destroy();
    // One sender at a time here (as on SQLite): a restart takes over the dead run's message at once.
    const env = { ...process.env, TELEGRAM_BOT_TOKEN: '123:TEST', TELEGRAM_API_ROOT: server.apiRoot, HARBOUR_OUTBOX_LEASE_SECONDS: '0', LOG_LEVEL: 'silent' };
    const run = () => spawn(process.execPath, [HARBOUR, 'tick', '--now', '2026-11-25T08:00:00Z', '--db', file], { env, stdio: 'ignore' });
    const first = run();
    const fake = server;
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (fake.sent.length >= 20) {
          clearInterval(poll);
          first.kill('SIGKILL');
          resolve();
        }
      }, 5);
    });
    await new Promise((resolve) => first.once('exit', resolve));
    const second = run();
    expect(await new Promise((resolve) => second.once('exit', resolve))).toBe(0);
    const counts = perChat(server);
    expect(counts.size).toBe(60);
    // At most the one message in flight at the kill can arrive twice.
    expect([...counts.values()].filter((n) => n > 1).length).toBeLessThanOrEqual(1);
    expect(server.tooMany).toEqual({ overall: 0, perChat: 0 });
  }, 30_000);
});
