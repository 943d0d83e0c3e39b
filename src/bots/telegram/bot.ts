/**
 * Harbour on Telegram with grammY: updates in, replies out. The adapter only translates; the
 * core decides what to say. In groups it answers only commands and mentions, and never shows
 * personal data there: those commands point to a private chat instead.
 */
import { sequentialize } from '@grammyjs/runner';
import { Bot, type Context } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { Core } from '../../core/handle.ts';
import { en } from '../../core/text/en.ts';
import { inboundFrom } from './inbound.ts';
import { sendReplies } from './send.ts';
import { configureApi, type TelegramSenderOptions } from './sender.ts';

/** The commands shown in Telegram's menu. */
export const TELEGRAM_COMMANDS = [
  { command: 'start', description: 'What Harbour can do' },
  { command: 'meetings', description: 'Find a meeting near you or online' },
  { command: 'groups', description: 'Recovery groups explained' },
  { command: 'checkin', description: 'Daily encouragement and check-in' },
  { command: 'progress', description: 'Your sober days and check-ins' },
  { command: 'helplines', description: 'Someone to talk to, now' },
  { command: 'privacy', description: 'What Harbour keeps, and why' },
  { command: 'mydata', description: 'Everything Harbour holds about you' },
  { command: 'forget', description: 'Erase everything about you' },
  { command: 'stop', description: 'Stop all messages from Harbour' },
];

/** Commands about one person: answered only in a private chat. */
const PERSONAL = /^\/(mydata|forget|progress)\b/;
/** In a group, check-ins mean the group's own daily post: only its admins may set it up. */
const GROUP_POST = /^\/checkin\b|^checkin:/;

export type TelegramBotOptions = TelegramSenderOptions & { botInfo?: UserFromGetMe; onError?: (error: unknown) => void };

export function createTelegramBot(core: Core, token: string, options: TelegramBotOptions = {}): Bot {
  const bot = new Bot(token, { ...(options.botInfo ? { botInfo: options.botInfo } : {}), client: options.apiRoot ? { apiRoot: options.apiRoot } : {} });
  // Paced and retrying, like the scheduler's sender (which can share this client).
  configureApi(bot.api, options);
  // Under the runner updates are handled concurrently: one chat's are kept in order.
  bot.use(sequentialize((ctx: Context) => ctx.chat?.id.toString()));

  bot.on('callback_query:data', async (ctx) => {
    // Answered at once, so the button stops spinning; then the reply.
    await ctx.answerCallbackQuery().catch((error: unknown) => options.onError?.(error));
    if (isGroup(ctx) && GROUP_POST.test(ctx.callbackQuery.data)) return groupPost(ctx, core);
    await answer(ctx, core, ctx.callbackQuery.data === 'more' ? ctx.callbackQuery.message?.message_id : undefined);
  });
  bot.on(['message:text', 'message:location', 'message:venue'], async (ctx) => {
    if (ctx.chat.type !== 'private' && !addressedToBot(ctx)) return;
    const text = ctx.message.text;
    if (isGroup(ctx) && text && GROUP_POST.test(withoutMention(text, ctx.me.username))) return groupPost(ctx, core);
    if (ctx.chat.type !== 'private' && text && PERSONAL.test(text)) {
      const link = `https://t.me/${ctx.me.username}?start=${PERSONAL.exec(text)?.[1] ?? 'start'}`;
      await ctx.reply(en.telegram.privateChat, { reply_markup: { inline_keyboard: [[{ text: en.telegram.openPrivateChat, url: link }]] } });
      return;
    }
    await answer(ctx, core);
  });
  bot.catch((error) => options.onError?.(error.error));
  return bot;
}

/** The group's daily post, set up as the group itself ("tg:chat:ID"), by one of its admins only. */
async function groupPost(ctx: Context, core: Core): Promise<void> {
  if (!ctx.chat || !ctx.from) return;
  const member = await ctx.getChatMember(ctx.from.id);
  if (member.status !== 'creator' && member.status !== 'administrator') {
    await ctx.reply(en.telegram.adminsOnly);
    return;
  }
  await answer(ctx, core, undefined, `tg:chat:${ctx.chat.id}`);
}

function isGroup(ctx: Context): boolean {
  return ctx.chat?.type === 'group' || ctx.chat?.type === 'supergroup';
}

async function answer(ctx: Context, core: Core, editMessageId?: number, asUser?: string): Promise<void> {
  const found = inboundFrom(ctx);
  const inbound = found && asUser ? { ...found, user: asUser } : found;
  if (!inbound || !ctx.chat) return;
  if (inbound.text !== undefined) inbound.text = withoutMention(inbound.text, ctx.me.username);
  const replies = await core.handle(inbound);
  await sendReplies(ctx.api, String(ctx.chat.id), replies, editMessageId ? { messageId: editMessageId } : undefined);
}

/** In a group: a command, a mention of the bot, or a reply to one of its messages. */
function addressedToBot(ctx: Context): boolean {
  const text = ctx.message?.text ?? '';
  return text.startsWith('/') || text.toLowerCase().includes(`@${ctx.me.username.toLowerCase()}`) || ctx.message?.reply_to_message?.from?.id === ctx.me.id;
}

/** "/start@harbour_bot mydata" → "/start mydata"; "@harbour_bot what is NA" → "what is NA". A deep link's payload becomes the command. */
function withoutMention(text: string, username: string): string {
  const plain = text.replace(new RegExp(`@${username}\\b`, 'gi'), '').trim();
  const deepLink = /^\/start\s+([a-z_]+)$/.exec(plain);
  return deepLink?.[1] ? `/${deepLink[1]}` : plain;
}
