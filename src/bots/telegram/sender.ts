/**
 * Sends Harbour's unprompted messages (check-ins, reminders) to Telegram within its limits:
 * paced to just under 30 messages a second overall and one a second per chat, so Telegram never
 * has to refuse; if it does (429) or stumbles (5xx), grammY's auto-retry plugin waits the
 * `retry_after` it asks for. A member who blocked the bot (403) is a permanent failure.
 */
import { autoRetry } from '@grammyjs/auto-retry';
import { Api, GrammyError, InputFile } from 'grammy';
import type { Reply } from '../../core/inbound.ts';
import { PermanentFailure } from '../../db/outbox.ts';
import { telegramMessages } from './message.ts';

export type TelegramSenderOptions = { perSecond?: number; perChatMs?: number; apiRoot?: string; startGapMs?: number };

/** Just under Telegram's 30 a second, so clock jitter never tips it over. */
const DEFAULT_PER_SECOND = 29.5;

export function telegramSender(token: string, options: TelegramSenderOptions = {}) {
  const api = new Api(token, options.apiRoot ? { apiRoot: options.apiRoot } : undefined);
  api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 60 }));
  const gap = 1000 / (options.perSecond ?? DEFAULT_PER_SECOND);
  const perChat = options.perChatMs ?? 1000;
  // Telegram counts by the second: a sender that has just started waits one out, so it never
  // adds to what a process before it (perhaps killed mid-drain) sent in the last second.
  let nextSlot = performance.now() + (options.startGapMs ?? 1000);
  const nextForChat = new Map<string, number>();

  /** Waits for this chat's next turn within both limits, then takes it. */
  async function turn(chat: string): Promise<void> {
    const now = performance.now();
    const at = Math.max(now, nextSlot, nextForChat.get(chat) ?? 0);
    nextSlot = at + gap;
    nextForChat.set(chat, at + perChat);
    if (nextForChat.size > 10_000) for (const [c, t] of nextForChat) if (t < now) nextForChat.delete(c);
    if (at > now) await new Promise((resolve) => setTimeout(resolve, at - now));
  }

  async function call(chat: string, send: () => Promise<unknown>): Promise<void> {
    await turn(chat);
    try {
      await send();
    } catch (error) {
      if (error instanceof GrammyError && (error.error_code === 403 || (error.error_code === 400 && /chat not found/i.test(error.description)))) {
        throw new PermanentFailure(error.description);
      }
      throw error;
    }
  }

  return {
    api,
    /** Sends the replies to one chat, in order. */
    async send(chat: string, replies: Reply[]): Promise<void> {
      for (const reply of replies) {
        for (const message of telegramMessages(reply)) {
          await call(chat, () =>
            api.sendMessage(chat, message.text, {
              parse_mode: 'HTML',
              link_preview_options: { is_disabled: true },
              ...(message.keyboard ? { reply_markup: { inline_keyboard: message.keyboard } } : {}),
            }),
          );
        }
        if (reply.file) {
          const file = reply.file;
          const data = new InputFile(Buffer.from(file.content, file.encoding === 'base64' ? 'base64' : 'utf8'), file.name);
          await call(chat, () => (file.mime.startsWith('image/png') ? api.sendPhoto(chat, data) : api.sendDocument(chat, data)));
        }
      }
    },
  };
}

export type TelegramSender = ReturnType<typeof telegramSender>;
