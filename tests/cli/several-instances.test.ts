/**
 * Several `harbour start` processes on one PostgreSQL, sharing the check-in outbox, against a
 * local server speaking the Telegram Bot API. Runs in the PostgreSQL pass of the suite
 * (HARBOUR_TEST_POSTGRES_URL); SQLite runs one instance by design.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openMigratedDatabase } from '../../src/db/database.ts';
import { onPostgres, testDatabaseUrl } from '../support/database.ts';
import { startFakeTelegram, type FakeTelegram } from '../support/fake-telegram.ts';
import { children, exit, perChat, startInstances, subscribers, until } from '../support/instances.ts';

let server: FakeTelegram | undefined;

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  await server?.close();
  server = undefined;
});

const SUBSCRIBERS = 10_000;

describe.skipIf(!onPostgres)('several instances on one PostgreSQL', () => {
  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    it(`three instances drain ${SUBSCRIBERS.toLocaleString('en-GB')} check-ins due in one minute; one ${signal === 'SIGTERM' ? 'stopped' : 'killed (kill -9)'} mid-drain`, async () => {
      const url = await testDatabaseUrl();
      const db = await openMigratedDatabase(url);
      await subscribers(db, SUBSCRIBERS);
      const fake = (server = await startFakeTelegram({ perSecond: 1_000_000 }));
      // A test server allows more than Telegram: the shared budget is set high to drain in seconds.
      const [first, ...rest] = await startInstances(url, fake, 3, { HARBOUR_TELEGRAM_SENDS_PER_SECOND: '5000', HARBOUR_OUTBOX_LEASE_SECONDS: '3' });
      await until(() => fake.sent.length >= SUBSCRIBERS * 0.3, 90_000, 'a third of the check-ins');
      first?.child.kill(signal);
      const code = await exit(first!.child);
      await until(() => perChat(fake).size >= SUBSCRIBERS, 90_000, 'every check-in');
      // Anything doubled would arrive within the lease; wait it out.
      await new Promise((r) => setTimeout(r, 4_000));
      for (const { child } of rest) child.kill('SIGTERM');
      expect(await Promise.all(rest.map(({ child }) => exit(child)))).toEqual([0, 0]);

      const counts = perChat(fake);
      expect(counts.size).toBe(SUBSCRIBERS);
      const doubled = [...counts].filter(([, n]) => n > 1).map(([chat]) => chat);
      const rows = await db.selectFrom('outbox').select(['chat', 'status', 'attempts', 'claimed_by']).execute();
      expect(rows).toHaveLength(SUBSCRIBERS);
      expect(rows.every((r) => r.status === 'sent')).toBe(true);
      // Every instance took part, the stopped one included.
      expect(new Set(rows.map((r) => r.claimed_by)).size).toBeGreaterThanOrEqual(2);
      if (signal === 'SIGTERM') {
        // A graceful stop finishes the message in hand and claims no more: nothing doubled.
        expect(code).toBe(0);
        expect(doubled).toEqual([]);
      } else {
        // Killed, at most the one message it had in flight can arrive twice: after its lease
        // ran out another instance sent it again.
        expect(doubled.length).toBeLessThanOrEqual(1);
        for (const chat of doubled) expect(rows.find((r) => r.chat === chat)?.attempts).toBe(2);
      }
      await db.destroy();
    }, 240_000);
  }

  it("keeps to Telegram's 30 a second across three instances (a shared budget of 25)", async () => {
    const url = await testDatabaseUrl();
    const db = await openMigratedDatabase(url);
    await subscribers(db, 150);
    // Telegram's limits as its docs state them: 30 a second overall, one a second per chat.
    const fake = (server = await startFakeTelegram());
    await startInstances(url, fake, 3, {});
    const started = Date.now();
    await until(() => perChat(fake).size >= 150, 60_000, 'every check-in');
    const seconds = (Date.now() - started) / 1000;
    expect(fake.tooMany).toEqual({ overall: 0, perChat: 0 });
    // Three instances at 30 each would take 2 s; at 25 shared it takes at least 5.
    expect(seconds).toBeGreaterThan(4.5);
    // No second, measured from any send, held more than 30.
    const times = fake.sent.map((m) => m.at).sort((a, b) => a - b);
    let most = 0;
    for (let i = 0, j = 0; i < times.length; i++) {
      while ((times[i] ?? 0) - (times[j] ?? 0) >= 1000) j++;
      most = Math.max(most, i - j + 1);
    }
    expect(most).toBeLessThanOrEqual(30);
    await db.destroy();
  }, 120_000);
});
