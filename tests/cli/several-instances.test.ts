/**
 * Several `harbour start` processes on one PostgreSQL, sharing the check-in outbox, against a
 * local server speaking the Telegram Bot API. Runs in the PostgreSQL pass of the suite
 * (HARBOUR_TEST_POSTGRES_URL); SQLite runs one instance by design.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openMigratedDatabase } from '../../src/db/database.ts';
import { onPostgres, testDatabaseUrl } from '../support/database.ts';
import { startFakeTelegram, type FakeTelegram } from '../support/fake-telegram.ts';
import { busiestSecond, children, exit, perChat, startInstances, subscribers, until } from '../support/instances.ts';
import { postSigned, startFakeSlack, type FakeSlack } from '../support/fake-slack.ts';
import { freePort } from '../support/free-port.ts';
import { webhookSecretFor } from '../../src/bots/telegram/run.ts';

let server: FakeTelegram | undefined;
let slack: FakeSlack | undefined;

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  await server?.close();
  await slack?.close();
  server = undefined;
  slack = undefined;
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
    expect(busiestSecond(fake)).toBeLessThanOrEqual(30);
    await db.destroy();
  }, 120_000);

  it('answers a conversation that a load balancer spreads over two instances (Telegram webhook, Slack HTTP)', async () => {
    const url = await testDatabaseUrl();
    const fake = (server = await startFakeTelegram());
    const fakeSlack = (slack = await startFakeSlack({ perChannelMs: 0 }));
    const ports = [await freePort(), await freePort()];
    // Slack's HTTP mode on PORT, Telegram's webhook on PORT + 1, as when both run over HTTP.
    await startInstances(url, fake, 2, (i) => ({ PORT: String(ports[i]), SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'sec', SLACK_API_URL: fakeSlack.apiUrl }));
    // Every instance checks the same webhook secret, derived from the token.
    const secret = webhookSecretFor('123:TEST');
    const telegram = async (instance: number, updateId: number, text: string) => {
      const update = { update_id: updateId, message: { message_id: updateId, date: 1, chat: { id: 42, type: 'private' }, from: { id: 42, is_bot: false, first_name: 'A' }, text } };
      const res = await fetch(`http://127.0.0.1:${(ports[instance] ?? 0) + 1}/telegram`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret }, body: JSON.stringify(update) });
      expect(res.status).toBe(200);
    };
    await telegram(0, 1, 'what is smart recovery');
    await fake.waitForSent(1, 15_000);
    const before = fake.sent.length;
    await telegram(1, 2, 'is it free?');
    await fake.waitForSent(before + 1, 15_000);
    expect(fake.sent.slice(before).map((m) => m.text).join('\n')).toMatch(/SMART Recovery/);

    const event = (id: string, text: string) =>
      JSON.stringify({ type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: id, event_time: 1, event: { type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text, ts: `${id.length}.${id}` } });
    expect((await postSigned(`http://127.0.0.1:${ports[1]}/slack/events`, event('Ev1', 'what is smart recovery'), { secret: 'sec' })).status).toBe(200);
    await fakeSlack.waitFor(() => fakeSlack.posted.length >= 1, 15_000);
    const posted = fakeSlack.posted.length;
    expect((await postSigned(`http://127.0.0.1:${ports[0]}/slack/events`, event('Ev2', 'is it free?'), { secret: 'sec' })).status).toBe(200);
    await fakeSlack.waitFor(() => fakeSlack.posted.length > posted, 15_000);
    expect(JSON.stringify(fakeSlack.posted.slice(posted).map((c) => c.body))).toMatch(/SMART Recovery/);
  }, 120_000);
});
