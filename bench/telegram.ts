/**
 * telegram.*: the real grammY bot (runner, long polling) against a local Bot API server. 2,000
 * messages from 2,000 chats are queued at once: updates_per_s is how many the bot turns into
 * replies a second. Then 600 more arrive steadily, 30 a second (Telegram's own sending limit):
 * reply.p99 is the time from an update being queued to its sendMessage. Pacing under
 * Telegram's limits is switched off here (and the server imposes none) to measure Harbour
 * itself; in production the 30-a-second limit comes first.
 */
import { createHarbour } from '../src/app/harbour.ts';
import { createTelegramBot } from '../src/bots/telegram/bot.ts';
import { runTelegram } from '../src/bots/telegram/run.ts';
import { startFakeTelegram } from '../tests/support/fake-telegram.ts';
import { quantile, report, round } from './figure.ts';
import { understandDev } from './heldout.ts';
import { benchDatabaseUrl } from './database.ts';

const MESSAGES = 2_000;

export async function benchTelegram(): Promise<void> {
  const server = await startFakeTelegram({ perSecond: 1e9, perChatMs: 0 });
  // One message per chat, so the per-member rate limit never applies; the default settings stand.
  const harbour = await createHarbour({ databaseUrl: await benchDatabaseUrl(':memory:'), cacheDir: '.cache' });
  const bot = createTelegramBot(harbour.core, '123:BENCH', { apiRoot: server.apiRoot, perSecond: 1e9, perChatMs: 0, startGapMs: 0 });
  const running = await runTelegram(bot);
  try {
    const texts = understandDev().map((m) => m.text);
    const started = performance.now();
    for (let i = 0; i < MESSAGES; i += 1) {
      const chat = 10_000 + i;
      server.push({ message: { message_id: i + 1, date: 1, chat: { id: chat, type: 'private' }, from: { id: chat, is_bot: false, first_name: 'B' }, text: texts[i % texts.length] ?? 'hello' } });
    }
    const answered = () => new Set(server.sent.map((m) => m.chatId)).size;
    while (answered() < MESSAGES) {
      if (performance.now() - started > 120_000) throw new Error(`only ${answered()} of ${MESSAGES} answered in 2 minutes`);
      await new Promise((r) => setTimeout(r, 20));
    }
    const seconds = (performance.now() - started) / 1000;
    report({ name: 'telegram.updates_per_s', value: round(MESSAGES / seconds, 0), unit: 'updates/s', note: `${MESSAGES} messages from ${MESSAGES} chats queued at once, through long polling, pacing off` });

    // Steady load: 30 updates a second from new chats, each timed from queueing to its reply.
    const steady = new Map<string, number>();
    for (let i = 0; i < 600; i += 1) {
      const chat = 50_000 + i;
      steady.set(String(chat), Date.now());
      server.push({ message: { message_id: i + 1, date: 1, chat: { id: chat, type: 'private' }, from: { id: chat, is_bot: false, first_name: 'S' }, text: texts[i % texts.length] ?? 'hello' } });
      await new Promise((r) => setTimeout(r, 1000 / 30));
    }
    while (server.sent.filter((m) => steady.has(m.chatId)).length < steady.size) await new Promise((r) => setTimeout(r, 20));
    const first = new Map<string, number>();
    for (const m of server.sent) if (steady.has(m.chatId) && !first.has(m.chatId)) first.set(m.chatId, m.at);
    const latencies = [...first].map(([chat, at]) => at - (steady.get(chat) ?? at));
    report({ name: 'telegram.reply.p99', value: round(quantile(latencies, 0.99), 1), unit: 'ms', note: `p50 ${round(quantile(latencies, 0.5), 1)} ms; 600 updates at 30 a second, from queued update to its sendMessage (includes long-polling pick-up)` });
  } finally {
    await running.stop();
    await harbour.close();
    await server.close();
  }
}
