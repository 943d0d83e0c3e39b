import { LogLevel } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackApp } from '../../../src/bots/slack/app.ts';
import { startFakeSlack, type FakeSlack } from '../../support/fake-slack.ts';
import { testHarbour, type TestHarbour } from '../../support/harbour.ts';
import { testDatabaseUrl } from '../../support/database.ts';

let slack: FakeSlack;
let h: TestHarbour;
let app: ReturnType<typeof createSlackApp>;

beforeAll(async () => {
  slack = await startFakeSlack({ perChannelMs: 0 });
  h = await testHarbour(await testDatabaseUrl());
  // Bolt logs the socket closing at shutdown as an error; nothing to see in a test.
  const quiet = { debug() {}, info() {}, warn() {}, error() {}, setLevel() {}, getLevel: () => LogLevel.ERROR, setName() {} };
  app = createSlackApp(h.core, { token: 'xoxb-test', appToken: 'xapp-test', slackApiUrl: slack.apiUrl, logger: quiet });
  await app.start();
  await slack.waitFor(() => slack.socketConnections() > 0);
});
afterAll(async () => {
  await app.stop();
  await slack.close();
  await h.close();
});

describe('Socket Mode (the default: no public URL)', () => {
  it('connects with the app token and answers a direct message delivered over the socket', async () => {
    expect(slack.calls.find((c) => c.method === 'apps.connections.open')?.token).toBe('xapp-test');
    await slack.socketEvent({ type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: 'Ev1', event_time: 1, event: { type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text: 'what is NA', ts: '1.1' } });
    await slack.waitFor(() => slack.posted.length > 0);
    expect(JSON.stringify(slack.posted[0]?.body['blocks'])).toMatch(/Narcotics Anonymous/);
  });
});
