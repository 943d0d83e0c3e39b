import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importMeetings } from '../../../src/app/import-meetings.ts';
import { tick } from '../../../src/app/tick.ts';
import { createSlackApp } from '../../../src/bots/slack/app.ts';
import { slackSender } from '../../../src/bots/slack/sender.ts';
import { postSigned, startFakeSlack, type FakeSlack } from '../../support/fake-slack.ts';
import { testHarbour, type TestHarbour } from '../../support/harbour.ts';
import { fixture } from '../../support/shared-data.ts';
import { testDatabaseUrl } from '../../support/database.ts';

const SECRET = 'signing-secret';
let slack: FakeSlack;
let h: TestHarbour;
let app: ReturnType<typeof createSlackApp>;
let server: Server;
let url = '';

/** Posts a request to Bolt signed as Slack signs it. */
function signed(body: string, type: 'json' | 'form', options: { secret?: string; ageSeconds?: number } = {}): Promise<Response> {
  return postSigned(url, body, { secret: options.secret ?? SECRET, form: type === 'form', ...(options.ageSeconds ? { ageSeconds: options.ageSeconds } : {}) });
}
const event = (e: Record<string, unknown>) => signed(JSON.stringify({ type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event: e, event_id: `Ev${Math.random()}`, event_time: 1 }), 'json');
const dm = (text: string) => event({ type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text, ts: `${Date.now() / 1000}` });
const press = (value: string, channel = 'D1') =>
  signed(
    `payload=${encodeURIComponent(JSON.stringify({ type: 'block_actions', user: { id: 'U1', team_id: 'T1' }, team: { id: 'T1' }, channel: { id: channel }, api_app_id: 'A1', trigger_id: 't', response_url: slack.responseUrl, container: { type: 'message' }, actions: [{ type: 'button', action_id: 'harbour:0', block_id: 'b', value, action_ts: '1' }] }))}`,
    'form',
  );
const lastPosted = () => slack.posted.at(-1)?.body;
const texts = () => slack.posted.map((p) => JSON.stringify(p.body['blocks'] ?? p.body['text'])).join('\n');
const buttonValues = (body: Record<string, unknown> | undefined) =>
  ((body?.['blocks'] as { type: string; elements?: { value?: string }[] }[] | undefined) ?? []).filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []).map((e) => e.value ?? '');

beforeAll(async () => {
  slack = await startFakeSlack({ perChannelMs: 0 });
  slack.users.set('U1', { tz: 'America/Chicago' });
  h = await testHarbour(await testDatabaseUrl(), '2026-11-24T12:00:00Z');
  await importMeetings(h.db, { location: fixture('meeting-guide.json'), fellowship: 'AA', source: 'leeds-aa' }, new Date());
  app = createSlackApp(h.core, { token: 'xoxb-test', signingSecret: SECRET, slackApiUrl: slack.apiUrl });
  server = (await app.start(0)) as Server;
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
});
afterAll(async () => {
  await app.stop();
  await slack.close();
  await h.close();
});

