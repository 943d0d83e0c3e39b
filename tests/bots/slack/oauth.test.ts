import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackApp } from '../../../src/bots/slack/app.ts';
import { slackSender } from '../../../src/bots/slack/sender.ts';
import { PermanentFailure } from '../../../src/db/outbox.ts';
import { sqlInstallationStore } from '../../../src/db/slack-installations.ts';
import { postSigned, startFakeSlack, type FakeSlack } from '../../support/fake-slack.ts';
import { testHarbour, type TestHarbour } from '../../support/harbour.ts';
import { testDatabaseUrl } from '../../support/database.ts';

const SECRET = 'sign';
let slack: FakeSlack;
let h: TestHarbour;
let app: ReturnType<typeof createSlackApp>;
let base = '';

beforeAll(async () => {
  slack = await startFakeSlack({ perChannelMs: 0 });
  h = await testHarbour(await testDatabaseUrl());
  app = createSlackApp(h.core, {
    signingSecret: SECRET,
    slackApiUrl: slack.apiUrl,
    oauth: { clientId: '123.456', clientSecret: 'client-secret', stateSecret: 'state-secret', installationStore: sqlInstallationStore(h.db) },
  });
  const server = (await app.start(0)) as Server;
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await app.stop();
  await slack.close();
  await h.close();
});

describe('many workspaces: the OAuth install flow', () => {
  it('installs a workspace, keeps it in the database, and answers that workspace with its own token', async () => {
    const install = await fetch(`${base}/slack/install`, { redirect: 'manual' });
    expect(install.status).toBe(302);
    const location = install.headers.get('location') ?? '';
    expect(location).toMatch(/^https:\/\/slack\.com\/oauth\/v2\/authorize\?/);
    expect(location).toMatch(/client_id=123\.456/);
    expect(decodeURIComponent(location)).toMatch(/scope=app_mentions:read,chat:write/);
    const state = new URL(location).searchParams.get('state') ?? '';
    const cookie = install.headers.get('set-cookie')?.split(';')[0] ?? '';

    const done = await fetch(`${base}/slack/oauth_redirect?code=T2CODE&state=${encodeURIComponent(state)}`, { headers: { cookie }, redirect: 'manual' });
    expect(done.status).toBeLessThan(400);
    const stored = await h.db.selectFrom('slack_installations').selectAll().execute();
    expect(stored.map((r) => r.key)).toEqual(['T:T2']);
    expect(stored[0]?.installation).toMatch(/xoxb-T2CODE/);

    const body = JSON.stringify({ type: 'event_callback', team_id: 'T2', api_app_id: 'A1', event_id: 'Ev1', event_time: 1, event: { type: 'message', channel_type: 'im', channel: 'D7', user: 'U7', text: 'help', ts: '1.1' } });
    await postSigned(`${base}/slack/events`, body, { secret: SECRET });
    await slack.waitFor(() => slack.posted.length > 0);
    expect(slack.posted[0]?.token).toBe('xoxb-T2CODE');
    expect(await h.db.selectFrom('members').select('id').where('id', '=', 'slack:T2:U7').execute()).toHaveLength(1);
  });
  it('refuses events from a workspace that never installed Harbour', async () => {
    const before = slack.posted.length;
    const body = JSON.stringify({ type: 'event_callback', team_id: 'T404', api_app_id: 'A1', event_id: 'Ev2', event_time: 1, event: { type: 'message', channel_type: 'im', channel: 'D8', user: 'U8', text: 'help', ts: '1.2' } });
    await postSigned(`${base}/slack/events`, body, { secret: SECRET });
    await new Promise((r) => setTimeout(r, 200));
    expect(slack.posted.length).toBe(before);
  });
  it('sends scheduled messages with each workspace\'s own token, and gives up on workspaces that uninstalled', async () => {
    const store = sqlInstallationStore(h.db);
    const sender = slackSender(async (team) => (await store.fetchInstallation({ teamId: team, enterpriseId: undefined, isEnterpriseInstall: false })).bot?.token ?? '', { slackApiUrl: slack.apiUrl });
    await sender.send('D7', [{ text: 'daily' }], 'slack:T2:U7');
    expect(slack.posted.at(-1)).toMatchObject({ token: 'xoxb-T2CODE' });
    await expect(sender.send('D9', [{ text: 'daily' }], 'slack:T404:U9')).rejects.toBeInstanceOf(PermanentFailure);
  });
});
