/**
 * Runs the Telegram bot: long polling with grammY's runner by default; a webhook (with its
 * secret token checked on every request) when TELEGRAM_WEBHOOK_URL is set.
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { run, type RunnerHandle } from '@grammyjs/runner';
import { webhookCallback, type Bot } from 'grammy';
import { TELEGRAM_COMMANDS } from './bot.ts';

export type TelegramRunning = { stop(): Promise<void>; server?: Server };

export type RunMode = { webhookUrl?: string | undefined; webhookSecret?: string | undefined; port?: number };

export async function runTelegram(bot: Bot, mode: RunMode = {}): Promise<TelegramRunning> {
  await bot.init();
  await bot.api.setMyCommands(TELEGRAM_COMMANDS);
  if (mode.webhookUrl) {
    const secretToken = mode.webhookSecret ?? webhookSecretFor(bot.token);
    const handle = webhookCallback(bot, 'http', { secretToken });
    const server = createServer((req, res) => {
      if (req.method !== 'POST') {
        res.writeHead(405).end();
        return;
      }
      handle(req, res).catch(() => res.writeHead(500).end());
    });
    await new Promise<void>((resolve) => server.listen(mode.port ?? 3000, resolve));
    await bot.api.setWebhook(mode.webhookUrl, { secret_token: secretToken, allowed_updates: ['message', 'callback_query'] });
    return { server, stop: () => new Promise((resolve) => server.close(() => resolve())) };
  }
  await bot.api.deleteWebhook();
  const runner: RunnerHandle = run(bot, { runner: { fetch: { allowed_updates: ['message', 'callback_query'] } } });
  return {
    // Stopping lets the updates in flight finish first.
    stop: async () => {
      if (runner.isRunning()) await runner.stop();
    },
  };
}

/** The webhook secret when none is configured: derived from the bot token, so every instance
 * behind a load balancer checks the same one (a random one each would lock the others out). */
export function webhookSecretFor(token: string): string {
  return createHash('sha256').update(`harbour-telegram-webhook:${token}`).digest('hex');
}
