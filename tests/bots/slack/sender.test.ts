import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tick } from '../../../src/app/tick.ts';
import { createSlackApp } from '../../../src/bots/slack/app.ts';
import { slackSender } from '../../../src/bots/slack/sender.ts';
import { postSigned, startFakeSlack, type FakeSlack } from '../../support/fake-slack.ts';
import { testHarbour, type TestHarbour } from '../../support/harbour.ts';
import { testDatabaseUrl } from '../../support/database.ts';

const SECRET = 's';
let slack: FakeSlack;
let h: TestHarbour;
let app: ReturnType<typeof createSlackApp>;
let url = '';

async function command(user: string, text: string, channel = 'C9'): Promise<void> {
  const before = slack.responded.length;
  const body = new URLSearchParams({ command: '/harbour', text, user_id: user, team_id: 'T1', channel_id: channel, response_url: slack.responseUrl, trigger_id: 't' }).toString();
  await postSigned(url, body, { secret: SECRET, form: true });
  await slack.waitFor(() => slack.responded.length > before);
}

beforeAll(async () => {
  slack = await startFakeSlack();
  slack.users.set('UADMIN', { tz: 'Europe/London', is_admin: true });
  h = await testHarbour(await testDatabaseUrl(), '2026-11-24T12:00:00Z');
  app = createSlackApp(h.core, { token: 'xoxb-test', signingSecret: SECRET, slackApiUrl: slack.apiUrl });
  const server = (await app.start(0)) as Server;
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
});
afterAll(async () => {
  await app.stop();
  await slack.close();
  await h.close();
});

describe('a channel\'s daily post, and sending to Slack', () => {
  it('only a workspace admin (asked of Slack, not the request) can set one up', async () => {
    await command('UMEMBER', 'checkin 08:00');
    expect(String(slack.responded.at(-1)?.['text'])).toMatch(/Only this workspace's admins/);
    await command('UADMIN', 'checkin 08:00');
    expect(await h.db.selectFrom('checkin_subscriptions').select(['member_id', 'chat', 'minute', 'timezone']).execute()).toEqual([
      { member_id: 'slack:chat:T1:C9', chat: 'C9', minute: 480, timezone: 'Europe/London' },
    ]);
  });
  it('the scheduler posts it in the channel, once, with no one asked how they are in public', async () => {
    const sender = slackSender('xoxb-test', { slackApiUrl: slack.apiUrl });
    const result = await tick(h.db, new Date('2026-11-25T08:00:00Z'), { slack: (to, replies) => sender.send(to.chat, replies) }, h.knowledge.encouragements);
    expect(result).toMatchObject({ queued: 1, sent: 1 });
    const post = slack.posted.at(-1)?.body;
    expect(post?.['channel']).toBe('C9');
    expect(JSON.stringify(post?.['blocks'])).toMatch(/Your daily check-in/);
    expect(JSON.stringify(post?.['blocks'])).not.toMatch(/mood:/);
  });
  it('paces one message a second per channel, so Slack never has to refuse', async () => {
    const sender = slackSender('xoxb-test', { slackApiUrl: slack.apiUrl });
    const started = Date.now();
    await sender.send('C7', [{ text: 'one' }, { text: 'two' }]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(slack.tooMany).toBe(0);
  });
  it('stops check-ins when the channel or member is gone', async () => {
    slack.gone.add('C9');
    const sender = slackSender('xoxb-test', { slackApiUrl: slack.apiUrl });
    const result = await tick(h.db, new Date('2026-11-26T08:00:00Z'), { slack: (to, replies) => sender.send(to.chat, replies) }, h.knowledge.encouragements);
    expect(result).toMatchObject({ sent: 0, failed: 1 });
    expect(await h.db.selectFrom('checkin_subscriptions').select(['active', 'stopped_reason']).execute()).toEqual([{ active: 0, stopped_reason: 'unreachable' }]);
  });
});
