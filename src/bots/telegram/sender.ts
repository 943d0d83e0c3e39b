/**
 * Sends Harbour's unprompted messages (check-ins, reminders) to Telegram: paced within its
 * limits (pace.ts), and when Telegram does refuse (429) or stumble (5xx), grammY's auto-retry
 * plugin waits the `retry_after` it asks for. A member who blocked the bot (403) is a permanent
 * failure: the scheduler stops their check-ins.
 */
import { autoRetry } from '@grammyjs/auto-retry';
import { Api, GrammyError } from 'grammy';
import type { Reply } from '../../core/inbound.ts';
import { PermanentFailure } from '../../db/outbox.ts';
import { pace, type PaceOptions } from './pace.ts';
import { sendReplies } from './send.ts';

export type TelegramSenderOptions = PaceOptions & { apiRoot?: string | undefined };

/** Makes a Bot API client Harbour's: paced under the limits, retrying on 429 and 5xx. */
export function configureApi(api: Api, options: PaceOptions = {}): Api {
  api.config.use(pace(options));
  api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 60 }));
  return api;
}

/** A sender on its own client, or on the bot's (so both share one pace). */
export function telegramSender(token: string, options: TelegramSenderOptions & { api?: Api } = {}) {
  const api = options.api ?? configureApi(new Api(token, options.apiRoot ? { apiRoot: options.apiRoot } : undefined), options);
  return {
    api,
    /** Sends the replies to one chat, in order. */
    async send(chat: string, replies: Reply[]): Promise<void> {
      try {
        await sendReplies(api, chat, replies);
      } catch (error) {
        if (isUnreachable(error)) throw new PermanentFailure(error instanceof Error ? error.message : String(error));
        throw error;
      }
    },
  };
}

/** Blocked by the member, or the chat is gone: sending again will never work. */
export function isUnreachable(error: unknown): boolean {
  return error instanceof GrammyError && (error.error_code === 403 || (error.error_code === 400 && /chat not found/i.test(error.description)));
}

export type TelegramSender = ReturnType<typeof telegramSender>;
