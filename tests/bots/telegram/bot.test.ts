import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importMeetings } from '../../../src/app/import-meetings.ts';
import { tick } from '../../../src/app/tick.ts';
import { createTelegramBot } from '../../../src/bots/telegram/bot.ts';
import { runTelegram, type TelegramRunning } from '../../../src/bots/telegram/run.ts';
import { telegramSender } from '../../../src/bots/telegram/sender.ts';
import { testHarbour, type TestHarbour } from '../../support/harbour.ts';
import { startFakeTelegram, type FakeTelegram } from '../../support/fake-telegram.ts';
import { fixture } from '../../support/shared-data.ts';
import { testDatabaseUrl } from '../../support/database.ts';

const SAM = { id: 4242, is_bot: false, first_name: 'Sam' };
const CHAT = { id: 4242, type: 'private', first_name: 'Sam' };
let h: TestHarbour;
let tg: FakeTelegram;
let running: TelegramRunning;
let messageId = 100;

function say(text: string): void {
  const entities = text.startsWith('/') ? [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]?.length ?? 1 }] : undefined;
  tg.push({ message: { message_id: messageId++, date: 1, chat: CHAT, from: SAM, text, ...(entities ? { entities } : {}) } });
}
function press(data: string, onMessage = 1): void {
  tg.push({ callback_query: { id: `cq${messageId++}`, from: SAM, chat_instance: 'ci', data, message: { message_id: onMessage, date: 1, chat: CHAT, text: 'x' } } });
}
/** Sends, then waits for the bot's next `count` messages and returns them. */
async function next(act: () => void, count = 1) {
  const before = tg.sent.length;
  act();
  await tg.waitForSent(before + count);
  await new Promise((r) => setTimeout(r, 50)); // let any further parts arrive
  return tg.sent.slice(before);
}
const buttons = (m: { body: Record<string, unknown> } | undefined) =>
  ((m?.body['reply_markup'] as { inline_keyboard?: { callback_data?: string }[][] } | undefined)?.inline_keyboard ?? []).flat().map((b) => b.callback_data ?? '');

beforeAll(async () => {
  // Per-chat spacing shortened on both sides, so the journey runs in seconds, not tens of them.
  tg = await startFakeTelegram({ perChatMs: 50 });
  h = await testHarbour(await testDatabaseUrl(), '2026-11-24T12:00:00Z'); // a Tuesday, noon
  await importMeetings(h.db, { location: fixture('meeting-guide.json'), fellowship: 'AA', source: 'leeds-aa' }, new Date());
  const bot = createTelegramBot(h.core, '123:TEST', { apiRoot: tg.apiRoot, startGapMs: 0, perChatMs: 60 });
  running = await runTelegram(bot);
});
afterAll(async () => {
  await running.stop();
  await tg.close();
  await h.close();
});