describe('Harbour in Slack (Bolt, HTTP mode, signed requests)', () => {
  it('answers url_verification', async () => {
    const res = await signed(JSON.stringify({ type: 'url_verification', challenge: 'abc123' }), 'json');
    expect(await res.text()).toMatch(/abc123/);
  });
  it('rejects a bad signature and a stale timestamp', async () => {
    const body = JSON.stringify({ type: 'event_callback', team_id: 'T1', event: { type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text: 'hi' } });
    expect((await signed(body, 'json', { secret: 'wrong' })).status).toBe(401);
    expect((await signed(body, 'json', { ageSeconds: 600 })).status).toBe(401);
  });
  it('a direct message is answered with Block Kit, escaped, in the member\'s Slack time zone', async () => {
    const before = slack.posted.length;
    await dm('what is smart recovery');
    await slack.waitFor(() => slack.posted.length > before);
    const body = lastPosted();
    expect(body?.['channel']).toBe('D1');
    expect(JSON.stringify(body?.['blocks'])).toMatch(/SMART Recovery/);
    expect(slack.calls.some((c) => c.method === 'users.info')).toBe(true);
    expect(await h.db.selectFrom('members').select('timezone').where('id', '=', 'slack:T1:U1').executeTakeFirst()).toEqual({ timezone: 'America/Chicago' });
  });
  it('the /harbour command answers privately', async () => {
    const before = slack.responded.length;
    const form = new URLSearchParams({ command: '/harbour', text: 'meetings near LS6 3AA', user_id: 'U1', team_id: 'T1', channel_id: 'C9', response_url: slack.responseUrl, trigger_id: 't' }).toString();
    expect((await signed(form, 'form')).status).toBe(200);
    await slack.waitFor(() => slack.responded.length > before);
    const reply = slack.responded.at(-1);
    expect(reply?.['response_type']).toBe('ephemeral');
    expect(JSON.stringify(reply?.['blocks'])).toMatch(/Headingley Serenity/);
  });
  it('a mention in a channel is answered in a thread', async () => {
    const before = slack.posted.length;
    await event({ type: 'app_mention', channel: 'C9', user: 'U1', text: '<@UBOT> is it free?', ts: '1700.01' });
    await slack.waitFor(() => slack.posted.length > before);
    expect(lastPosted()).toMatchObject({ channel: 'C9', thread_ts: '1700.01' });
  });
  it('buttons come back as actions: detail, calendar upload, check-in, Struggling, forget', async () => {
    await dm('meetings near LS6 3AA');
    await slack.waitFor(() => buttonValues(lastPosted()).some((v) => v.startsWith('meeting:')));
    const detail = buttonValues(lastPosted()).find((v) => v.startsWith('meeting:')) ?? '';
    let before = slack.posted.length;
    await press(detail);
    await slack.waitFor(() => slack.posted.length > before);
    expect(texts()).toMatch(/Side door, upstairs/);
    const calendar = buttonValues(lastPosted()).find((v) => v.startsWith('calendar:')) ?? '';
    await press(calendar);
    await slack.waitFor(() => slack.uploads.length > 0);
    expect(slack.uploads[0]?.filename).toMatch(/\.ics$/);
    before = slack.posted.length;
    await press('checkin:at:0480');
    await slack.waitFor(() => slack.posted.length > before);
    expect(JSON.stringify(lastPosted()?.['blocks'])).toMatch(/Chicago time/);
    // The scheduler delivers it at 8am Chicago time (14:00 UTC), in the member's DM.
    const sender = slackSender('xoxb-test', { slackApiUrl: slack.apiUrl });
    const delivered = await tick(h.db, new Date('2026-11-24T14:00:00Z'), { slack: (to, replies) => sender.send(to.chat, replies, to.memberId) }, h.knowledge.encouragements);
    expect(delivered.sent).toBe(1);
    expect(lastPosted()?.['channel']).toBe('D1');
    expect(JSON.stringify(lastPosted()?.['blocks'])).toMatch(/Your daily check-in/);
    const struggling = buttonValues(lastPosted()).find((v) => v.startsWith('mood:struggling')) ?? '';
    expect(struggling).toBe('mood:struggling:2026-11-24');
    before = slack.posted.length;
    await press(struggling);
    await slack.waitFor(() => slack.posted.length > before);
    expect(JSON.stringify(lastPosted()?.['blocks'])).toMatch(/sorry today is hard/);
    before = slack.posted.length;
    await dm('forget');
    await slack.waitFor(() => slack.posted.length > before);
    before = slack.posted.length;
    await press('forget:yes');
    await slack.waitFor(() => slack.posted.length > before);
    expect(await h.db.selectFrom('members').selectAll().where('id', '=', 'slack:T1:U1').execute()).toEqual([]);
  });
  it('publishes the Home tab with check-in and privacy controls', async () => {
    await event({ type: 'app_home_opened', user: 'U2', channel: 'D2', tab: 'home' });
    await slack.waitFor(() => slack.calls.some((c) => c.method === 'views.publish'));
    const view = slack.calls.find((c) => c.method === 'views.publish')?.body['view'];
    expect(JSON.stringify(view)).toMatch(/intent:checkin/);
    expect(JSON.stringify(view)).toMatch(/Daily check-ins are off/);
    expect(JSON.stringify(view)).toMatch(/intent:forget/);
  });
  it('feed text can never ping a channel', async () => {
    const before = slack.posted.length;
    await dm('meetings in <!channel> @here');
    await slack.waitFor(() => slack.posted.length > before);
    expect(JSON.stringify(slack.posted.slice(before).map((p) => p.body['blocks']))).not.toMatch(/<!channel>|@here/);
  });
});