describe('Harbour on Telegram, one whole journey', () => {
  it('registers its commands and polls', async () => {
    await new Promise((r) => setTimeout(r, 100));
    const commands = tg.calls.find((c) => c.method === 'setMyCommands')?.body['commands'] as { command: string }[] | undefined;
    expect(commands?.map((c) => c.command)).toEqual(expect.arrayContaining(['start', 'meetings', 'checkin', 'mydata', 'forget']));
    expect(tg.calls.some((c) => c.method === 'getUpdates')).toBe(true);
  });
  it('start → about SMART → share location → meetings → detail → calendar → check-in → delivered → Struggling → forget', async () => {
    const [welcome] = await next(() => say('/start'));
    expect(welcome?.body['parse_mode']).toBe('HTML');
    expect(welcome?.text).toMatch(/<b>Harbour<\/b>/);

    const [smart] = await next(() => say('what is smart recovery'));
    expect(smart?.text).toMatch(/SMART Recovery/);

    const [near] = await next(() => tg.push({ message: { message_id: messageId++, date: 1, chat: CHAT, from: SAM, location: { latitude: 53.8195, longitude: -1.577 } } }));
    expect(near?.text).toMatch(/Headingley Serenity/);
    const detailAction = buttons(near).find((a) => a.startsWith('meeting:'));
    expect(detailAction).toBeDefined();

    const detail = await next(() => press(detailAction ?? ''), 2);
    expect(detail[0]?.text).toMatch(/Notes: Side door, upstairs\./);
    expect(detail[1]?.method).toBe('sendVenue');
    expect(detail[1]?.body).toMatchObject({ latitude: 53.8195, longitude: -1.577, title: 'Headingley Serenity' });
    expect(tg.calls.some((c) => c.method === 'answerCallbackQuery')).toBe(true);

    const calendar = await next(() => press(buttons(detail[0]).find((a) => a.startsWith('calendar:')) ?? ''), 2);
    expect(calendar[1]?.method).toBe('sendDocument');

    await next(() => say('/checkin'));
    const [set] = await next(() => press('checkin:at:0780'));
    expect(set?.text).toMatch(/1pm/);

    const sender = telegramSender('123:TEST', { apiRoot: tg.apiRoot, startGapMs: 0, perChatMs: 60 });
    const delivered = await tick(h.db, new Date('2026-11-24T13:00:00Z'), { telegram: (to, replies) => sender.send(to.chat, replies) }, h.knowledge.encouragements);
    expect(delivered.sent).toBe(1);
    const checkin = tg.sent.at(-1);
    expect(checkin?.text).toMatch(/Your daily check-in/);

    await next(() => press('checkin:track:on'));
    const [hard] = await next(() => press(buttons(checkin).find((a) => a.startsWith('mood:struggling')) ?? ''));
    expect(hard?.text).toMatch(/I'm sorry today is hard/);
    const progress = await next(() => say('/progress'), 2);
    expect(progress[1]?.method).toBe('sendPhoto');

    const [ask] = await next(() => say('/forget'));
    const [gone] = await next(() => press(buttons(ask).find((a) => a === 'forget:yes') ?? ''));
    expect(gone?.text).toMatch(/erased/);
    expect(await h.db.selectFrom('members').selectAll().where('id', '=', 'tg:4242').execute()).toEqual([]);
  });
  it('edits the list in place for "more"', async () => {
    await next(() => say('meetings near LS6 3AA'));
    const [edited] = await next(() => press('more', 777));
    expect(edited?.method).toBe('editMessageText');
    expect(edited?.body['message_id']).toBe(777);
  });
  it('asks for a location with Telegram\'s own button', async () => {
    const parts = await next(() => say('where is a meeting'), 2);
    expect(JSON.stringify(parts[0]?.body['reply_markup'])).toMatch(/"request_location":true/);
  });
  it('takes a live location once, and ignores its updates as it moves', async () => {
    const [near] = await next(() => tg.push({ message: { message_id: messageId++, date: 1, chat: CHAT, from: SAM, location: { latitude: 53.8195, longitude: -1.577, live_period: 900 } } }));
    expect(near?.text).toMatch(/within \d+ miles of you/);
    const before = tg.sent.length;
    tg.push({ edited_message: { message_id: messageId - 1, date: 1, edit_date: 2, chat: CHAT, from: SAM, location: { latitude: 53.82, longitude: -1.578, live_period: 900 } } });
    const [after] = await next(() => say('/help'));
    expect(tg.sent.length).toBe(before + 1);
    expect(after?.text).toMatch(/Commands/);
  });
  it('survives a malformed update and answers the next one', async () => {
    tg.push({ message: { message_id: messageId++, date: 1, chat: CHAT } });
    tg.push({ unknown_kind: { x: 1 } });
    const [after] = await next(() => say('/help'));
    expect(after?.text).toMatch(/Commands/);
  });
  it('in a group, answers only commands and mentions, and keeps personal data out of it', async () => {
    const group = { id: -100, type: 'supergroup', title: 'Recovery friends' };
    const before = tg.sent.length;
    tg.push({ message: { message_id: messageId++, date: 1, chat: group, from: SAM, text: 'what is NA' } });
    const [personal] = await next(() => tg.push({ message: { message_id: messageId++, date: 1, chat: group, from: SAM, text: '/mydata', entities: [{ type: 'bot_command', offset: 0, length: 7 }] } }));
    expect(tg.sent.length).toBe(before + 1);
    expect(personal?.text).toMatch(/private chat/);
    expect(JSON.stringify(personal?.body['reply_markup'])).toMatch(/t\.me\/harbour_test_bot\?start=mydata/);
    const [mention] = await next(() => tg.push({ message: { message_id: messageId++, date: 1, chat: group, from: SAM, text: '@harbour_test_bot what is NA' } }));
    expect(mention?.text).toMatch(/Narcotics Anonymous/);
  });
  it('posts a daily encouragement in a group only when one of its admins set it up', async () => {
    const group = { id: -200, type: 'group', title: 'Tuesday group' };
    const command = (from: typeof SAM) => tg.push({ message: { message_id: messageId++, date: 1, chat: group, from, text: '/checkin', entities: [{ type: 'bot_command', offset: 0, length: 8 }] } });
    const [refused] = await next(() => command(SAM));
    expect(refused?.text).toMatch(/Only this group's admins/);
    const ADMIN = { id: 99, is_bot: false, first_name: 'Ada' };
    tg.admins.add('-200:99');
    const [offer] = await next(() => command(ADMIN));
    expect(offer?.text).toMatch(/What time suits you/);
    await next(() => tg.push({ callback_query: { id: `cq${messageId++}`, from: ADMIN, chat_instance: 'g', data: 'checkin:at:0540', message: { message_id: 1, date: 1, chat: group, text: 'x' } } }));
    expect(await h.db.selectFrom('checkin_subscriptions').select(['member_id', 'chat', 'channel']).where('member_id', '=', 'tg:chat:-200').execute()).toEqual([{ member_id: 'tg:chat:-200', chat: '-200', channel: 'telegram' }]);
  });
});

describe('webhook mode', () => {
  it('sets the webhook with a secret, answers updates that carry it, and rejects those that do not', async () => {
    const server = await startFakeTelegram({ perChatMs: 50 });
    const harbour = await testHarbour(await testDatabaseUrl(), '2026-11-24T12:00:00Z');
    const bot = createTelegramBot(harbour.core, '123:TEST', { apiRoot: server.apiRoot, startGapMs: 0, perChatMs: 60 });
    const hook = await runTelegram(bot, { webhookUrl: 'https://harbour.example/telegram', webhookSecret: 's3cret', port: 0 });
    try {
      expect(server.calls.find((c) => c.method === 'setWebhook')?.body).toMatchObject({ url: 'https://harbour.example/telegram', secret_token: 's3cret' });
      const port = (hook.server?.address() as { port: number }).port;
      const update = JSON.stringify({ update_id: 1, message: { message_id: 1, date: 1, chat: CHAT, from: SAM, text: '/help' } });
      const post = (secret: string) => fetch(`http://127.0.0.1:${port}/`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret }, body: update });
      expect((await post('wrong')).status).toBe(401);
      expect(server.sent).toHaveLength(0);
      expect((await post('s3cret')).status).toBe(200);
      await server.waitForSent(1);
      expect(server.sent[0]?.text).toMatch(/Commands/);
    } finally {
      await hook.stop();
      await server.close();
      await harbour.close();
    }
  });
});
